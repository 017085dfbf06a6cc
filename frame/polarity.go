package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Polarity returns the polarity of g's statement and what made it deny
// (claimtrail.PolarityByCue, PolarityByContent; "" for affirm): deny for
// a denial cue ("denied") or a negated one ("has never admitted"), but
// not for a denial denied ("did not deny"), or a refusal to hold the
// content true ("refused to accept that …", refusesBelief); deny when every main
// assertion of the content is negated (contentDenies); else affirm.
func (r *Reader) Polarity(d *layer.Doc, g *attrib.Group) (polarity, by string) {
	denial := d.CueClass(g.Cue.First, g.Cue.Last) == "deny" || r.denialPhrase(d, g.Cue.First, g.Cue.Last)
	if denial != r.negatesIn(d, g.Cue.First, g.Cue.Last) || r.refusesBelief(d, g) {
		return claimtrail.Deny, claimtrail.PolarityByCue
	}
	if r.contentDenies(d, g.Reported()) { // a continuation adds to what was said, not to what the cue reports
		return claimtrail.Deny, claimtrail.PolarityByContent
	}
	return claimtrail.Affirm, ""
}

// contentDenies reports whether contents deny what they say: whether
// each main assertion in them is negated, as the audit rubric reads a
// statement (docs/evaluation.md, s9-polarity). A main assertion is a
// sentence's main clause, or a clause joined to it by "but" or by "and"
// with a verb of its own; a question asserts nothing, nor does a bare
// imperative beside an assertion ("Let's be honest - …"). "We did not sell
// it. We gave it away" and "X offers A and does not drain B" affirm;
// "That is false and does not hold" denies. Two readings of a speaker's
// point come first: a contrast ("but", "yet") makes what came before it
// a concession ("We have a deal with them. But we are not arming
// them" denies), and a verdict of falsity denies whatever else the
// content says ("That is nonsense. He left of his own accord").
func (r *Reader) contentDenies(d *layer.Doc, contents []attrib.Run) bool {
	var t tally
	continues := false
	for _, c := range contents {
		for first := c.First; first < c.Last; {
			last := r.sentenceEnd(d, first, c.Last)
			if !r.asks(d, first, last) {
				r.assertions(d, first, last, continues, &t)
			}
			first, continues = last, false
		}
		continues = !r.endsSentence(d, c.First, c.Last)
	}
	return t.denies()
}

// tally counts a content's main assertions and the negated ones, apart
// for sentences with a finite verb of their own ([1]) and without ([0]).
// A sentence without one asserts only when no sentence has one ("no
// plans to sell"): beside sentences with verbs it is a heading or the
// reporter's words a content took in ("Rhetoric and delivery don't go
// hand in hand … alongside his report …").
type tally struct {
	asserted, negated [3]int // [2]: bare imperatives, which count when nothing else is said ("Let's not sell it")
	verdict           bool   // a main assertion calls something untrue
}

func (t *tally) denies() bool {
	if t.verdict {
		return true
	}
	v := 1
	for v >= 0 && t.asserted[v] == 0 {
		v--
	}
	if v < 0 {
		v = 2
	}
	return t.asserted[v] > 0 && t.negated[v] == t.asserted[v]
}

// endsSentence reports whether tokens [first, last) end with a
// sentence-end mark, quotation marks aside: a content run after one that
// does not continues its sentence ("We will not raise taxes," she said,
// "this year or next.").
func (r *Reader) endsSentence(d *layer.Doc, first, last int) bool {
	for k := last - 1; k >= first; k-- {
		if d.Toks[k].Kind != token.Quote {
			return r.clauseRole(d.Low[k], "sentence-end")
		}
	}
	return false
}

// sentenceEnd returns the end of the sentence that starts at token first
// of a content ending at end: past its first sentence-end mark.
func (r *Reader) sentenceEnd(d *layer.Doc, first, end int) int {
	for k := first; k < end; k++ {
		if r.clauseRole(d.Low[k], "sentence-end") {
			return k + 1
		}
	}
	return end
}

