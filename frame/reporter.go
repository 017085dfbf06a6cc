package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// The reporter's words around a reporting clause (issue s11-content3):
// what the reporter adds after the cue to a content said before it, and
// a verb the reporter joins to the cue, are no part of what was said.

// dropReporterWords cuts the reporter's words out of g's fragments after
// its cue, in the cue's sentence, when what was said opens before the cue
// (g's first fragment ends before it):
//   - after a quotation ('"We worked hard," he said ahead of signing his
//     new deal, "and it shows."') a fragment that opens outside
//     quotation marks starts at the quotation that resumes in it, and
//     one with no quotation is dropped ('"…," he said after the
//     meeting.'): the content is the quoted parts only;
//   - after a paraphrase ('The plant would close, she said, and she was
//     made redundant') a fragment that opens with a conjunction and the
//     source's own pronoun is the reporter's clause about the speaker,
//     joined to the reporting clause, and is dropped; one about someone
//     else ("…, Ann says, and he felt free to …") may go on with what
//     was said.
//
// A fragment right after a cue that ends with a preposition ("said of
// the plan") names what was said of it, and stays.
func dropReporterWords(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) < 2 || g.Contents[0].Last > g.Cue.First {
		return
	}
	topic := d.POSNames[d.POS[g.Cue.Last-1]] == "IN" // "said of", "said about": what it was said of
	quotedFirst := isQuoted(d, g.Contents[0])
	cueSent := d.Sent[g.Cue.Last-1]
	kept := g.Contents[:1]
	for _, c := range g.Contents[1:] {
		if c.First < g.Cue.Last || d.Sent[c.First] != cueSent || isQuoted(d, c) || topic && c.First == g.Cue.Last {
			kept = append(kept, c)
			continue
		}
		switch {
		case quotedFirst:
			k := quoteOpening(d, c)
			if k < 0 {
				continue // '"…," he said after the meeting.'
			}
			c.First = k
		case d.POSNames[d.POS[c.First]] == "CC" && sameSubject(d, g.Source, c.First+1):
			continue // ', she said, and she was made redundant'
		}
		kept = append(kept, c)
	}
	g.Contents = kept
}

// sameSubject reports whether the personal pronoun at token j is the word
// that ends source run src ("she said, and she was …").
func sameSubject(d *layer.Doc, src attrib.Run, j int) bool {
	return src.Last > src.First && j < len(d.Toks) && d.POSNames[d.POS[j]] == "PRP" && d.Low[j] == d.Low[src.Last-1]
}

// isQuoted reports whether run c opens with a quotation mark or inside a
// quotation.
func isQuoted(d *layer.Doc, c attrib.Run) bool {
	return d.Toks[c.First].Kind == token.Quote || d.Quote[c.First] >= 0
}

// quoteOpening returns the first token of run c that opens a quotation
// running on in c after a comma or colon, the quotation resuming ('…
// ahead of the vote, "and it shows."'), -1 when none: a quotation inside
// the reporter's words ('a firm with the motto "Gold to Market"') is
// theirs.
func quoteOpening(d *layer.Doc, c attrib.Run) int {
	for k := c.First + 1; k+1 < c.Last; k++ {
		if d.Toks[k].Kind == token.Quote && d.Quote[k+1] >= 0 && d.Quotes[d.Quote[k+1]].Open == k {
			if p := d.Toks[k-1]; p.Kind == token.Punct && (d.Text[p.Start] == ',' || d.Text[p.Start] == ':') {
				return k
			}
			return -1
		}
	}
	return -1
}

