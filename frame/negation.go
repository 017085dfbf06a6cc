package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// negates reports whether token k, in words ending at end, is a
// negation or falsity word (table negations) that negates something:
// not one opening a phrase of negation-exceptions ("not only", "no
// doubt"), nor a falsity word used as a verb ("the answer lies in …"),
// before a noun ("ordered false entries") or other than as a predicate
// or a sentence of its own (predicate).
func (r *Reader) negates(d *layer.Doc, end, k int) bool {
	w := d.Low[k]
	kind := r.negations.Field(w, 0)
	switch {
	case kind == "":
		return false
	case kind == "false" && strings.HasPrefix(tag(d, k), "VB"):
		return false
	case kind == "false" && k+1 < end && strings.HasPrefix(tag(d, k+1), "NN"):
		return false // "false accounting entries": a kind of thing, no verdict
	case kind == "false" && !r.predicate(d, k):
		return false // "would avoid lies and spin": an object, no verdict
	case k+1 < end && r.exception(w, d.Low[k+1]):
		return false
	case k+2 < end && r.exception(w, d.Low[k+1]+" "+d.Low[k+2]):
		return false // an idiom of caution: "taking nothing for granted"
	case kind == "not" && r.prepositionObject(d, end, k):
		return false
	}
	return true
}

// prepositionObject reports whether the negation at k, in words ending
// at end, opens the object of a preposition, adverbs and quotation marks
// between aside: it negates that object, not the clause ("went from $17bn
// to virtually nothing" is no denial, nor "a scheme with no aim", "blamed
// for not acting", "the advantage of not needing a box"). Prepositions of
// polarity-words role object-preposition take a noun phrase or a gerund;
// those of role gerund-preposition a gerund only ("is by no means
// certain", "of no use" stay negations).
func (r *Reader) prepositionObject(d *layer.Doc, end, k int) bool {
	j := k - 1
	for j >= 0 && (d.Toks[j].Kind == token.Quote || tag(d, j) == "RB") {
		j--
	}
	if j < 0 || d.Toks[j].Kind != token.Word {
		return false
	}
	gerund := k+1 < end && tag(d, k+1) == "VBG" && (d.Low[k] == "not" || d.Low[k] == "n't")
	if r.wordRole(d.Low[j], "gerund-preposition") {
		return gerund
	}
	return r.wordRole(d.Low[j], "object-preposition") && (gerund || d.Low[k] != "not" && d.Low[k] != "n't")
}

// predicate reports whether the word at k is a predicate after a copula
// ("was groundless", "is complete nonsense", "were 'wholly unfounded'")
// or opens its words ("Nonsense."): determiners, adjectives, adverbs and
// quotation marks aside.
func (r *Reader) predicate(d *layer.Doc, k int) bool {
	j := k - 1
	for ; j >= 0; j-- {
		t := tag(d, j)
		if !(d.Toks[j].Kind == token.Quote || t == "RB" || t == "DT" || strings.HasPrefix(t, "JJ") || t == "PRP$") {
			break
		}
	}
	return j < 0 || d.Toks[j].Kind != token.Word || r.wordRole(d.Low[j], "copula")
}

// exception reports whether the negation w before word next (or the
// two words next) is a phrase of negation-exceptions.
func (r *Reader) exception(w, next string) bool {
	var buf [64]byte
	return r.notNegating.Has(string(append(append(append(buf[:0], w...), ' '), next...)))
}

// negatesIn reports whether a negation that negates something stands in
// tokens [first, last).
func (r *Reader) negatesIn(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if r.negates(d, last, k) {
			return true
		}
	}
	return false
}

