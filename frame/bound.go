package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Bound sets the edges of g's contents that only the statement's frame
// tells (issue 14). Call it after Via and before the content is read:
//   - a raising cue's subject read as content becomes the source
//     (subjectToSource);
//   - a content right after its cue starts past the cue's addressee
//     (dropAddressee), and past a channel's addressee ("in a statement
//     to the exchange that"; dropChannelAddressee);
//   - a quotation's content ends where the reporter's narration starts
//     (stopAtNarration) or at the reporter's "He added:" inside it
//     (stopAtReporterIntro), an indirect content at its sentence's end
//     (stopAtSentenceEnd);
//   - a content after its cue ends where the reporter's adjunct starts
//     (stopAtAdjunct), where a clause of the reporter's reports another
//     statement (stopAtReport) or where a verb of the speaker's that the
//     reporter joins to the cue starts (stopAtSharedVerb), or where a dash
//     opens the reporter's contrast (stopAtDashContrast);
//   - a content after its cue that opens with a quotation ends at the
//     closing mark before the reporter's joined clause
//     (stopAtJoinedNarration);
//   - the reporter's words after a cue that follows what was said are
//     cut out (dropReporterWords);
//   - a content cut short before a relative clause or another aside set
//     off by commas runs on when its clause resumes after it
//     (resumeAfterRelative) or between dashes (resumeAfterDashAside),
//     and one cut short after an adjunct fronted
//     before its clause's subject runs on to the clause
//     (resumeAfterFronted), one cut at a subordinator before an aside
//     runs on to the subordinator's clause (resumeAfterSubordinator),
//     one cut at a coordinator runs on over the second conjunct
//     (resumeAfterCoordinator), one cut before a participle describing
//     its last noun runs on over it (resumeOverParticiple),
//     and one cut right before its clause's
//     finite verb runs on to the clause (resumeAtVerb), or before a
//     prepositional phrase of its clause runs on to the next break
//     (resumeAtPreposition);
//   - a content after its cue that opens with the object of a verb of
//     judging followed by a participle of saying starts past it
//     (pastSaying).
func (r *Reader) Bound(d *layer.Doc, g *attrib.Group) {
	if d.POS == nil {
		return
	}
	subjectToSource(d, g)
	invertedCue(d, g)
	particleToCue(d, g)
	dropSourceDescription(d, g)
	r.dropAddressee(d, g)
	dropChannelAddressee(d, g)
	dropAdjunctObject(d, g)
	for i := range g.Contents {
		stopAtNarration(d, &g.Contents[i])
		if g.Contents[i].First >= g.Cue.Last {
			stopAtSentenceEnd(d, &g.Contents[i])
		}
	}
	stopAtReporterIntro(d, g)
	dropDanglingRelative(d, g)
	dropReporterWords(d, g)
	resumeAfterRelative(d, g)
	resumeAfterDashAside(d, g)
	r.resumeAfterFronted(d, g)
	r.resumeAfterSubordinator(d, g)
	r.resumeAfterCoordinator(d, g)
	resumeOverParticiple(d, g)
	r.resumeAtVerb(d, g)
	r.resumeAtPreposition(d, g)
	dropRelativeGloss(d, g)
	describing := describesSubject(d, g)
	tag := d.POSNames[d.POS[g.Cue.First]]
	participle := tag == "VBG" || tag == "VBN"
	for i := range g.Contents {
		if c := &g.Contents[i]; c.First >= g.Cue.Last {
			pastColon(d, c)
			pastSaying(d, c)
			if c.First == g.Cue.Last {
				r.stopAtCueAdjunct(d, c)
			}
			r.stopAtAdjunct(d, c, describing)
			stopAtReport(d, c, participle)
			r.stopAtDashContrast(d, c)
			r.stopAtSharedVerb(d, c, g.Cue)
			stopAtJoinedNarration(d, c)
		}
	}
	r.withAntecedent(d, g)
}