// stopAtSharedVerb ends content c, which follows its cue, before a
// conjunction outside quotation marks that joins to the cue a verb of
// the cue's own subject: no subject after the conjunction, the verb in
// the cue's tense (both simple past, or both present; see cueTense and
// joinedTense), and either a verb of naming (naming-verbs: "said he
// hardly watched the awards and labelled them 'idiotic'"), a verb of
// saying (or of bidding the cue lexicon lacks, bidding-verbs: "and
// ordered the federation to hold a hearing") that the content's clause
// cannot take as its own (speakerVerb),
// a refusal to say something (refusesToSay: "but twice declined to say
// whether …"), a verb of saying or bidding after a comma and the
// conjunction, which set it off from the content's clause ("said he was
// concerned at the delays, and ordered an inquiry"), a past perfect after
// a comma joined to a present-tense content under a present-tense cue
// (perfectAfterPresent), a present-tense verb whose number clashes with
// the content's verb (numberClash), or any verb after a content that is the cue's object with no verb
// ("boast of record numbers and are speeding up plans").
// That is the reporter telling what else the speaker did. A verb of
// another kind ("said he watched it and laughed") stays: the tense alone
// cannot tell whose it is; so does one after a negation ("and never
// called a donor"), after an auxiliary that it may share ("has held A
// and called B"; not "had no intention …", whose "had" is no auxiliary) or in a subordinate clause, whose subject it may be
// ("said she left when police found her and told her to go").
func (r *Reader) stopAtSharedVerb(d *layer.Doc, c *attrib.Run, cue attrib.Run) {
	cueTag := r.cueTense(d, cue)
	if cueTag == "VB" || cueTag == "VBG" {
		r.stopAtJoinedAct(d, c, cue, cueTag)
		return
	}
	if cueTag != "VBD" && cueTag != "VBZ" && cueTag != "VBP" {
		return
	}
	verb := -1   // the last finite verb before k
	sub := false // k stands in a subordinate clause ("when police found her and told her to leave")
	for k := c.First; k+1 < c.Last; k++ {
		if d.Quote[k] >= 0 || d.Toks[k].Kind == token.Quote {
			continue
		}
		if d.FiniteVerb(k) {
			verb = k
			continue
		}
		if r.subordinate(d.Low[k]) || isBreak(d, k) {
			sub = !isBreak(d, k)
		}
		if sub || d.POSNames[d.POS[k]] != "CC" {
			continue
		}
		j := k + 1
		for j < c.Last && d.POSNames[d.POS[j]] == "RB" && !r.negations.Has(d.Low[j]) {
			j++
		}
		if j >= c.Last {
			continue
		}
		if k > c.First && numberClash(d, c.First, verb, k, j, cueTag) {
			cutBefore(d, c, k)
			return
		}
		if verb >= 0 && r.wordRole(d.Low[verb], "auxiliary") && auxiliaryUse(d, verb+1, k) {
			continue // "has not held A and called B": the participle may share "has"
		}
		tense := r.joinedTense(d, j, k, cueTag, verb)
		if tense == "" && k > c.First && r.presentAfterPast(d, cueTag, c.First, verb, j, c.Last) {
			cutBefore(d, c, k)
			return
		}
		if tense == "" && k > c.First && perfectAfterPresent(d, cueTag, verb, k, j, c.Last) {
			cutBefore(d, c, k)
			return
		}
		if tense == "" || k == c.First {
			continue // "and never called a donor": a negation is the speaker's way of putting it
		}
		object := c.First == cue.Last && tense == cueTag && r.verbless(d, c.First, k, j) // "praised the crews and called …"
		saying := saysOut(d.CueClass(j, j+1)) || r.bidding.Has(d.Low[j])
		if tense == cueTag && verb >= 0 && (r.naming.Has(d.Low[j]) || r.refusesToSay(d, j, c.Last) || saying && isComma(d, k-1)) ||
			(object || saying) && speakerVerb(d, verb, k, j, c.Last, object, tense == "VBN?") {
			cutBefore(d, c, k)
			return
		}
	}
}

// numberClash reports whether the present-tense verb at token j, joined
// by the conjunction at k with no subject to a content from token first
// whose last finite verb is verb, cannot share a subject of the content:
// one is singular and the other plural (VBZ against VBP) with every
// present verb of the content and no relative clause in it ("rates that
// rise … and includes rebates" is the plan's), and j agrees with the
// cue's verb, or the cue is in the past ("say the trial has gone well,
// and [are] planning more", "said this is illegal and [are] trying to
// block it"). The joined verb is the speaker's: the reporter tells what
// else they do. A base form counts as plural (presentForm).
func numberClash(d *layer.Doc, first, verb, k, j int, cueTag string) bool {
	if verb < 0 {
		return false
	}
	tj, tv := presentForm(d, first, k, j), d.POSNames[d.POS[verb]]
	if tj == tv || tj != "VBZ" && tj != "VBP" || tv != "VBZ" && tv != "VBP" {
		return false
	}
	for m := first; m < k; m++ {
		t := d.POSNames[d.POS[m]]
		if t == tj && d.FiniteVerb(m) || (t == "WDT" || t == "WP") && m > first {
			return false // "they're fine with however it plays out but just [want] to": the content's own subject
		}
	}
	if tj != d.POSNames[d.POS[j]] {
		return tj == cueTag // a base form read as a present only by the cue's: "told … Committee and [state] offices" is a noun
	}
	return tj == cueTag || cueTag == "VBD"
}

