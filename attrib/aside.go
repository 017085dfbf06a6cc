package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// maxAside is the most words a parenthetical aside between commas may
// hold ("however", "for his part"), and maxAsideSubject the most a
// subject before it ("Bath director of rugby Jack Rowell").
const maxCommaAside, maxAsideSubject = 5, 9

// asideSubject gives a sourceless group whose cue follows an aside set
// off by commas the noun phrase that opens the sentence before that
// aside: in "Marsh, however, said the plan had failed" the tagger, cut
// off by the commas, marks no source, and speaker resolution would carry
// the previous speaker over. The aside is a few lower-case words with an
// adverb among them ("however", "meanwhile") or opened by a preposition
// ("in turn", "on the other hand", "in a statement"); the subject a verbless noun phrase from the sentence's start
// (past an opening conjunction or quotation mark) ending in a noun.
func (t *Tagger) asideSubject(d *layer.Doc, g *Group) {
	k := g.Cue.First
	if len(g.Sources) > 0 || d.POS == nil || k < 4 || !isComma(d, k-1) || t.beCue(d, g.Cue) {
		return // "Mr Blair, for his part, is said to be …": said of him, not by him
	}
	comma := asideOpen(d, k-1)
	if comma < 0 {
		return
	}
	first := d.Sents[d.Sent[k]].First
	for first < comma && (d.Toks[first].Kind == token.Quote || d.POSNames[d.POS[first]] == "CC") {
		first++
	}
	if first >= comma || comma-first > maxAsideSubject || !nounHead(d, comma-1) {
		return
	}
	for j := first; j < comma; j++ {
		w := d.Toks[j]
		if w.Kind != token.Word {
			return
		}
		capital := d.Low[j] != d.Text[w.Start:w.End] // "Ms" is no verb, whatever its tag
		if tag := d.POSNames[d.POS[j]]; !capital && strings.HasPrefix(tag, "VB") && tag != "VBN" {
			return // a clause, not a noun phrase ("He paused, however, and said")
		}
	}
	g.Sources = []Run{{Role: 0, First: first, Last: comma}}
}

// asideOpen returns the comma that opens the aside closed by the comma
// at close, or -1 when the words between are no aside.
func asideOpen(d *layer.Doc, close int) int {
	adverb := false
	for j := close - 1; j >= 0 && close-j <= maxCommaAside+1; j-- {
		if isComma(d, j) {
			if adverb && j < close-1 {
				return j
			}
			return -1
		}
		w := d.Toks[j]
		if w.Kind != token.Word || d.Low[j] != d.Text[w.Start:w.End] {
			return -1 // a name or a number: no aside
		}
		tag := d.POSNames[d.POS[j]]
		// an adverb anywhere, or a preposition opening the aside ("on
		// the other hand", "in a statement", "for its part")
		adverb = adverb || strings.HasPrefix(tag, "RB") || tag == "IN" && isComma(d, j-1)
	}
	return -1
}

// beCue reports whether cue run r holds a form of "be" (a `be` row of
// cue-heads.tsv): its subject may be what is said of, not who says.
func (t *Tagger) beCue(d *layer.Doc, r Run) bool {
	for k := r.First; k < r.Last; k++ {
		if t.cueHeads.Field(d.Low[k], 0) == "be" {
			return true
		}
	}
	return false
}

// maxAsTail is the most words between an "As X reported" cue and its
// comma ("on Monday", "just today", "earlier this week").
const maxAsTail = 5

// preposedAs gives "As X reported, …" opening a sentence without a
// content the rest of the sentence after the comma (frame-words
// "as-clause"): what X reported is the main clause the "as" clause
// frames, as with "According to X, …" (preposedAccording).
func (t *Tagger) preposedAs(d *layer.Doc, g *Group) {
	if len(g.Contents) > 0 || len(g.Sources) == 0 || d.POS == nil {
		return
	}
	src := nearest(g.Sources, g.Cue)
	as := src.First - 1
	if as < 0 || src.Last > g.Cue.First || t.frameWords.Field(d.Low[as], 0) != "as-clause" {
		return
	}
	s := d.Sents[d.Sent[as]]
	first := s.First
	for first < as && d.Toks[first].Kind == token.Quote {
		first++
	}
	if as != first {
		return // "… as X reported": the clause before is the content, if any
	}
	comma := g.Cue.Last
	for comma < s.Last && comma-g.Cue.Last <= maxAsTail && !isComma(d, comma) {
		if strings.HasPrefix(d.POSNames[d.POS[comma]], "VB") {
			return
		}
		comma++
	}
	if comma >= s.Last || !isComma(d, comma) {
		return
	}
	restOfSentence(d, g, comma)
}

// impersonal reports whether g's cue is passive with no source ("it was
// announced that …": an expletive "it" as its source or opening the cue
// aside), and
// whether it says something (a cue of speech, denial or assertion: "was
// announced", "was denied") rather than a belief or an expectation ("it
// is thought that …", "is expected": the writer's hedge, no statement).
func (t *Tagger) impersonal(d *layer.Doc, g *Group) (passive, says bool) {
	if len(g.Sources) > 1 || len(g.Sources) == 1 && !expletiveOnly(d, g.Sources[0]) {
		return false, false
	}
	cue := g.Cue
	for cue.First > 0 && t.cueHeads.Field(d.Low[cue.First-1], 0) == "be" {
		cue.First-- // "It is [thought]": the tagger's cue without its "is"
	}
	if cue.Last-cue.First > 1 && layer.IsExpletive(d.Low[cue.First]) {
		cue.First++
	}
	if !t.passiveCue(d, cue) {
		return false, false
	}
	for k := cue.First; k < cue.Last; k++ {
		if c := d.Cue[k].Class; c != 0 && saysSomething(c) {
			return true, true
		}
	}
	return true, false
}

// expletiveOnly reports whether run r is one expletive word ("It is
// thought that …": the tagger's source names no one).
func expletiveOnly(d *layer.Doc, r Run) bool {
	return r.Last-r.First == 1 && layer.IsExpletive(d.Low[r.First])
}