// cancelled reports whether the negation at k of the assertion [s, e)
// asserts after all: it negates a denial or a negative word past
// auxiliaries and adverbs ("could not rule out", "has not been ruled
// out", "did not deny", "not unlikely": a denial cue, or a phrase of
// negation-exceptions), it meets another negation within three words
// ("no reason not to"), it negates a gerund before the main verb (a
// subject: "not holding it would be …"), it negates an infinitive, the
// subject's or a complement's, where the assertion has a finite verb
// ("not to publish would …", "it is sad not to see more"; not "is not
// to blame", nor "[urged] voters not to go", all the assertion says),
// it negates a judgement of an act (stance-clauses role judgement before
// an infinitive: "it is not wrong to say so"), or it opens a contrast after a
// comma with no verb of its own ("treat them as equals, and not as
// tools").
func (r *Reader) cancelled(d *layer.Doc, k, s, e, verb int) bool {
	if r.negations.Field(d.Low[k], 0) != "not" {
		return false
	}
	h := k + 1
	for h < e && (r.wordRole(d.Low[h], "auxiliary") || tag(d, h) == "RB") {
		h++
	}
	if h < e && (layer.CueClasses[d.Cue[h].Class] == "deny" || r.exception(d.Low[k], d.Low[h])) {
		return true
	}
	if h+1 < e && r.clauseRole(d.Low[h], "judgement") && r.clauseRole(d.Low[h+1], "infinitive") {
		return true // "it's not racist to impose limits": the judgement is negated, the act defended
	}
	if h < e && k < verb && tag(d, h) == "VBG" {
		return true // "not holding the awards would be …": it negates the subject only
	}
	if verb >= 0 && k+1 < e && tag(d, k) == "RB" && tag(d, k+1) == "TO" && (k < verb && subjectUpTo(d, k, verb) || k > verb && !r.afterVerbGroup(d, k, s)) {
		return true // "disappointing not to have more", "not to publish would …": an infinitive only
	}
	return r.doubleNegation(d, k, s, e) || r.contrast(d, k, s, e)
}

// subjectUpTo reports whether the words from the negation at k to the
// main verb at verb can be a subject: no comma and no question word
// between ("not to publish it would …"; not "not to have a memorial
// where he lived", a relative clause's verb).
func subjectUpTo(d *layer.Doc, k, verb int) bool {
	for j := k + 1; j < verb; j++ {
		if t := tag(d, j); d.Low[j] == "," || t == "WP" || t == "WRB" || t == "WDT" {
			return false
		}
	}
	return true
}

// afterVerbGroup reports whether the negation at k of the assertion
// starting at s follows a copula, a modal or an auxiliary ("is not to
// blame", "will never"), adverbs aside: it negates the clause's verb,
// not only an infinitive ("decided not to sell").
func (r *Reader) afterVerbGroup(d *layer.Doc, k, s int) bool {
	j := k - 1
	for j > s && tag(d, j) == "RB" {
		j--
	}
	return j >= s && (tag(d, j) == "MD" || r.wordRole(d.Low[j], "copula") || r.wordRole(d.Low[j], "auxiliary"))
}

// negatingPhrase reports whether a phrase of polarity-words of role
// negating opens at k, in words ending at end, after a copula and before
// what it rules out, a participle, an adjective or an adverb ("was far
// from being a failure", "is far from clear"; not "lives far from the
// port").
func (r *Reader) negatingPhrase(d *layer.Doc, k, s, end int) bool {
	if k+2 >= end || !r.afterCopula(d, k, s) {
		return false
	}
	var buf [64]byte
	if !r.wordRole(string(append(append(append(buf[:0], d.Low[k]...), ' '), d.Low[k+1]...)), "negating") {
		return false
	}
	t := tag(d, k+2)
	return t == "VBG" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "RB")
}

// doubleNegation reports whether another negation stands within three
// words of the one at k, with no punctuation or coordinator between
// ("no reason not to"); "neither … nor" and "not … nor" are no pair
// ("nor" is an alternative of stance-clauses).
func (r *Reader) doubleNegation(d *layer.Doc, k, s, e int) bool {
	stop := func(j int) bool {
		w := d.Low[j]
		return d.Toks[j].Kind == token.Punct || r.coordinates(w) || r.clauseRole(w, "alternative")
	}
	for j := k + 1; j < min(e, k+4) && !stop(j); j++ {
		if r.negations.Field(d.Low[j], 0) == "not" {
			return true
		}
	}
	for j := k - 1; j >= max(s, k-3) && !stop(j); j-- {
		if r.negations.Field(d.Low[j], 0) == "not" {
			return true
		}
	}
	return false
}

// contrast reports whether the negation at k opens a contrast: it
// follows a coordinator ("and not", ", but not"), a comma or a dash,
// adverbs aside, and no finite verb follows it before the next
// comma or the end of the assertion [s, e) ("human beings, and not
// robots", "small storage - certainly nothing to rival …" affirm the
// first).
func (r *Reader) contrast(d *layer.Doc, k, s, e int) bool {
	p := k - 1
	for p > s && tag(d, p) == "RB" {
		p--
	}
	switch {
	case p > s && d.Toks[p].Kind == token.Word && (r.coordinates(d.Low[p]) || r.contrasts(d.Low[p])):
		// "interested in governing and not a soap opera", ", but not"
	case p < s || d.Low[p] != "," && !(d.Toks[p].Kind != token.Word && r.coordinates(d.Low[p])):
		return false
	}
	for j := k + 1; j < e && d.Low[j] != ","; j++ {
		if d.FiniteVerb(j) {
			return false
		}
	}
	return true
}
