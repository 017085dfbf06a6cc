package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Sayings the source asks of someone else, and names given in passing
// (session 17 round 2, issue 14: the BBC readers' "should not exist").
// In "Councillor Brell challenged the mayor to deny that she sold the
// pier" the denial is the mayor's and not made yet: the councillor's
// challenge states nothing the article reports as said. In "one form of
// spyware called adware has the ability to …" the participle names the
// thing the sentence is about; nobody calls anything.

// biddenSaying reports whether g's cue run is a verb, a person for its
// object and "to" before the verb of saying that heads it (cueHead):
// "challenged Mr Brown to deny", "urged the minister to explain",
// "asked him to confirm" bid another to say something. The object must
// name a person (a proper name, a personal pronoun, a person noun or a
// role): "went on television to say", "took the chance to deny" and "had
// the gall to deny" are the source's own saying.
func (t *Tagger) biddenSaying(d *layer.Doc, g *Group) bool {
	r := g.Cue
	k, _ := t.cueHead(d, r.First, r.Last)
	if d.POS == nil || k < r.First+3 || d.POSNames[d.POS[k-1]] != "TO" {
		return false
	}
	v := r.First
	for v < k && (d.Toks[v].Kind != token.Word || t.cueHeads.Field(d.Low[v], 0) == "skip" || t.cueHeads.Field(d.Low[v], 0) == "be" || isAdverb(d.POSNames[d.POS[v]])) {
		v++ // "has [challenged]", "also [urged]"
	}
	if v+2 >= k || !isVerb(d, v) || saysSomething(d.Cue[v].Class) {
		return false // "said to deny": the source's verb is its own saying
	}
	for j := v + 1; j < k-1; j++ {
		if !isNominal(d.POSNames[d.POS[j]]) && d.POSNames[d.POS[j]] != "PRP" {
			return false // "went [on] television to say": a preposition, no object
		}
	}
	return t.personWord(d, v+1) || t.personWord(d, k-2) // "Mr [Brown]", "[him]", "the [minister]"
}

// namedBeforeVerb reports whether the naming participle at token k
// (act-objects `naming`), right after a common noun, names a thing with
// a short phrase — an indefinite article at most, then one or two nouns
// or adjectives — that a finite verb follows: "one form of spyware
// called adware has …", "a breed called the dornmoor gives …" describe
// the noun. "The mayor called the plan a disaster" (two phrases, no
// verb) and "he called …" (a pronoun's verb) are left to report.
func (t *Tagger) namedBeforeVerb(d *layer.Doc, src Run, k int) bool {
	if tag := d.POSNames[d.POS[src.Last-1]]; tag != "NN" && tag != "NNS" || t.pronouns.Has(d.Low[src.First]) {
		return false
	}
	end := d.Sents[d.Sent[k]].Last
	j := k + 1
	if j < end && layer.IsArticle(d.Low[j]) && !layer.IsDefinite(d.Low[j]) {
		j++ // "called a worm"
	}
	words := 0
	for ; j < end && words <= 2; j++ {
		tag := d.POSNames[d.POS[j]]
		if !isNominal(tag) || layer.IsArticle(d.Low[j]) || tag == "PRP" || tag == "PRP$" {
			break
		}
		words++
	}
	return words > 0 && words <= 2 && j < end && d.FiniteVerb(j)
}