// stopAtAdjunct ends content c, which follows its cue, at a comma or
// dash outside quotation marks that opens the reporter's adjunct to what
// was said rather than more of it: a participle of saying (", saying she
// would …", ", calling him …"), an appositive noun phrase (", a red line
// for many voters"), or a phrase opened by a word of
// content-adjuncts.tsv (", compared with …"). A phrase that the
// content's clause goes on after ("the records, numbering about 1,000
// pages, be released") or that a second dash closes is set off inside it
// and stays; so does a list ("cut taxes, the deficit and spending").
// When the cue stands in a clause describing the sentence's subject
// (describing), the content ends at its first comma if the main verb
// follows it.
func (r *Reader) stopAtAdjunct(d *layer.Doc, c *attrib.Run, describing bool) {
	commas := 0
	for k := c.First + 1; k+1 < c.Last; k++ {
		if !isBreak(d, k) || d.Quote[k] >= 0 || d.Quote[k+1] >= 0 || d.Toks[k+1].Kind != token.Word ||
			layer.IsComplementizer(d.Low[k-1]) || len(r.via[d.Low[k+1]]) > 0 {
			continue // "said that, according to …": the speaker's clause opens after it
		}
		if r.opensAdjunct(d, k+1, c.Last) && !resumes(d, k+1, c.Last) && !dashPair(d, k, c.Last) ||
			describing && commas == 0 && mainVerbAfter(d, k+1, c.Last) {
			c.Last = k
			return
		}
		commas++
	}
}

// stopAtReport ends content c, which follows its cue, before a
// conjunction outside quotation marks that opens a clause of its own
// whose finite verb is a cue: in "said the port would close but the
// mayor insisted it would stay open" what the mayor insisted is another
// statement, told by the reporter. The content must hold a finite verb
// before the conjunction, so that a coordinated subject ("said he and
// the mayor agreed") stays. The other statement's subject, its
// appositive and verb may lie past the content ("was one of the leaders
// but his lawyer[, Ann Vell, told …]": the tagger cut before the
// speaker's name), so they are read to the sentence's end.
//
// After a participle cue opening an adverbial clause ("Commenting on the
// plan, he said: …", "Praising the crews, she said …") the content ends
// at the comma before the main clause's subject and verb of saying: what
// follows is the main statement, not what the participle's object is.
func stopAtReport(d *layer.Doc, c *attrib.Run, participle bool) {
	verb := false
	sentEnd := d.Sents[d.Sent[c.Last-1]].Last // the other statement's verb may lie past the content
	for k := c.First; k+2 < c.Last; k++ {
		if d.Quote[k] >= 0 {
			continue
		}
		if d.FiniteVerb(k) {
			verb = true
			continue
		}
		if participle && isBreak(d, k) && reportsAt(d, k+1, c.Last) {
			c.Last = k
			return
		}
		if !verb || d.POSNames[d.POS[k]] != "CC" || !reportsAt(d, k+1, max(c.Last, sentEnd)) {
			continue
		}
		end := k
		for end > c.First && isBreak(d, end-1) {
			end-- // ", but …": the comma goes with the clause it opens
		}
		c.Last = end
		return
	}
}

// reportsAt reports whether a subject noun phrase opens at token j, or
// two joined by a conjunction ("and Mills and Clinton told"), and a
// finite verb that says something out follows it, a name set off by
// commas ("his lawyer, Ann Vell, told") or an adverb or two allowed
// between ("the mayor also insisted"). A verb of holding a view
// or intent ("and he feels", "and the family planned", "and voters
// backed") goes on with what was said.
func reportsAt(d *layer.Doc, j, end int) bool {
	m := objectEnd(d, j, end)
	if m > j && m+1 < end && d.POSNames[d.POS[m]] == "CC" {
		if n := objectEnd(d, m+1, end); n > m+1 {
			m = n
		}
	}
	if m == j || d.Quote[m-1] >= 0 {
		return false
	}
	if m+2 < end && isComma(d, m) && d.POSNames[d.POS[m+1]] == "NNP" {
		if n := objectEnd(d, m+1, end); n > m+1 && n < end && isComma(d, n) {
			m = n + 1 // "his lawyer, Ann Vell, told": a name set off after the subject
		}
	}
	for m < end && d.POSNames[d.POS[m]] == "RB" {
		m++
	}
	return m < end && d.FiniteVerb(m) && saysOut(d.CueClass(m, m+1))
}

