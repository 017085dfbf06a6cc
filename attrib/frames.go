package attrib

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Some cue words report only in some frames: "offers" names a sale in
// "BT offers free calls", "saw" an experience in "the firm saw profits
// fall", "read" a pastime in "a third of them read junk e-mail",
// "suspected of" a suspicion others hold, and a refusal of an offer or
// a bid ("rejected the offer") is an act on it; none reports anything
// said. With a clause or a quotation after them the same words report
// ("offered: …", "sees that …", "the statement read: …"). PolNeAR's
// annotators mark many of the act frames too (30 of 50 "offered" with
// an object), so head shares alone let them through; the frames are
// tables: cue-frames.tsv and act-objects.tsv.

// compSet is a set of complements, one bit per Comp.
type compSet uint16

func (s compSet) has(c Comp) bool { return s&(1<<c) != 0 }

// farLikeness is the cue-frames pseudo-complement "far-as": the row's
// "as" may follow an object longer than Complement reads ("described
// the level of action taken by businesses as revealed by the report as
// …"), so a bare object with a word of likeness later in the sentence
// is read as "obj-as" (session 17 round 6).
const farLikeness = compSet(1) << NumComps

// loadFrames reads cue-frames.tsv into each form's set of complements
// with which it reports.
func loadFrames(code string) (map[string]compSet, error) {
	tb, err := lang.Load(code, "cue-frames")
	if err != nil {
		return nil, err
	}
	byName := map[string]Comp{}
	for c, name := range CompNames {
		byName[name] = Comp(c)
	}
	out := map[string]compSet{}
	for _, lemma := range tb.Order {
		var set compSet
		for _, name := range strings.Split(tb.Field(lemma, 0), ",") {
			if name == "-" {
				continue // reports with none: "called off"
			}
			if name == "far-as" {
				set |= farLikeness
				continue
			}
			c, ok := byName[strings.TrimSpace(name)]
			if !ok {
				return nil, fmt.Errorf("lang table cue-frames: %q: unknown complement %q", lemma, name)
			}
			set |= 1 << c
		}
		out[lemma] = set
		for _, f := range strings.Split(tb.Field(lemma, 1), ",") {
			if f = strings.TrimSpace(f); f != "" {
				out[f] = set
			}
		}
	}
	return out, nil
}

