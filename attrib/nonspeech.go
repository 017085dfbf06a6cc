package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Constructions whose cue word has a saying sense elsewhere but here
// reports nothing (session 11): the writer addressing the reader ("if
// you believe the hype"), a lone participle after a noun or in a
// comparison ("twice the amount expected", "more than forecast"), a
// noun that names a thing unless a complement follows it ("cheap
// telephone calls", not "calls for calm"). The words live in
// cue-contexts.tsv and noun-senses.tsv.

// readerAddressed reports whether g's source is a second-person
// pronoun (cue-contexts `reader`) outside any quotation and transcript:
// "if you believe the hype", "the sort of move you would expect", a
// letter writer's "what you're saying is …" address the reader; the
// article reports no one.
func (t *Tagger) readerAddressed(d *layer.Doc, g *Group) bool {
	k, ok := t.narratorWord(d, g)
	return ok && t.cueContexts.Field(d.Low[k], 0) == "reader"
}

// bareParticiple reports whether g's cue is a past participle standing
// alone — no auxiliary, no object, no clause after it, no agent named —
// right after a comparison's word (cue-contexts `comparison`: "rose
// faster than expected", "as predicted, the river …") or, tagged as a
// participle, right after a common noun with no content before the cue
// ("twice the amount forecast, while …" after a verb; "the men accused
// of fraud are to appear …": a finite verb must follow the phrase of a
// cue-contexts `passive-prep`):
// it compares an outcome with an expectation or describes a noun;
// nobody's statement is reported. "…, the company estimated." keeps
// the clause before it. So does an infinitive after such a participle
// when the sentence's verb follows ("the people alleged to have traded
// songs were sued"), and, after a thing, a cue-contexts `thing-prep`
// ("the big trend predicted for this year is …": the writer's voice).
func (t *Tagger) bareParticiple(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k != g.Cue.First || k == 0 || d.Sent[k-1] != d.Sent[k] {
		return false
	}
	tag := d.POSNames[d.POS[k]]
	if tag != "VBN" && tag != "VBD" {
		return false
	}
	switch Complement(d, k) {
	case CompEnd, CompTo:
	case CompPrep:
		if j := k + 1; j < len(d.Toks) && t.frameWords.Field(d.Low[j], 0) == "agent" {
			return false // "as reported by the BBC": someone is named
		}
	default:
		return false
	}
	if t.cueContexts.Field(d.Low[k-1], 0) == "comparison" {
		return true
	}
	if prev := d.POSNames[d.POS[k-1]]; tag != "VBN" || prev != "NN" && prev != "NNS" && !demonstrativeHead(d, k-1) || !contentAfter(d, g, true) {
		return false
	}
	for _, c := range g.Contents {
		if c.First < g.Cue.First && c.Last > d.Sents[d.Sent[k]].First {
			return false // "…, the company estimated"; a stray content of the sentence before does not count
		}
	}
	switch Complement(d, k) {
	case CompEnd:
		return objectPhrase(d, k-1)
	case CompTo:
		return layer.IsInfinitive(d.Low[k+1]) && verbAfterPhrase(d, k) // "photos [alleged to] be of her appeared in …"
	}
	prep := t.cueContexts.Field(d.Low[k+1], 0)
	return (prep == "passive-prep" || prep == "thing-prep" && t.thingNoun(d, k-1) && !prepositionObject(d, k-1)) && verbAfterPhrase(d, k)
}

// prepositionObject reports whether the noun phrase ending at token k
// is the object of a preposition: in "a report [by] the committee called
// for …" the committee is no subject the participle could describe.
func prepositionObject(d *layer.Doc, k int) bool {
	first := d.Sents[d.Sent[k]].First
	j := k
	for j >= first && (isNominal(d.POSNames[d.POS[j]]) || d.POSNames[d.POS[j]] == "CC") {
		j-- // "the work [and] pensions committee"
	}
	return j >= first && d.POSNames[d.POS[j]] == "IN"
}