// pastSaying starts content c, which follows its cue, past the object of
// the cue and a participle of saying that follows the object with no
// comma: in "has attacked the council's policy saying it would ruin the
// towns" what was said follows "saying". With a comma the participle
// opens a statement of its own and the object stays (stopAtAdjunct).
func pastSaying(d *layer.Doc, c *attrib.Run) {
	for k := c.First + 1; k+1 < c.Last; k++ {
		if d.Quote[k] >= 0 || d.Toks[k].Kind != token.Word {
			return // the object ends before a quotation or punctuation
		}
		if d.POSNames[d.POS[k]] != "VBG" {
			continue
		}
		if saysOut(d.CueClass(k, k+1)) && nounPhrase(d, c.First, k) && opensSaid(d, k+1, c.Last, false) {
			c.First = k + 1
		}
		return
	}
}

// saysOut reports whether cue class class is that of a verb that says
// something out ("saying", "insisting", "denying"), not one of holding a
// view ("regarding").
func saysOut(class string) bool {
	return class == "speech" || class == "assert" || class == "deny"
}

// pastColon starts content c, which follows its cue, at the quotation
// that a colon opens when the words before the colon hold no verb and
// no quotation: "told the party on Monday: "We …"", "said on the Today
// programme: "…"" — what was said is the quotation; the words before
// it say to whom, where or when.
func pastColon(d *layer.Doc, c *attrib.Run) {
	for k := c.First; k+1 < c.Last && k < c.First+maxBeforeColon; k++ {
		t := d.Toks[k]
		switch {
		case t.Kind == token.Quote, d.Quote[k] >= 0:
			return
		case t.Kind == token.Word && (strings.HasPrefix(d.POSNames[d.POS[k]], "VB") || d.POSNames[d.POS[k]] == "MD"):
			return
		case t.Kind == token.Punct && d.Text[t.Start] == ':':
			if k > c.First && d.Toks[k+1].Kind == token.Quote {
				c.First = k + 1
			}
			return
		}
	}
}

// maxBeforeColon bounds the words before a colon that pastColon reads
// as whom, where or when the quotation after it was said.
const maxBeforeColon = 12

// nounPhrase reports whether tokens [first, last) are a noun phrase,
// prepositional phrases after its noun allowed ("the council's policy on
// ferries"): nominal words and prepositions, ending at a noun.
func nounPhrase(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if tag := d.POSNames[d.POS[k]]; !nominalTag(tag) && (tag != "IN" || k == first) {
			return false
		}
	}
	return strings.HasPrefix(d.POSNames[d.POS[last-1]], "NN") || d.POSNames[d.POS[last-1]] == "PRP"
}

// describesSubject reports whether g's cue stands in a clause that
// describes the subject of its sentence: its source is a relative
// pronoun right before it ("Sanders, who said …, did not show up"), or
// it has none and is a participle after a comma ("Democrats, fearing the
// consequences, failed to …").
func describesSubject(d *layer.Doc, g *attrib.Group) bool {
	if len(g.Sources) > 0 {
		s := g.Source
		return s.Last == g.Cue.First && layer.IsRelative(d.Low[s.Last-1])
	}
	k := g.Cue.First
	tag := d.POSNames[d.POS[k]]
	return k > 0 && (tag == "VBG" || tag == "VBN") && d.Low[k-1] == ","
}