// actFrame reports whether the cue head at token k, with complement c,
// names an act, a possession, a perception or a feeling rather than
// anything said: a cue-frames word with a complement its row does not
// list, a cue-frames phrase (a phrasal verb: "called off"; one whose row
// lists complements reports with those read after its particle: "went
// on: …", not "went on the offensive"), or a
// rejection (an act-objects verb) whose bare object is an act-objects
// noun ("rejected the £1bn offer"), a display verb whose bare
// object is a tendency ("shows no sign of abating"), or a verb of
// claiming whose bare object is a prize ("claimed the title": won it), a
// verb of taking note whose bare object is a gesture ("acknowledged the
// apology") or of making public whose bare object is an undertaking or an
// event ("announced a new drive") or of posting results whose bare
// object is a trading result ("posted record losses": actObjectKind). A bare object that
// names something said (message-nouns.tsv) makes a frame word report:
// "offered his congratulations"; so does a quotation before it: "…,"
// read the statement.
func (t *Tagger) actFrame(d *layer.Doc, k int, c Comp) bool {
	object := ""
	if c == CompObj {
		object = objectHead(d, k)
	}
	if k+1 < d.Sents[d.Sent[k]].Last {
		if set, ok := t.cueFrames[d.Low[k]+" "+d.Low[k+1]]; ok && !set.has(Complement(d, k+1)) {
			return true // a phrasal verb: "called off a demonstration", "put back the launch", "went on the offensive"
		}
	}
	if t.idiom(d, k) {
		return true // "the name says it all", "not to mention …"
	}
	if _, ok := t.cueFrames[d.Low[k]]; ok && c == CompObjThat && relativeObject(d, k) {
		c, object = CompObj, objectHead(d, k) // "offered tickets that were cheaper": the clause describes the tickets
	}
	if set, ok := t.cueFrames[d.Low[k]]; ok && !set.has(c) && !t.messageNouns.Has(object) && !afterQuote(d, k) && !(set.has(CompObjAs) && likenessLater(d, k)) && !(set&farLikeness != 0 && c == CompObj && likenessAhead(d, k)) {
		return true // a message noun may end a longer object: "posted a record profit thanks to …" (objectHolds)
	}
	if c == CompObj && t.actObjects.Field(d.Cue[k].Lemma, 0) == "count-verb" && (countedObject(d, k) || t.actObjects.Field(d.Cue[k].Lemma, 1) == "goal" && t.goalAfterObject(d, k)) && !afterQuote(d, k) {
		return true // "Firm adds 500 staff", "added the relay crown to his title"; "…," added the 30-year-old reports
	}
	if t.scoreToInfinitive(d, k, c) || t.interestShown(d, k, c) {
		return true // "added the conversion to become the fourth player to …", "expressed an interest in MCI"
	}
	if c == CompObjTo {
		object = objectHead(d, k) // "showed great composure to get …": a quality shown to some end
	}
	if (c == CompObj || c == CompObjTo) && t.actObjects.Field(d.Cue[k].Lemma, 0) == "display-verb" && t.actObjects.Field(object, 0) == "display-object" {
		return true // "the craze shows no sign of abating": a tendency the writer observes
	}
	if c == CompObj && t.prizeObject(t.actObjects.Field(t.actLemma(d, k), 0), object) {
		return true // "the single claimed the top spot": won it, said nothing; "will defend his title"
	}
	// "denies grain deal" says there is none; "oppose the plans" holds a view of them
	kind, ok := actObjectKind[t.actObjects.Field(t.actLemma(d, k), 0)]
	if ok && c == CompObj && (kind == "result" || kind == "work" || kind == "shot") && t.objectHolds(d, k, kind) {
		return true // "posted a record annual profit thanks to …": the phrase runs on past its head; "wrote the musical Spend Spend Spend"; "blasts a forehand service return"
	}
	if !ok || c != CompObj || t.actObjects.Field(object, 0) != kind {
		return false
	}
	return kind != "narrative" || !clauseOfObject(d, k) // "told the story of how he …" tells what happened
}

// idiom reports whether a cue-frames row of three words starts at the
// head word k or ends at it: "[says it all]", "[not to mention]"; a
// quotation right after the idiom is what was said.
func (t *Tagger) idiom(d *layer.Doc, k int) bool {
	s := d.Sents[d.Sent[k]]
	for first := k - 2; first <= k; first += 2 {
		if first < s.First || first+3 > s.Last {
			continue
		}
		if _, ok := t.cueFrames[d.Low[first]+" "+d.Low[first+1]+" "+d.Low[first+2]]; ok {
			return !quoteAfter(d, first+3, s.Last)
		}
	}
	return false
}

// quoteAfter reports whether a quotation opens at token j, or after a
// colon there: a headline that "says it all:" and a quotation quotes
// what it said.
func quoteAfter(d *layer.Doc, j, end int) bool {
	if j < end && d.Toks[j].Kind == token.Punct && d.Low[j] == ":" {
		j++
	}
	return j < end && d.Toks[j].Kind == token.Quote
}

// clauseOfObject reports whether the bare object after the head word at
// k is followed by a preposition and a question word or "that": "the
// story [of how] he wooed her" holds a proposition, "the story of two
// boys" a topic.
func clauseOfObject(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	m := nounPhraseEnd(d, k+1, end)
	if m+1 >= end || d.POSNames[d.POS[m]] != "IN" {
		return false
	}
	tag := d.POSNames[d.POS[m+1]]
	return tag == "WRB" || tag == "WP" || layer.IsComplementizer(d.Low[m+1])
}

// actObjectKind maps each verb kind of act-objects.tsv whose bare object
// of the paired kind makes an act: a rejection of an offer, taking note
// of a gesture ("acknowledged the apology"), launching an undertaking
// ("announced a new drive"), telling a story ("the film tells the story
// of two boys"), posting a trading result ("has posted record losses"),
// writing a work ("wrote the score", "is writing an episode of …").
var actObjectKind = map[string]string{"verb": "noun", "note-verb": "gesture", "launch-verb": "venture", "count-verb": "score", "narrate-verb": "narrative", "result-verb": "result", "write-verb": "work", "shot-verb": "shot"}