// presentForm returns the tag of the verb at token j after the
// conjunction at k, a base form or a cue word read as a noun taken for a
// plural present ("VBP"), when nothing in the content from token first
// may govern it — no "to", modal or base form before it ("is likely to
// rise and [fall]", "does not sell A and [buy] B", "hopes to remain an
// MP, and [start] a family", "has time to step up and [show]", the last
// read as a present) — or when a dash sets the conjunction off ("is
// likely to be under 3% - and [fear] tax rises").
func presentForm(d *layer.Doc, first, k, j int) string {
	tj := d.POSNames[d.POS[j]]
	if tj != "VB" && tj != "VBP" && (tj != "NN" || d.Cue[j].Class == 0) || j+1 >= len(d.Toks) || d.FiniteVerb(j+1) && tj != "VBP" {
		return tj
	}
	if next := d.POSNames[d.POS[j+1]]; tj != "VBP" && (next == "IN" || next == "MD" || next == "POS" || d.Toks[j+1].Kind != token.Word) {
		return tj // "and fear of …", "and hope is rising": a noun
	}
	if isDash(d, k-1) {
		return "VBP"
	}
	for m := first; m < k; m++ {
		if t := d.POSNames[d.POS[m]]; t == "TO" || t == "MD" || t == "VB" {
			return "" // a base form the words before may govern
		}
	}
	return "VBP"
}

// stopAtJoinedAct ends content c, the verbless object right after a cue
// in the base form or the gerund (cueTag "VB" or "VBG"), before a
// conjunction outside quotation marks that joins a verb of the same form
// with no subject (speakerVerb with object): the reporter tells what
// else the speaker does ("attacking her Senate record [and pounding him
// on guns]", "will claim a moral victory [and look to New Hampshire]").
// Not a word a clause follows unless it says something ("embracing
// whatever attention and help she could get").
func (r *Reader) stopAtJoinedAct(d *layer.Doc, c *attrib.Run, cue attrib.Run, cueTag string) {
	if c.First != cue.Last || layer.IsComplementizer(d.Low[c.First]) {
		return // "alleging that converting the tariffs, and then freezing them, had …": a clause
	}
	for k := c.First + 1; k+1 < c.Last; k++ {
		if r.subordinate(d.Low[k]) || isBreak(d, k) {
			return // "… abroad" while also imposing limits and …": the object's own clause goes on
		}
		if d.Quote[k] >= 0 || d.Toks[k].Kind == token.Quote || d.POSNames[d.POS[k]] != "CC" {
			continue
		}
		j := k + 1
		for j < c.Last && d.POSNames[d.POS[j]] == "RB" && !r.negations.Has(d.Low[j]) {
			j++
		}
		if j+1 < c.Last && clauseAt(d, j+1, c.Last) && !saysOut(d.CueClass(j, j+1)) {
			return // "whatever attention and [help] she could get": a noun its relative clause follows
		}
		if j < c.Last && d.POSNames[d.POS[j]] == cueTag && r.verbless(d, c.First, k, j) && speakerVerb(d, -1, k, j, c.Last, true, false) {
			cutBefore(d, c, k)
		}
		return // the first conjunction only: one after it may join the object's own words
	}
}

// cutBefore ends content c before the conjunction at token k and the
// commas or dashes before it.
func cutBefore(d *layer.Doc, c *attrib.Run, k int) {
	end := k
	for end > c.First && isBreak(d, end-1) {
		end--
	}
	c.Last = end
}

// perfectAfterPresent reports whether the conjunction at token k, after
// a comma, joins a past perfect with no subject ("had" at j and a
// participle) to a content whose last finite verb (verb) is in the
// present, after a cue in the present: "says those tax demands are
// exorbitant[, and had sought refuge in US courts]" — the tense shifts
// from what is said to the reporter's narration of what the speaker did,
// which the content's present-tense clause cannot go on with.
func perfectAfterPresent(d *layer.Doc, cueTag string, verb, k, j, end int) bool {
	if cueTag != "VBZ" && cueTag != "VBP" || verb < 0 || !isComma(d, k-1) || j+1 >= end {
		return false
	}
	if t := d.POSNames[d.POS[verb]]; t != "VBZ" && t != "VBP" {
		return false
	}
	return layer.IsPerfect(d.Low[j]) && d.POSNames[d.POS[j]] == "VBD" && d.POSNames[d.POS[j+1]] == "VBN"
}

// auxiliaryUse reports whether a verb follows token j-1, past adverbs,
// before token end: "has [not held]" is an auxiliary's, "had [no
// intention]" a verb's own object.
func auxiliaryUse(d *layer.Doc, j, end int) bool {
	for j < end && d.POSNames[d.POS[j]] == "RB" {
		j++
	}
	return j < end && strings.HasPrefix(d.POSNames[d.POS[j]], "VB")
}