// asks reports whether tokens [first, last) are a question: its last
// mark before any quotation mark is a question mark.
func (r *Reader) asks(d *layer.Doc, first, last int) bool {
	for k := last - 1; k >= first; k-- {
		if d.Toks[k].Kind != token.Quote {
			return d.Low[k] == "?"
		}
	}
	return false
}

// assertions counts in t the main assertions the sentence [first, last)
// makes and the negated ones; one opening with a contrast word ("but")
// makes those counted before it a concession: they count no more. The
// words continuing a sentence of an earlier content run ("…," she said,
// "this year or next") assert nothing of their own until a finite verb.
func (r *Reader) assertions(d *layer.Doc, first, last int, continues bool, t *tally) {
	r.markClauses(d, first, last)
	v := 0
	if r.hasVerb(d, first, last, first) {
		v = 1
	}
	if w := firstWord(d, first, last); w >= 0 && r.contrasts(d.Low[w]) {
		// "We have a deal with them. But we are not arming them": the
		// sentences before make a concession; the contrast is the point
		t.asserted, t.negated = [3]int{}, [3]int{}
	}
	for s := first; s < last; {
		e := r.segmentEnd(d, s, first, last)
		if continues && !r.hasVerb(d, s, e, first) {
			s = e
			continue
		}
		continues = false
		if hasWord(d, s, e) {
			negated, verdict := r.clauseNegated(d, s, e, first, 0)
			k := v
			if r.imperative(d, s, e, first) {
				k = 2 // "Let's be honest - …": counted only when nothing else is said
			}
			t.asserted[k]++
			if negated {
				t.negated[k]++
			}
			t.verdict = t.verdict || verdict && k < 2
		}
		s = e
	}
}

// imperative reports whether the main assertion [s, e) of the sentence
// starting at first is a bare imperative: it opens, past a coordinator,
// with a verb's base form and holds no finite verb outside subordinate
// clauses ("Let's be honest - the vote is not …", "Let us be clear."). It
// asks or urges and asserts nothing, as a question does.
func (r *Reader) imperative(d *layer.Doc, s, e, first int) bool {
	w := firstWord(d, s, e)
	if w >= 0 && r.coordinates(d.Low[w]) {
		w = firstWord(d, w+1, e)
	}
	return w >= 0 && tag(d, w) == "VB" && !r.hasVerb(d, w, e, first)
}

// firstWord returns the first word token of [s, e), -1 when none.
func firstWord(d *layer.Doc, s, e int) int {
	for k := s; k < e; k++ {
		if d.Toks[k].Kind == token.Word {
			return k
		}
	}
	return -1
}

// segmentEnd returns where the main assertion starting at token s of the
// sentence [first, last) ends: at a "but" or "yet" outside a subordinate
// clause, or at a coordinator ("and", a dash) that a finite verb follows
// before the next comma ("… and does not drain").
func (r *Reader) segmentEnd(d *layer.Doc, s, first, last int) int {
	for j := s + 1; j < last; j++ {
		if r.sub[j-first] {
			continue
		}
		if r.contrasts(d.Low[j]) && r.opensClause(d, j, first, last) || r.coordinates(d.Low[j]) && r.verbFollows(d, j+1, first, last) {
			return j
		}
	}
	return last
}

// verbFollows reports whether a finite verb outside a subordinate clause
// follows token j of the sentence [first, last) before a comma or the
// next coordinator.
func (r *Reader) verbFollows(d *layer.Doc, j, first, last int) bool {
	for ; j < last; j++ {
		w := d.Low[j]
		switch {
		case r.sub[j-first]:
		case w == "," || r.contrasts(w) || r.coordinates(w):
			return false
		case d.FiniteVerb(j):
			return true
		}
	}
	return false
}