// mainVerbAfter reports whether a finite verb opens the words from token
// j: the sentence's main verb after a clause describing its subject
// (describesSubject).
func mainVerbAfter(d *layer.Doc, j, end int) bool {
	for j < end && d.POSNames[d.POS[j]] == "RB" {
		j++
	}
	return j < end && d.FiniteVerb(j)
}

// isBreak reports whether token k is a comma or a dash.
func isBreak(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	if t.Kind != token.Punct {
		return false
	}
	switch d.Text[t.Start:t.End] {
	case ",", "-", "--", "–", "—", "―":
		return true
	}
	return false
}

// opensAdjunct reports whether the words from token j to end, after a
// comma or dash, are an adjunct of the reporter's.
func (r *Reader) opensAdjunct(d *layer.Doc, j, end int) bool {
	if r.adjuncts.Field(d.Low[j], 0) == "adjunct" {
		return true
	}
	switch d.POSNames[d.POS[j]] {
	case "VBG":
		// a verb of saying: ", saying …", ", calling him …" is a
		// statement of its own; "including" goes on with this one, and
		// so does a past participle ("plans, backed by the UK, to …")
		return d.CueClass(j, j+1) != ""
	case "DT":
		return appositive(d, j, end)
	}
	return false
}

// appositive reports whether the words from token j to end are a noun
// phrase standing alone: no finite verb after it but in a relative
// clause ("a man who …"), no conjunction making it one of a list.
func appositive(d *layer.Doc, j, end int) bool {
	if layer.IsComplementizer(d.Low[j]) {
		return false // "that" opens a clause
	}
	if j >= 2 && isProperNoun(d.POSNames[d.POS[j-2]]) {
		return false // "David Duke, a former leader of …" says who he is
	}
	k := j
	for k < end && d.Toks[k].Kind == token.Word && nominalTag(d.POSNames[d.POS[k]]) {
		k++
	}
	if k == j+1 {
		return false // a lone determiner: "this is …"
	}
	for ; k < end; k++ {
		switch tag := d.POSNames[d.POS[k]]; {
		case tag == "CC":
			return false
		case tag == "WDT" || tag == "WP":
			// the phrase's own relative clause ("a man who …"), not a
			// relative on the noun before ("the vast majority of which")
			return !layer.IsGenitive(d.Low[k-1])
		case d.FiniteVerb(k):
			return false // a clause: "the crowd booed"
		}
	}
	return true
}

func isProperNoun(tag string) bool { return tag == "NNP" || tag == "NNPS" }

// dashPair reports whether token k is a dash that a second one closes
// before the content's last words: "5 million shares - a third of the
// firm - for 11 euros" sets the phrase off inside what was said.
func dashPair(d *layer.Doc, k, end int) bool {
	if d.Text[d.Toks[k].Start] == ',' {
		return false
	}
	for j := k + 2; j+1 < end; j++ {
		if isBreak(d, j) && d.Text[d.Toks[j].Start] != ',' {
			return true
		}
	}
	return false
}