// refusesToSay reports whether the verb at j refuses to say something
// (a cue of class oppose, adverbs, "to" and a verb of saying, by the
// lexicon or bidding-verbs: "and refused to apologise"): "insisted there could be no deal but [twice declined to
// say] whether …", "said the plan was sound and [refused to comment]"
// tell what else the speaker did, not what the speaker said.
func (r *Reader) refusesToSay(d *layer.Doc, j, end int) bool {
	if d.CueClass(j, j+1) != "oppose" {
		return false
	}
	k := j + 1
	for k < end && d.POSNames[d.POS[k]] == "RB" {
		k++
	}
	return k+1 < end && d.POSNames[d.POS[k]] == "TO" && d.POSNames[d.POS[k+1]] == "VB" &&
		(saysOut(d.CueClass(k+1, k+2)) || r.bidding.Has(d.Low[k+1]))
}

// verbless reports whether the words [first, k) of a content right
// after its cue are a noun phrase or an infinitive with no verb but a
// gerund or the infinitive's ("Mr X's work preserving the port", "to
// recognise the treaty"), k a coordinator (polarity-words; not
// "either") or a contrast, and the verb at j after it no verb of the
// phrase's own ("the dead and lost [had] been"): they are the cue's
// object, and a verb joined to them is the speaker's.
func (r *Reader) verbless(d *layer.Doc, first, k, j int) bool {
	if !r.coordinates(d.Low[k]) && !r.contrasts(d.Low[k]) || j+1 < len(d.Toks) && d.FiniteVerb(j+1) {
		return false
	}
	for m := first; m < k; m++ {
		tag := d.POSNames[d.POS[m]]
		if tag == "VB" && m > first && d.POSNames[d.POS[m-1]] == "TO" {
			continue // "refuses [to recognise] the treaty and does not allow …": an infinitive object
		}
		if tag == "MD" || strings.HasPrefix(tag, "VB") && tag != "VBG" {
			return false
		}
	}
	return true
}

// cueTense returns the tense tag of cue run cue: its last verb's, and
// "VBD" for a present perfect ("has said"), whose subject's next act the
// reporter tells in the past or the participle ("has said … and
// rejected …").
func (r *Reader) cueTense(d *layer.Doc, cue attrib.Run) string {
	v := cue.Last - 1
	for v > cue.First && !strings.HasPrefix(d.POSNames[d.POS[v]], "VB") {
		v-- // "boast of", "called for": the verb before its particle
	}
	tag := d.POSNames[d.POS[v]]
	if tag == "VBN" && v > cue.First && r.wordRole(d.Low[cue.First], "auxiliary") {
		return "VBD"
	}
	return tag
}

// joinedTense returns the tag of the verb at token j joined to a
// content whose last finite verb is verb (-1 when none) when it is in
// the tense of a cue tagged cueTag: cueTag itself, or "VBN" for a past
// participle or an adjective in -ed the tagger read for a simple past
// ("and warned growth would …"), "VBN?" for the adjective and after a
// form of "be" it could share as a passive ("was sold and called a
// bargain"): only what it says after it tells it is the speaker's; "" otherwise, and when a
// participle before the conjunction at k and a verb of telling someone
// (addressee-cues) with no one told after it are a passive's two verbs
// ("only to be confined and told he would …").
func (r *Reader) joinedTense(d *layer.Doc, j, k int, cueTag string, verb int) string {
	tag := d.POSNames[d.POS[j]]
	switch {
	case tag == cueTag:
		return tag
	case cueTag != "VBD" || tag != "VBN" && !(tag == "JJ" && strings.HasSuffix(d.Low[j], "ed")):
		return ""
	case tag == "JJ":
		return "VBN?" // "peccadilloes and alleged peccadilloes": an adjective unless what it says follows
	case d.POSNames[d.POS[k-1]] == "VBN" && r.toWhom[d.Low[j]] && j+1 < len(d.Toks) &&
		(layer.IsComplementizer(d.Low[j+1]) || d.FiniteVerb(objectEnd(d, j+1, len(d.Toks)))):
		return ""
	}
	if verb >= 0 && r.wordRole(d.Low[verb], "copula") {
		return "VBN?"
	}
	return "VBN"
}