// objectPhrase reports whether the noun phrase ending at token k stands
// after a verb of its sentence, not after a subordinating word: in
// "created 337,000 jobs, twice the amount expected, while …" it is the
// verb's; in "As the paper noted, …" it is the subject of a clause.
func objectPhrase(d *layer.Doc, k int) bool {
	first := d.Sents[d.Sent[k]].First
	j := k
	for j >= first && (isNominal(d.POSNames[d.POS[j]]) || isAdverb(d.POSNames[d.POS[j]])) {
		j--
	}
	if j >= first {
		switch d.POSNames[d.POS[j]] {
		case "IN", "WRB", "WDT", "WP":
			return false
		}
	}
	return verbBefore(d, j+1)
}

// verbAfterPhrase reports whether a finite verb follows token k in its
// sentence before any comma, conjunction, relative word or quotation:
// "the men [accused of] selling drugs [are] to appear in court" makes
// the participle a noun's modifier; "the ministers called for calm"
// (the participle a past tense the tagger misread) has none.
func verbAfterPhrase(d *layer.Doc, k int) bool {
	for j := k + 1; j < d.Sents[d.Sent[k]].Last; j++ {
		if d.FiniteVerb(j) {
			return true
		}
		switch d.POSNames[d.POS[j]] {
		case ",", ":", "CC", "WDT", "WP", "WRB":
			return false
		}
		if d.Toks[j].Kind == token.Quote || layer.IsComplementizer(d.Low[j]) {
			return false
		}
	}
	return false
}

// reportsAfterNoun reports whether what follows the noun at token k
// makes it report for a noun-senses `bare-noun` row: a quotation, a
// colon, a complementizer, or one of the row's words ("calls [for]
// calm", "calls [on] ministers to"). Without one the noun names a thing:
// "free telephone calls", "180 million calls a day".
func (t *Tagger) reportsAfterNoun(d *layer.Doc, k int) bool {
	j := k + 1
	if j >= d.Sents[d.Sent[k]].Last {
		return false
	}
	if tk := d.Toks[j]; tk.Kind == token.Quote || tk.Kind == token.Punct && d.Text[tk.Start] == ':' {
		return true
	}
	switch d.POSNames[d.POS[j]] {
	case "PRP", "PRP$":
		return true // "64 percent call him competent": a verb the tagger read as a noun
	}
	if describedByRelative(d, k) {
		return false // "voice calls which are offered by …": the clause describes the calls
	}
	if layer.IsComplementizer(d.Low[j]) {
		return true
	}
	for _, w := range strings.Split(t.nounSenses.Field(d.Low[k], 1), ",") {
		if strings.TrimSpace(w) == d.Low[j] {
			return true
		}
	}
	return false
}