// goalAfterObject reports, for a count-verb whose act-objects row has
// `goal` in its second column ("add"), whether the bare object after
// the head word at k, with at most one prepositional phrase of its own, is followed
// by a word of the goal it is added to (cue-contexts `goal`) and a noun
// phrase: "added the relay crown [to] his title", "adding a sixth
// promise on the issue [to] his pledge card" do something to a thing;
// "added to speculation" has no object and "added a warning to
// stress …" an infinitive.
func (t *Tagger) goalAfterObject(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	m := nounPhraseEnd(d, k+1, end)
	if m == k+1 {
		return false
	}
	if m < end && d.POSNames[d.POS[m]] == "IN" && t.cueContexts.Field(d.Low[m], 0) != "goal" {
		m = nounPhraseEnd(d, m+1, end)
	}
	return m+1 < end && t.cueContexts.Field(d.Low[m], 0) == "goal" && nounPhraseEnd(d, m+1, end) > m+1
}

// nounPhraseEnd returns the token after the noun phrase that starts at
// token j and ends by end: nominal words and gerunds before a noun, at
// most maxObject of them.
func nounPhraseEnd(d *layer.Doc, j, end int) int {
	m := j
	for m < end && m < j+maxObject && d.POS != nil && (isNominal(d.POSNames[d.POS[m]]) || gerundModifier(d, m, end)) {
		m++
	}
	return m
}

// sayingAfterFrame returns the verb of saying after the head k of cue
// run r when k is a cue-frames word ("is continuing to insist that …"
// is judged as "insist"), else k. cueHead keeps a frame word that the
// lexicon counts as speech ("he continued: …") as the head.
func (t *Tagger) sayingAfterFrame(d *layer.Doc, r Run, k int) int {
	if _, ok := t.cueFrames[d.Low[k]]; !ok || d.POS == nil {
		return k
	}
	for j := k + 1; j < r.Last; j++ {
		if saysSomething(d.Cue[j].Class) && isVerb(d, j) {
			return j
		}
	}
	return k
}

// clauseBeforeComma reports whether a finite verb follows token k
// before the next comma of its sentence: "Claiming the criticism is
// designed to pressure him, …" holds a clause the tagger may read as an
// object.
func clauseBeforeComma(d *layer.Doc, k int) bool {
	for j := k + 1; j < d.Sents[d.Sent[k]].Last && !isComma(d, j); j++ {
		if d.FiniteVerb(j) {
			return true
		}
	}
	return false
}

// countedObject reports whether the bare object after the head word at
// k counts something: a comparative of quantity right after the head
// ("adds more jobs", "added fewer staff"), or a number or an amount
// (a word opening with a digit or a currency sign: "500 staff", "only
// 46,000 jobs", "£2m") among its words, adverbs before it read past.
// An object a finite verb follows is a clause's subject: "added 500
// staff would be hired" reports.
func countedObject(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	if d.POS == nil || k+1 >= end {
		return false
	}
	if tag := d.POSNames[d.POS[k+1]]; tag == "RBR" || tag == "JJR" {
		return !clauseAfterObject(d, k+2, end)
	}
	m := k + 1
	for m < end && isAdverb(d.POSNames[d.POS[m]]) {
		m++
	}
	counted := false
	for ; m < end && m <= k+maxObject && isNominal(d.POSNames[d.POS[m]]); m++ {
		r, _ := utf8.DecodeRuneInString(d.Text[d.Toks[m].Start:])
		counted = counted || unicode.IsDigit(r) || unicode.Is(unicode.Sc, r)
	}
	return counted && !(m < end && d.FiniteVerb(m))
}

// clauseAfterObject reports whether a finite verb ends the noun phrase
// that starts at token m: "added more staff would be hired".
func clauseAfterObject(d *layer.Doc, m, end int) bool {
	for m < end && isNominal(d.POSNames[d.POS[m]]) {
		m++
	}
	return m < end && d.FiniteVerb(m)
}