// resumes reports whether the clause before a comma at j-1 goes on after
// the phrase opened at j: a later comma or dash is followed by a verb
// ("the records, numbering about 1,000 pages, be released").
func resumes(d *layer.Doc, j, end int) bool {
	for k := j + 1; k+1 < end; k++ {
		if !isBreak(d, k) {
			continue
		}
		n := k + 1
		for n < end && d.POSNames[d.POS[n]] == "RB" {
			n++
		}
		if n < end {
			switch d.POSNames[d.POS[n]] {
			case "VB", "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

func nominalTag(tag string) bool {
	switch tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "POS", "$":
		return true
	}
	return false
}

// dropAddressee starts a content that opens right after its cue past the
// cue's addressee (addressee-cues.tsv): "told [reporters] that …",
// "asked [him] whether …", "warned [musicians] against …" (a preposition
// of the table's that names the matter). Whom it was said to is
// no part of what was said, and Channel reads it as the addressee. A
// fragment that is only the addressee, cut off by a via ("told the
// board, according to two people present, that …"), is dropped. A
// content that starts inside the addressee, past words of it the tagger
// left out, is read the same way.
func (r *Reader) dropAddressee(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 || !r.toWhom[d.Low[g.Cue.Last-1]] {
		return
	}
	c := &g.Contents[0]
	if c.First < g.Cue.Last || !nominalRun(d, g.Cue.Last, c.First) || d.Quote[c.First] >= 0 {
		return
	}
	asks := d.CueClass(g.Cue.First, g.Cue.Last) == "question"
	if c.First > g.Cue.Last {
		addresseeTail(d, c, asks)
		return
	}
	k := objectEnd(d, c.First, c.Last)
	switch {
	case k == c.First:
	case k == c.Last && len(g.Contents) > 1 && opensSaid(d, g.Contents[1].First, g.Contents[1].Last, asks):
		g.Contents = g.Contents[1:]
		return
	case k+1 < c.Last && r.opensMatter(d, g.Cue.Last-1, k, c.Last):
		c.First = k // "warned [musicians] against being allied …": the matter stays with its preposition
		return
	case k < c.Last && opensSaid(d, k, c.Last, asks):
		if d.Toks[k].Kind == token.Punct {
			k++ // "told reporters: …"
		}
		c.First = k
		return
	}
	r.splitAddressee(d, g.Cue.Last-1, c, asks)
}

// addresseeTail starts content c, which opens inside the addressee the
// tagger left out of it, where what was said opens within the next
// maxTail words ("told BBC Radio Five Live's Sportsweek [programme] the
// club would …", the last noun mistagged a verb).
func addresseeTail(d *layer.Doc, c *attrib.Run, asks bool) {
	for k := c.First; k < c.Last && k <= c.First+maxTail && d.Toks[k].Kind == token.Word; k++ {
		if opensSaid(d, k, c.Last, asks) {
			c.First = k
			return
		}
		if !tailWord(d, k) {
			return // "told Newsnight [there was] a danger …": what was said opens here
		}
	}
}

// tailWord reports whether token k may end an addressee: not a finite
// verb nor a word that opens a clause or a noun phrase (a determiner, a
// pronoun, "there", a preposition).
func tailWord(d *layer.Doc, k int) bool {
	switch d.POSNames[d.POS[k]] {
	case "DT", "PDT", "EX", "PRP", "PRP$", "IN", "WDT", "WP", "WRB", "TO", "CC":
		return false
	}
	return !d.FiniteVerb(k)
}

// maxTail bounds the words of an addressee left in a content.
const maxTail = 2

// nominalRun reports whether tokens [first, last) are words of a noun
// phrase: the start of an addressee the tagger left out of the content
// ("told [BBC Radio Five Live's Sportsweek] programme the club …").
func nominalRun(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if d.Toks[k].Kind != token.Word || !nominalTag(d.POSNames[d.POS[k]]) {
			return false
		}
	}
	return true
}

// opensMatter reports whether the preposition at token k, after the
// object of cue verb v, opens the matter said to the object
// (addressee-cues.tsv's prepositions: "warned [musicians] against being
// allied …", "told [citizens] of threats"), not a phrase inside the
// object: the object is no message ("told the story of …"), "of" does
// not follow a singular noun ("a committee of MSPs"), and no finite verb
// follows, which would make the object a clause's subject ("warned the
// level of cover may fall").
func (r *Reader) opensMatter(d *layer.Doc, v, k, end int) bool {
	if !r.matterPreps[d.Low[v]+"|"+d.Low[k]] || r.saidNouns[d.Low[k-1]] ||
		layer.IsGenitive(d.Low[k]) && d.POSNames[d.POS[k-1]] == "NN" {
		return false
	}
	for j := k + 1; j < end && !isBreak(d, j) && d.Toks[j].Kind != token.Quote; j++ {
		if d.FiniteVerb(j) {
			return false // up to a comma: ", saying: …" is a statement of its own
		}
	}
	return true
}

// objectEnd returns the token after the object noun phrase opening at
// token j (a pronoun, or determiners, adjectives and nouns ending at a
// noun, at most maxObject words), j when none opens there.
func objectEnd(d *layer.Doc, j, end int) int {
	if j >= end || layer.IsComplementizer(d.Low[j]) {
		return j
	}
	if d.POSNames[d.POS[j]] == "PRP" {
		return j + 1
	}
	k, noun := j, 0
	for k < end && k < j+maxObject && d.Toks[k].Kind == token.Word {
		tag := d.POSNames[d.POS[k]]
		if !nominalTag(tag) || noun > 0 && (tag == "DT" || tag == "PRP$" || tag == "CD") {
			break // "told [reporters] the deal …": a second phrase opens
		}
		if strings.HasPrefix(tag, "NN") {
			noun = k + 1
		}
		k++
	}
	if noun == 0 {
		return j
	}
	return noun
}

// maxObject bounds the words of an addressee.
const maxObject = 6

// opensSaid reports whether token k opens what was said after an
// addressee: "that", a quotation or colon, a question word, or a clause
// (a subject, or "there", and a finite verb). Not a to-infinitive: in "urged [voters
// to act]" PolNeAR's content is the whole, what the speaker would have
// happen.
func opensSaid(d *layer.Doc, k, end int, asks bool) bool {
	if k >= end {
		return false
	}
	t := d.Toks[k]
	switch {
	case t.Kind == token.Quote, t.Kind == token.Punct && d.Text[t.Start] == ':':
		return true
	case t.Kind != token.Word:
		return false
	case layer.IsComplementizer(d.Low[k]), layer.IsInterrogative(d.Low[k]) && !layer.IsConditional(d.Low[k]):
		return true
	case layer.IsConditional(d.Low[k]):
		return asks // "asked him if …", not "promised reform if …"
	}
	if tag := d.POSNames[d.POS[k]]; tag == "WRB" || tag == "WP" || tag == "EX" && k+1 < end && d.FiniteVerb(k+1) {
		return true // "told the board [there was] a danger …"
	}
	m := objectEnd(d, k, end)
	return m > k && m < end && d.FiniteVerb(m)
}

// dropDanglingRelative ends a content before a relative pronoun, outside
// quotation marks, that ends it, and drops its last fragment when that
// is only one: in "legal reserves, which it previously set at $500m" or
// "its finances which, they claim, would …" the relative clause the
// pronoun opens went to another attribution, and the pronoun left
// dangling says nothing. A pronoun inside stays ("a trainer which … can
// sense").
func dropDanglingRelative(d *layer.Doc, g *attrib.Group) {
	for n := len(g.Contents); n > 0; n = len(g.Contents) {
		c := &g.Contents[n-1]
		end := c.Last
		for end > c.First && danglingRelative(d, end-1) {
			end--
			for end > c.First && isBreak(d, end-1) {
				end-- // ", which": the comma goes with it
			}
		}
		switch {
		case end > c.First:
			c.Last = end
			return
		case n == 1:
			return // the pronoun is all there is: the statement's to judge
		}
		g.Contents = g.Contents[:n-1]
	}
}

// danglingRelative reports whether token k is a relative pronoun outside
// quotation marks: "which", "who", "whom", "whose", or "that" tagged as
// one.
func danglingRelative(d *layer.Doc, k int) bool {
	if d.Quote[k] >= 0 || d.Toks[k].Kind != token.Word {
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "WDT", "WP", "WP$":
		return layer.IsRelative(d.Low[k])
	}
	return false
}

// particleToCue moves a verb particle that opens the content right
// after its cue into the cue: "did not rule [out] change", "played
// [down] the risk" — the particle belongs to the verb, as PolNeAR keeps a
// verb group together.
func particleToCue(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[0]
	k := g.Cue.Last
	if c.First != k || c.Last-c.First < 2 || d.POSNames[d.POS[k]] != "RP" ||
		!strings.HasPrefix(d.POSNames[d.POS[k-1]], "VB") || d.Quote[k] >= 0 {
		return
	}
	g.Cue.Last++
	c.First++
}

// dropSourceDescription drops a content fragment that stands between an
// inverted cue and its source after a comma, when the statement's
// content is a quotation before the cue: in '"…," said the chairman of
// the committee, Labour MP Ann Cole.' the phrase after "said" says who
// the speaker is, not what was said.
func dropSourceDescription(d *layer.Doc, g *attrib.Group) {
	if len(g.Sources) == 0 || len(g.Contents) < 2 {
		return
	}
	i := len(g.Contents) - 1
	c, before := g.Contents[i], g.Contents[i-1]
	if c.First != g.Cue.Last || before.Last > g.Cue.First || d.Quote[before.First] < 0 && d.Toks[before.First].Kind != token.Quote ||
		d.Quote[c.First] >= 0 || g.Source.First != c.Last+1 || !isComma(d, c.Last) || d.Sent[g.Source.First] != d.Sent[c.First] {
		return
	}
	g.Contents = g.Contents[:i]
}

// subjectToSource makes a sourceless group's content fragment that is
// the noun phrase right before its cue its source when what follows the
// cue opens with "that": in "Nadia Ferro seemed to suggest that talks
// were possible" the tagger reads the subject of a raising verb as
// content, as in "the lack of enthusiasm seems [to be an issue]", but a
// verb of saying with its own clause has a speaker.
func subjectToSource(d *layer.Doc, g *attrib.Group) {
	if len(g.Sources) > 0 || len(g.Contents) < 2 {
		return
	}
	before, after := g.Contents[0], g.Contents[1]
	if before.Last != g.Cue.First || after.First != g.Cue.Last || !layer.IsComplementizer(d.Low[after.First]) ||
		d.Quote[before.First] >= 0 || objectEnd(d, before.First, before.Last) != before.Last {
		return
	}
	g.Source = attrib.Run{Role: 0, First: before.First, Last: before.Last}
	g.Sources = []attrib.Run{g.Source}
	g.Contents = g.Contents[1:]
}

// stopAtNarration ends a quotation's content at a quotation mark that closes a
// sentence when the next sentence opens with a word and holds no
// quotation mark: what follows is the reporter's narration ("… the
// Olympics. "The amber light is flashing." The government may now
// find …"). The mark's side is read from the spaces around it, not from
// the quotation pairs, which a paragraph's unclosed quotation (the news
// convention of a quotation running over paragraphs) can pair wrongly.
func stopAtNarration(d *layer.Doc, c *attrib.Run) {
	if d.Toks[c.First].Kind != token.Quote && (c.First == 0 || d.Toks[c.First-1].Kind != token.Quote) {
		return // a speaker's unquoted words ("KESSLER: Well, …") may quote someone and go on
	}
	for k := c.First + 1; k+1 < c.Last; k++ {
		if !closingMark(d, k) || d.Sent[k+1] == d.Sent[k] || d.Toks[k+1].Kind != token.Word {
			continue
		}
		end := min(d.Sents[d.Sent[k+1]].Last, c.Last)
		quoted := false
		for j := k + 1; j < end && !quoted; j++ {
			quoted = d.Toks[j].Kind == token.Quote
		}
		if !quoted {
			c.Last = k + 1
			return
		}
	}
}

// closingMark reports whether token k is a double quotation mark that
// closes: after a word or punctuation with no space, and before a space or the
// text's end.
func closingMark(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	if t.Kind != token.Quote || t.Start == 0 {
		return false
	}
	switch d.Text[t.Start:t.End] {
	case "\"", "”", "''", "»":
	default:
		return false // a single mark closes a quotation inside another, or a scare quote
	}
	before := d.Text[t.Start-1]
	return before != ' ' && before != '\n' && before != '\t' && (t.End == len(d.Text) || d.Text[t.End] == ' ' || d.Text[t.End] == '\n')
}