// causalThing reports whether g's cue is a verb of cause (act-objects
// `cause-verb`: "explain"; "cast doubt" in any tense, an `any-tense`
// row) in the simple present with a bare object
// and, for its subject, a
// thing: a common noun naming no person (roles.tsv, person-nouns.tsv).
// "This growing habit explains the rise of …", "changes to the figures
// partly explain the jump" give a cause, nobody's statement; "the
// minister explained her reasons" is left to the other rules, and so
// is an inverted "…, explained the spokesman". A verb of consequence
// (`consequence-verb`: "mean") with a thing for its subject gives a
// consequence whatever follows it: "higher speeds meant that everything
// happened faster" (BBC readers, session 13); "the minister meant that
// …" is left alone.
func (t *Tagger) causalThing(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || d.POS == nil {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 {
		return false
	}
	verb := d.Cue[k].Lemma
	if verb == "" {
		verb = d.Low[k] // "cast doubt on": the head is no lexicon word, the row is the form's
	}
	switch t.actObjects.Field(verb, 0) {
	case "consequence-verb": // "higher speeds meant that …": any complement, any tense
	case "cause-verb":
		if Complement(d, k) != CompObj {
			return false
		}
		if tag := d.POSNames[d.POS[k]]; tag != "VBZ" && tag != "VBP" && t.actObjects.Field(verb, 1) != "any-tense" {
			return false // a cause holds in the present; "explained the reason", "has done nothing to explain this" report acts
		}
	default:
		return false
	}
	src := nearest(g.Sources, g.Cue)
	head := subjectHead(d, src)
	if src.Last > g.Cue.First || head < 0 {
		return false
	}
	return t.thingNoun(d, head) && d.Cue[head].Class == 0 // a lexicon noun speaks: "media reports have cast doubt on …"
}

// thingNoun reports whether token m is a common noun naming no person
// (roles.tsv, person-nouns.tsv, a plural by its singular): "trend",
// "chart", not "Varn", "he", "minister", "ministers".
func (t *Tagger) thingNoun(d *layer.Doc, m int) bool {
	if tag := d.POSNames[d.POS[m]]; tag != "NN" && tag != "NNS" {
		return false
	}
	w := d.Low[m]
	if t.personNouns.Has(w) || t.roles.Field(w, 0) != "" {
		return false
	}
	one := strings.TrimSuffix(w, "s") // "ministers", "officials": the tables list the singular
	return one == w || !t.personNouns.Has(one) && t.roles.Field(one, 0) == ""
}

// futureDisplay reports whether g's cue is a display verb (act-objects
// `display-verb`: "show", "reveal") in the future (a cue-contexts
// `future` word between its source and its head) with a thing before it for
// its subject, a common noun naming no person: "next week's chart will
// reveal who …", "the tests will show whether …" tell of a showing to
// come, and nothing is shown yet. "The minister will reveal …" and
// "Ilsa Varn will show that …" are left to the other rules.
func (t *Tagger) futureDisplay(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || t.actObjects.Field(d.Cue[k].Lemma, 0) != "display-verb" {
		return false
	}
	subjectEnd := g.Cue.First // no source yet (package speaker finds it): the words right before the cue
	if len(g.Sources) > 0 {
		subjectEnd = nearest(g.Sources, g.Cue).Last
	}
	if subjectEnd > g.Cue.First || subjectEnd == 0 || d.Sent[subjectEnd-1] != d.Sent[k] || !t.thingNoun(d, subjectEnd-1) {
		return false
	}
	for j := subjectEnd; j < k; j++ { // the modal may stand outside the cue's run
		if t.cueContexts.Field(d.Low[j], 0) == "future" {
			return true
		}
	}
	return false
}

// nounParticiple reports whether g's cue is a present participle that
// the cue lexicon does not know right after its source, a noun with no comma between, and holds no
// proposition (no clause, quotation or "that" after it): "game fans
// [looking for] a bit of variety", "firms [touting] programs that …",
// "the hearing [regarding] his reaction" describe the noun. A verb of
// saying reports ("reports saying he has left"), and so does any word
// with a clause ("recent polls suggesting people would rather …").
func (t *Tagger) nounParticiple(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || d.POS == nil {
		return false
	}
	src := nearest(g.Sources, g.Cue)
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k != g.Cue.First || src.Last != k || d.POSNames[d.POS[k]] != "VBG" || d.Cue[k].Class != 0 {
		return false
	}
	switch d.POSNames[d.POS[src.Last-1]] {
	case "NN", "NNS", "NNP", "NNPS":
	default:
		return false
	}
	return !proposition(Complement(d, k)) && Complement(d, k) != CompWh
}

// topicOnly reports whether g's cue is a noun before a preposition of
// topic (cue-contexts `topic`: "fears [about]", "criticism [of]") and its
// contents hold no clause and no quotation: "fuelling fears about the
// economy", "the FAO report on commodity markets", "has raised concerns
// about the law", the headline "Fears raised over ballet future" name a
// topic; no proposition is stated ("raised questions about whether …"
// and "raised concerns that …" still report).
func (t *Tagger) topicOnly(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(g.Contents) == 0 || g.Cue.Last-g.Cue.First < 2 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	last := g.Cue.Last - 1
	if k < 0 || t.cueContexts.Field(d.Low[last], 0) != "topic" || !t.topicNoun(d, g, k, last-1) {
		return false
	}
	for _, c := range g.Contents {
		if quoted(d, c) || finiteVerbIn(d, []Run{c}) {
			return false
		}
	}
	return true
}

// topicNoun reports whether the word n before the topic preposition is
// a common noun the cue is about: the cue's head itself ("fears
// [about]"), the object of a head verb of raising (act-objects
// `topic-verb`: "raised [concerns] about"; "expressed misgivings about
// Mrs Clinton", which PolNeAR marks, is left alone), or,
// in a headline, a verb of raising with no object that opens the cue
// right after a common noun for its source: passive ("[Fears] raised
// over …"). Adjectives may stand between the verb and its noun ("made
// [controversial] remarks about": session 17).
func (t *Tagger) topicNoun(d *layer.Doc, g *Group, k, n int) bool {
	common := func(m int) bool {
		tag := d.POSNames[d.POS[m]]
		return tag == "NN" || tag == "NNS"
	}
	lemma := d.Cue[k].Lemma
	if lemma == "" {
		lemma = t.HeadLemma(d, g.Cue) // "raised" is no lexicon word
	}
	raising := t.actObjects.Field(lemma, 0) == "topic-verb"
	switch {
	case k == n && common(n):
		return true
	case k == n && len(g.Sources) > 0:
		// a transitive verb of raising with no object is passive: "Fears raised over …"
		src := nearest(g.Sources, g.Cue)
		return raising && k == g.Cue.First && k > 0 && src.Last == k && common(k-1)
	case k == n-1:
		return common(n) && isVerb(d, k) && raising
	case k < n-1 && modifiersOnly(d, k+1, n):
		return common(n) && isVerb(d, k) && raising // "made controversial remarks about"
	}
	return false
}

// nounModifier reports whether token k, whatever its tag, modifies the
// common noun after it, with no subject before it: "However, [call]
// centres also saw …", "the [call] charges"; in "firms call people" a
// noun before makes it a verb.
func nounModifier(d *layer.Doc, k int) bool {
	sent := d.Sents[d.Sent[k]]
	if k+1 >= sent.Last {
		return false
	}
	if next := d.POSNames[d.POS[k+1]]; next != "NN" && next != "NNS" {
		return false
	}
	if k == sent.First {
		return true
	}
	switch d.POSNames[d.POS[k-1]] {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "MD", "TO", "RB":
		return false // a subject, a modal, an infinitive, an adverb: "some erroneously call"
	}
	return true
}

// conditionalCue reports whether g's clause is a condition: a
// conditional word (cue-contexts `condition`: "if", "unless") right
// before its source, or before its cue when it has none, and no
// concessive word (`concessive`: "even") before that — "if she repeats
// that in Madrid", "If the council agrees on the draft, it will …", "If
// confirmed, that would be …" — or a counterfactual's inverted auxiliary
// (`counterfactual`: "had") right before the source of a past
// participle with no auxiliary of its own ("it would have been longer
// had he denied the charge"; not "had many critics thinking"):
// nothing has been said. "even if the coach admitted the pitch was poor"
// grants that he did, and is left alone.
func (t *Tagger) conditionalCue(d *layer.Doc, g *Group) bool {
	start := g.Cue.First
	if len(g.Sources) > 0 {
		if src := nearest(g.Sources, g.Cue); src.Last <= g.Cue.First {
			start = src.First
		}
	}
	j := start - 1
	if j < 0 || d.Sent[j] != d.Sent[g.Cue.First] {
		return false
	}
	switch t.cueContexts.Field(d.Low[j], 0) {
	case "condition":
		return j == 0 || d.Sent[j-1] != d.Sent[j] || t.cueContexts.Field(d.Low[j-1], 0) != "concessive"
	case "counterfactual":
		k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
		if start == g.Cue.First || k != g.Cue.First || d.POS == nil {
			return false
		}
		tag := d.POSNames[d.POS[k]]
		return tag == "VBN" || tag == "VBD" // the tagger reads "had he [denied]" as a past; not "had critics [thinking]"
	}
	return false
}

// modifiersOnly reports whether tokens [first, last) are adjectives,
// determiners or adverbs only: what may stand between a verb and the
// noun of its object.
func modifiersOnly(d *layer.Doc, first, last int) bool {
	for j := first; j < last; j++ {
		switch d.POSNames[d.POS[j]] {
		case "JJ", "JJR", "JJS", "DT", "RB", "PRP$":
		default:
			return false
		}
	}
	return true
}