// displayedFact reports whether g's cue is a display verb (act-objects
// `display-verb`: "show", "reveal") whose source is a thing that shows
// a fact without anyone stating it (`display-thing`): "the e-mails
// show that …", "latest figures showing that …". The source's head is
// the last word of its first noun phrase: "figures from the ONS" is
// "figures".
func (t *Tagger) displayedFact(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || d.POS == nil {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || t.actObjects.Field(d.Cue[k].Lemma, 0) != "display-verb" {
		return false
	}
	head := subjectHead(d, nearest(g.Sources, g.Cue))
	return head >= 0 && t.actObjects.Field(d.Low[head], 0) == "display-thing"
}

// subjectHead returns the token of the last word of the first noun
// phrase of source src, -1 when it holds none: "figures from the ONS"
// is "figures", "the leaked e-mails" "e-mails".
func subjectHead(d *layer.Doc, src Run) int {
	head := -1
	for m := src.First; m < src.Last; m++ {
		tag := d.POSNames[d.POS[m]]
		if !isNominal(tag) && tag != "VBN" && tag != "VBG" {
			break // "figures from the ONS": the phrase ends; "the leaked e-mails" goes on
		}
		if d.Toks[m].Kind == token.Word {
			head = m
		}
	}
	return head
}

// namingParticiple reports whether g's cue is a naming participle
// (act-objects `naming`: "called", "known") alone, right after its
// source, an indefinite noun phrase, and before a name: "a rhythm
// guitarist called Flicker", "a company called Harmony Enterprises
// gave …" name a thing; no one says anything; so does a short name a
// verb follows after a common noun ("a form of spyware called adware
// has …": namedBeforeVerb). "A reporter called it "absolute chaos""
// still reports.
func (t *Tagger) namingParticiple(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || d.POS == nil {
		return false
	}
	src := nearest(g.Sources, g.Cue)
	k := g.Cue.First
	if src.Last != k || g.Cue.Last != k+1 || k+1 >= d.Sents[d.Sent[k]].Last || t.actObjects.Field(d.Low[k], 0) != "naming" {
		return false // "a group of rabbis called for a boycott" asks for one
	}
	if t.namedBeforeVerb(d, src, k) {
		return true // "one form of spyware called adware has …"
	}
	if w := d.Low[src.First]; !layer.IsArticle(w) || layer.IsDefinite(w) { // an indefinite article
		return false // "Mr Howard called that suggestion …", "Marty West, an education professor, called it …"
	}
	next := d.POSNames[d.POS[k+1]]
	return next == "NNP" || next == "NNPS" || d.Toks[k+1].Kind == token.Quote // a name, not "called it …"
}

// leadingParticiple reports whether g's cue is a participle heading its
// sentence with no source before it and a bare object, a question word
// or a preposition after it: "Announcing the plans, Mr X said …",
// "Explaining why it had asked the WTO, the EU …", "Commenting on the
// decision, she said …" — an adjunct of the main clause,
// whose own cue makes the statement. With a clause it states one:
// "Noting that the harbour had lost money, the mayor said …".
func (t *Tagger) leadingParticiple(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || d.POSNames[d.POS[k]] != "VBG" || phraseAt(d, t.viaPhrases, k, g.Cue.Last) {
		return false // "According to police, …" cites its source
	}
	c := Complement(d, k)
	if c != CompObj && c != CompWh && c != CompPrep || c != CompWh && clauseBeforeComma(d, k) {
		return false // "Noting that the harbour had lost money, the mayor said …" states it
	}
	for _, s := range g.Sources {
		if s.First < g.Cue.First {
			return false
		}
	}
	first := d.Sents[d.Sent[k]].First
	for j := first; j < k; j++ {
		if d.Toks[j].Kind == token.Word && !isAdverb(d.POSNames[d.POS[j]]) {
			return false // "Mr X, announcing the plans, said": a word before it
		}
	}
	return true
}

// writerInfers reports whether cue run r, its head at token k, is the
// writer's own inference: an inference-cues word under a modal, right
// after a pronoun that stands for a thing ("…, which would suggest the
// government has lost its touch", "it could mean that they want more").
func (t *Tagger) writerInfers(d *layer.Doc, r Run, k int) bool {
	if d.POS == nil || r.First == 0 || !t.inferenceCues.Has(d.Low[k]) || t.inferenceCues.Field(d.Low[k], 0) == "know" ||
		t.pronouns.Field(d.Low[r.First-1], 0) != "thing" {
		return false
	}
	return underModal(d, r, k)
}

// nounSense reports whether the cue head at token k is a word whose
// noun names a thing (noun-senses.tsv), read as a noun ("the awards
// show will feature …": nounAt) or, a word no cue verb has for a form ("top
// seed"), whatever its tag; the verb ("the figures show …") is judged as
// any other.
func (t *Tagger) nounSense(d *layer.Doc, k int) bool {
	switch t.nounSenses.Field(d.Low[k], 0) {
	case "always":
		return true
	case "noun":
		return d.POS != nil && nounAt(d, k)
	case "bare-noun":
		return d.POS != nil && (nounAt(d, k) || nounModifier(d, k)) && !t.reportsAfterNoun(d, k)
	}
	return false
}

// nounAt reports whether token k reads as a noun: tagged NN or NNS,
// right after a determiner or a possessive ("his show"), or right
// before a modal or a finite verb ("the awards show will feature …",
// where the tagger took "show" for the verb), or marked as one by
// nounByAgreement or describedByRelative (nounrelative.go).
func nounAt(d *layer.Doc, k int) bool {
	switch d.POSNames[d.POS[k]] {
	case "NN", "NNS":
		return true
	}
	if nounByAgreement(d, k) || describedByRelative(d, k) {
		return true // "talent [show] The X Factor", "voice [calls] which are offered"
	}
	sent := d.Sents[d.Sent[k]]
	if j := k - 1; j >= sent.First {
		switch d.POSNames[d.POS[j]] {
		case "DT", "PRP$", "POS":
			return true
		}
	}
	if j := k + 1; j < sent.Last {
		return d.POSNames[d.POS[j]] == "MD" || d.FiniteVerb(j)
	}
	return false
}

// writerKnows reports whether the cue head at token k is a verb of
// knowing (an inference-cues row marked `know`) outside any quotation
// and transcript: "Mr X knows that the plan risks …", "big firms know
// it pays to …" is the writer's assessment of what someone is aware of,
// a fact the article itself asserts; nobody said it. Inside a quotation
// ("“I know we can win,” she said") the quotation's speaker asserts it.
func (t *Tagger) writerKnows(d *layer.Doc, k int) bool {
	return len(t.turns) == 0 && d.Quote[k] < 0 && t.inferenceCues.Field(d.Low[k], 0) == "know"
}

// merePossibility reports whether cue run r, its head at token k, stands
// under a possibility modal (possibility-modals.tsv), in the run or
// right before it, and is not negated: "some people [might call] them
// racist", "Labour MPs [could oppose] the scheme" say what might be.
func (t *Tagger) merePossibility(d *layer.Doc, r Run, k int, negated bool) bool {
	if negated || d.POS == nil {
		return false
	}
	for j := max(r.First-1, d.Sents[d.Sent[k]].First); j < k; j++ {
		if d.POSNames[d.POS[j]] == "MD" && t.possibleOnly.Has(d.Low[j]) {
			return true
		}
	}
	return false
}

// underModal reports whether a modal verb stands in cue run r before
// its head at token k: "would suggest", "may see", "might think".
func underModal(d *layer.Doc, r Run, k int) bool {
	for j := r.First; j < k; j++ {
		if d.POSNames[d.POS[j]] == "MD" {
			return true
		}
	}
	return false
}

// maybeViews reports whether a belief cue with an object and "as" is held
// only maybe: "some may see this as the height of laziness", "people
// who may not see themselves as gamers" hold no view of their own.
func maybeViews(d *layer.Doc, r Run, k int, c Comp) bool {
	return c == CompObjAs && d.POS != nil && layer.CueClasses[d.Cue[k].Class] == "belief" && underModal(d, r, k)
}

// compoundNoun reports whether the cue head at token k is a common
// noun the cue lexicon does not know, right after another common noun:
// a compound's head ("community service orders", "court orders") names
// a thing, not anything said.
func compoundNoun(d *layer.Doc, k int) bool {
	if d.POS == nil || k == 0 || d.Cue[k].Class != 0 || d.Sent[k-1] != d.Sent[k] {
		return false
	}
	tag, prev := d.POSNames[d.POS[k]], d.POSNames[d.POS[k-1]]
	return (tag == "NN" || tag == "NNS") && (prev == "NN" || prev == "NNS")
}

// afterQuote reports whether token k follows a closing quotation mark,
// a comma between them or not: in "“…,” read the statement" the
// statement is the inverted subject and the cue reports.
func afterQuote(d *layer.Doc, k int) bool {
	j := k - 1
	if j >= 0 && d.Toks[j].Kind == token.Punct && d.Text[d.Toks[j].Start] == ',' {
		j--
	}
	return j >= 0 && d.Toks[j].Kind == token.Quote
}

// objectHead returns the last word of the noun phrase right after the
// head word at k, "" when none follows: "rejected the £1bn takeover
// [bid]" (a currency sign is read past, where skipPhrase stops; so is
// a gerund before a noun: "a new recycling [drive]").
func objectHead(d *layer.Doc, k int) string {
	end := d.Sents[d.Sent[k]].Last
	head := ""
	for m := k + 1; m < end && m <= k+maxObject && d.POS != nil && (isNominal(d.POSNames[d.POS[m]]) || gerundModifier(d, m, end)); m++ {
		head = d.Low[m]
	}
	return head
}

// objectHolds reports whether a word of the bare object after the head
// word at k is an act-objects word of the given kind: "a record annual
// profit thanks to …", whose last nominal word ("thanks") is no head.
func (t *Tagger) objectHolds(d *layer.Doc, k int, kind string) bool {
	end := d.Sents[d.Sent[k]].Last
	m := k + 1
	for ; m < end && m <= k+maxObject && d.POS != nil && isNominal(d.POSNames[d.POS[m]]); m++ {
		if t.actObjects.Field(d.Low[m], 0) == kind {
			return true
		}
	}
	if kind == "result" && m > k+1 && m+1 < end && d.POSNames[d.POS[m]] == "VBG" && d.POSNames[d.POS[m-1]] == "DT" {
		m++ // "a doubling": a gerund for a noun after its determiner
	}
	if kind == "result" && m > k+1 && m+1 < end && layer.IsPreposition(d.Low[m]) {
		return t.objectHolds(d, m, kind) // "reported a doubling [in] profit": the result is the preposition's object
	}
	return false
}

// gerundModifier reports whether token m is a gerund modifying the noun
// after it, inside a noun phrase: "a new [recycling] drive".
func gerundModifier(d *layer.Doc, m, end int) bool {
	if d.POSNames[d.POS[m]] != "VBG" || m+1 >= end {
		return false
	}
	next := d.POSNames[d.POS[m+1]]
	return next == "NN" || next == "NNS"
}

// heldClause reports whether the cue run r, its head at token k with
// complement c, states a view and the proposition held: "some
// officials think the senator is at risk", "both believe that …". A
// belief word heads few of PolNeAR's cues for its occurrences ("think"
// 28 of 350 with a clause: most stand in quotations, "I think …", which
// the annotators leave unmarked), so the head-share test alone loses
// these when the tagger marks them. The head must be a verb, lower-case
// and after no determiner, adjective or noun ("a bleak feel that …",
// "think tanks", the title "They Think It's All Over"); a belief held
// only maybe ("many might think", "fans may well feel"), asked about
// ("Does anyone else think …?") or in a subordinate clause ("when you
// consider that …", "whether the executives knew that …") is no one's
// statement.
func (t *Tagger) heldClause(d *layer.Doc, r Run, k int, c Comp) bool {
	if layer.CueClasses[d.Cue[k].Class] != "belief" || c != CompThat && c != CompClause || d.POS == nil || !isVerb(d, k) {
		return false
	}
	if d.Low[k] != d.Text[d.Toks[k].Start:d.Toks[k].End] {
		return false
	}
	if underModal(d, r, k) {
		return false
	}
	sent := d.Sents[d.Sent[k]]
	if last := sent.Last - 1; last > k && d.Text[d.Toks[last].Start] == '?' {
		return false
	}
	j := r.First - 1
	if j >= sent.First {
		switch d.POSNames[d.POS[j]] {
		case "DT", "JJ", "JJR", "JJS", "NN":
			if j == k-1 && !t.quantifierSubject(d, j) {
				return false
			}
		}
	}
	for j >= sent.First && isNominal(d.POSNames[d.POS[j]]) {
		j--
	}
	if j >= sent.First {
		switch d.POSNames[d.POS[j]] {
		case "WRB", "IN":
			return false
		}
	}
	return true
}

// quantifierSubject reports whether token j is a quantifier standing
// alone as a subject (quantifier-subjects.tsv: "many", "some"): no
// determiner, adjective or noun before it in its sentence ("the many
// think tanks" is a noun phrase).
func (t *Tagger) quantifierSubject(d *layer.Doc, j int) bool {
	if !t.quantifiers.Has(d.Low[j]) {
		return false
	}
	if i := j - 1; i >= d.Sents[d.Sent[j]].First {
		switch d.POSNames[d.POS[i]] {
		case "DT", "JJ", "PRP$", "POS", "NN", "NNS", "NNP":
			return false
		}
	}
	return true
}

// reducedRelative reports whether g's cue is the verb of a relative
// clause without its pronoun, whose object is the noun before the
// clause: "the songs [he] [wrote for] other artists", "the film [she]
// [described] in 2004". Its source is a personal pronoun right after
// a common noun, and a preposition or nothing follows the head: what
// was written or said is that noun, a thing, not a proposition.
func (t *Tagger) reducedRelative(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || d.POS == nil {
		return false
	}
	src := nearest(g.Sources, g.Cue)
	if src.Last-src.First != 1 || src.Last != g.Cue.First || src.First == 0 || d.Sent[src.First-1] != d.Sent[src.First] {
		return false
	}
	if d.POSNames[d.POS[src.First]] != "PRP" || t.pronouns.Field(d.Low[src.First], 0) != "person" && t.pronouns.Field(d.Low[src.First], 0) != "group" {
		return false
	}
	if prev := d.POSNames[d.POS[src.First-1]]; prev != "NN" && prev != "NNS" {
		return false
	}
	if n := d.Toks[src.First-1]; len(d.TimexIn(n.Start, n.End)) > 0 {
		return false // "the day they warned of a strike": a time, not an object
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || !isVerb(d, k) {
		return false
	}
	c := Complement(d, k)
	return c == CompPrep || c == CompEnd
}

// likenessLater reports whether the object after the head word at k is
// broken by an aside between dashes, where Complement stops, and a word
// of likeness ("as") follows in the sentence: "does not view the
// friendly - a region's side - on 28 December as important" holds a
// view ("obj-as"), as "views it as …" does. An example's "such as" is no
// such word; without the aside, "saw Ireland leading as the game
// entered …" is Complement's to read.
func likenessLater(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	j := k + 1
	for j < end && d.POSNames[d.POS[j]] != ":" {
		if isComma(d, j) {
			return false
		}
		j++
	}
	for ; j < end; j++ {
		if layer.IsLikeness(d.Low[j]) && !layer.IsExemplifier(d.Low[j-1]) {
			return true
		}
	}
	return false
}

// likenessAhead reports whether a word of likeness ("as"; not an
// example's "such as") follows the head word at k in its sentence:
// "described his years at Stradey as …" holds a view of them however
// long the object runs.
func likenessAhead(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	for j := k + 2; j < end; j++ {
		if layer.IsLikeness(d.Low[j]) && !layer.IsExemplifier(d.Low[j-1]) {
			return true
		}
	}
	return false
}
