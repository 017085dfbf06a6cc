package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A condition before the reported clause: "Ada Rusk warned unless the
// pier is repaired, the ferry will stop" reports "unless the pier is
// repaired, the ferry will stop"; the tagger may end the cue on the
// conjunction.

// maxClauseAside bounds the tokens read for the comma that closes a
// condition.
const maxClauseAside = 20

// conditionThenClause reports whether the word at token j ("unless",
// "if") opens a condition that a comma closes before a clause of its
// own: a noun phrase and a finite verb right after the comma.
func conditionThenClause(d *layer.Doc, j, end int) bool {
	if d.POS == nil {
		return false
	}
	for p := j + 2; p < end && p < j+maxClauseAside; p++ {
		if d.Toks[p].Kind == token.Quote {
			return false
		}
		if isComma(d, p) {
			return clauseAt(d, p+1, end) // "300 jobs will": a number is no word token
		}
	}
	return false
}

// conditionOutOfCue gives the content of g back the subordinating word
// that the tagger ended g's cue on when it opens a condition before the
// reported clause: "[warned unless] the pier is repaired, the ferry
// will stop" is cue "warned", content "unless the pier is repaired, the
// ferry will stop". A preposition with its object ("warned of the
// risks") has no verb before its comma and stays.
func conditionOutOfCue(d *layer.Doc, g *Group) {
	k := g.Cue.Last - 1
	if d.POS == nil || k <= g.Cue.First || d.POSNames[d.POS[k]] != "IN" || len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[0]
	if c.First != g.Cue.Last {
		return
	}
	if !clauseAt(d, k+1, d.Sents[d.Sent[k]].Last) || !conditionThenClause(d, k, d.Sents[d.Sent[k]].Last) {
		return
	}
	g.Cue.Last, c.First = k, k
}

// clauseAt reports whether a clause opens at token j: a noun phrase
// and its finite verb ("the pier is"), not a preposition's object ("for
// decades that …", "against the interests of …").
func clauseAt(d *layer.Doc, j, end int) bool {
	q := j
	for q < end && q < j+maxObject && isNominal(d.POSNames[d.POS[q]]) {
		q++
	}
	return q > j && q < end && d.FiniteVerb(q)
}