// speakerVerb reports whether verb of saying j, joined by the
// conjunction at k to a content whose last finite verb before it is
// verb (-1 when it has none), is the cue's subject's rather than the
// content's: what it says opens after it (saysSomething: "and added
// that …", "and called it "a disgrace""; opensSaid, clauseAt: "and
// warned the ferries would stop"), it urges someone to act ("and urged
// the council to …", "and called on the mayor to …"), or its tense
// cannot go with the content's verb — a modal whose verb is no
// participle's auxiliary ("said the port would open berths and attacked
// the plans"; not "would be reviewed and rejected", "would have sold …
// and warned") — or the content holds no finite verb ("praised the crews
// and called the plan …": object), and not before a noun or an
// adjective ("and alleged crimes"). A participle that may be a passive's
// (passive) counts only with what it says after it. "said the pilots
// struck and attacked the office" stays: the pilots may have done both.
func speakerVerb(d *layer.Doc, verb, k, j, end int, object, passive bool) bool {
	if j+1 >= end {
		return false
	}
	next := d.POSNames[d.POS[j+1]]
	noun := strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ")
	if tag := d.POSNames[d.POS[j]]; noun && (tag == "VBZ" || tag == "VBP") {
		return false // "the government and telecoms industry": a present form before a noun is a noun's modifier
	}
	if saysSomething(d, j+1, end) || opensSaid(d, j+1, end, false) || clauseAt(d, j+1, end) || urgesTo(d, j+1, end) {
		return true
	}
	if noun {
		return false // "and alleged crimes": a participle before its noun
	}
	if object || verb < 0 || passive {
		return object
	}
	if d.POSNames[d.POS[verb]] != "MD" {
		return false
	}
	for m := verb + 1; m < k; m++ {
		if tag := d.POSNames[d.POS[m]]; tag == "VBN" || m == verb+1 && layer.IsPerfect(d.Low[m]) {
			return false // "would be reviewed and rejected", "would have sold A and warned B"
		}
	}
	return true
}

// clauseAt reports whether a clause opens at token j: a subject noun
// phrase, adverbs and a finite verb ("the town already had").
func clauseAt(d *layer.Doc, j, end int) bool {
	m := objectEnd(d, j, end)
	if m == j {
		return false
	}
	for m < end && d.POSNames[d.POS[m]] == "RB" {
		m++
	}
	return m < end && d.FiniteVerb(m)
}

// urgesTo reports whether an object noun phrase, after a particle
// ("called on", "called for"), opens at token j and a to-infinitive
// follows it: "urged the council to cut the fees".
func urgesTo(d *layer.Doc, j, end int) bool {
	if tag := d.POSNames[d.POS[j]]; tag == "IN" || tag == "RP" {
		j++
	}
	m := objectEnd(d, j, end)
	return m > j && m+1 < end && layer.IsInfinitive(d.Low[m]) && d.POSNames[d.POS[m+1]] == "VB"
}

// stopAtCueAdjunct ends content c, the cue's object with no verb of its
// own, before a subordinating word (stance-clauses: "after", "while",
// "despite"; not "since", which "the first results since listing" keeps
// in its noun phrase, nor a relative: "in which aspiring …") and a participle outside quotation marks:
// a noun phrase takes no such clause, so it goes with the cue and tells
// what the speaker did ("has forecast sales growth of 10% this year
// after registering record sales", "called for more help, while taking
// part in a debate"). A content with a verb of its own stays ("said the
// firm would restructure after reaching a deal": the firm reached it).
func (r *Reader) stopAtCueAdjunct(d *layer.Doc, c *attrib.Run) {
	if layer.IsComplementizer(d.Low[c.First]) {
		return // "said that after becoming ill, he …": a clause
	}
	for k := c.First; k+1 < c.Last; k++ {
		tag := d.POSNames[d.POS[k]]
		if d.Quote[k] >= 0 || d.Toks[k].Kind == token.Quote || strings.HasPrefix(tag, "VB") || tag == "MD" {
			return
		}
		if k > c.First && r.clauseRole(d.Low[k], "subordinate") && !r.clauseRole(d.Low[k], "relative") && d.POSNames[d.POS[k+1]] == "VBG" {
			end := k
			for end > c.First && isBreak(d, end-1) {
				end--
			}
			c.Last = end
			return
		}
	}
}

// saysSomething reports whether what a verb of saying says opens in the
// clause from token j to end: a complementizer ("added that"), or a
// quotation before the next comma or conjunction ("called it "a
// disgrace"").
func saysSomething(d *layer.Doc, j, end int) bool {
	if j < end && layer.IsComplementizer(d.Low[j]) {
		return true
	}
	for k := j; k < end; k++ {
		switch {
		case d.Toks[k].Kind == token.Quote:
			return true
		case isBreak(d, k), d.POSNames[d.POS[k]] == "CC", d.Sent[k] != d.Sent[j]:
			return false
		}
	}
	return false
}