// opensClause reports whether the contrast word at j of the sentence
// [first, last) opens words of their own: not after a negation ("not
// yet"), nor at the sentence's end ("have been made yet"); quotation
// marks aside.
func (r *Reader) opensClause(d *layer.Doc, j, first, last int) bool {
	n := j + 1
	for n < last && d.Toks[n].Kind == token.Quote {
		n++
	}
	return j > first && !r.negations.Has(d.Low[j-1]) && n < last && d.Toks[n].Kind == token.Word
}

// contrasts reports whether w ends one main clause and opens another
// whatever follows ("but", "yet": scope-end words that open no
// subordinate clause).
func (r *Reader) contrasts(w string) bool {
	role := r.clauses.Field(w, 0)
	return strings.Contains(role, "scope-end") && !strings.Contains(role, "subordinate")
}

// coordinates reports whether w may join two main clauses (table
// polarity-words: coordinator).
func (r *Reader) coordinates(w string) bool { return r.wordRole(w, "coordinator") }

// denialPhrase reports whether tokens [first, last) of a cue hold a verb
// and particle that deny or belittle what follows (polarity-words:
// denial; "has played down claims that …", "has ruled out amending the
// law") where the cue tables give the head no denial class: the tagger's
// cue words stay as they are, and the particle, not the verb, makes it a
// denial ("played a part" is none). A cue with a negation in it denies
// nothing ("has not ruled out other means"): negates cancels a negation
// only before a cue of class deny, so the phrase yields to it here.
func (r *Reader) denialPhrase(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if r.negations.Field(d.Low[k], 0) == "not" {
			return false
		}
	}
	var buf [64]byte
	for k := first; k+1 < last; k++ {
		phrase := append(append(append(buf[:0], d.Low[k]...), ' '), d.Low[k+1]...)
		if r.wordRole(string(phrase), "denial") {
			return true
		}
	}
	return false
}

func (r *Reader) wordRole(w, role string) bool {
	return strings.Contains(r.polWords.Field(w, 0), role)
}

func (r *Reader) clauseRole(w, role string) bool {
	return strings.Contains(r.clauses.Field(w, 0), role)
}

func hasWord(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if d.Toks[k].Kind == token.Word {
			return true
		}
	}
	return false
}

// hasVerb reports whether a finite verb outside subordinate clauses
// stands in tokens [s, e) of the sentence starting at first.
func (r *Reader) hasVerb(d *layer.Doc, s, e, first int) bool {
	for k := s; k < e; k++ {
		if !r.sub[k-first] && d.FiniteVerb(k) {
			return true
		}
	}
	return false
}

// refusesBelief reports whether g's cue refuses to accept, believe or
// admit what its first content says (polarity-words: refusal,
// refused-belief): in "refused to accept that the war had hurt sales" or
// "refuses to believe he lied" the speaker holds the clause untrue. The
// infinitive may stand in the cue or open the content; a clause must
// follow it ("that", or a subject and a finite verb), so "refused to
// accept the offer" is left alone, and a negated refusal ("did not
// refuse to accept …") too.
func (r *Reader) refusesBelief(d *layer.Doc, g *attrib.Group) bool {
	if len(g.Contents) == 0 || r.negatesIn(d, g.Cue.First, g.Cue.Last) {
		return false
	}
	c := g.Contents[0]
	for k := g.Cue.First; k < g.Cue.Last; k++ {
		if !r.wordRole(d.Low[k], "refusal") || k+3 >= len(d.Toks) || !layer.IsInfinitive(d.Low[k+1]) ||
			!r.wordRole(d.Low[k+2], "refused-belief") {
			continue
		}
		v := k + 3
		if v != c.First && (c.First > k+1 || v >= c.Last) {
			return false // the clause is not the content's
		}
		m := objectEnd(d, v, c.Last)
		return layer.IsComplementizer(d.Low[v]) || m > v && m < c.Last && d.FiniteVerb(m)
	}
	return false
}
