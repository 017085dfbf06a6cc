package frame

import (
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// stopAtDashContrast ends content c, which follows its cue, before a
// dash outside quotation marks that opens a contrast (a contrast word of
// stance-clauses.tsv: "but", "yet") with a clause of its own: a subject
// and its finite verb, or a finite verb first (a question: "… - but does
// that sum up the mood …?"). News style sets the reporter's own turn off
// by a dash ("refused to entertain the idea of naming rights - but the
// realism of Arsenal's deal has changed the landscape", "feels he has
// some big jumps inside him - but then Phillips always has"). A
// contrast of the speaker's goes on in a quotation, after "that" or in
// a phrase with no clause ("- but only if it was properly planned", "-
// but that she resisted …", "- but not for British suspects"): it stays.
func (r *Reader) stopAtDashContrast(d *layer.Doc, c *attrib.Run) {
	for k := c.First + 1; k+2 < c.Last; k++ {
		if d.Quote[k] >= 0 || !isBreak(d, k) || isComma(d, k) || !r.contrasts(d.Low[k+1]) {
			continue
		}
		if clauseOfItsOwn(d, k+2, c.Last) {
			c.Last = k
			return
		}
	}
}

// clauseOfItsOwn reports whether tokens [j, end) open a clause, adverbs
// before it allowed, with no quotation mark in them: a finite verb
// first, or a noun phrase (its prepositional phrases too) and its
// finite verb (adverbs between); not
// "that" or a relative word, which the contrast's clause hangs on.
func clauseOfItsOwn(d *layer.Doc, j, end int) bool {
	for k := j; k < end; k++ {
		if d.Toks[k].Kind == token.Quote {
			return false
		}
	}
	for j < end && d.POSNames[d.POS[j]] == "RB" {
		j++
	}
	if j >= end || layer.IsComplementizer(d.Low[j]) || layer.IsRelative(d.Low[j]) {
		return false
	}
	if d.FiniteVerb(j) {
		return true
	}
	m := j
	for m < end && (nominalTag(d.POSNames[d.POS[m]]) || d.POSNames[d.POS[m]] == "IN") && !d.FiniteVerb(m) {
		m++ // "the realism of Arsenal's £100m deal for their new stadium"
	}
	for m > j && m < end && d.POSNames[d.POS[m]] == "RB" {
		m++
	}
	return m > j && m < end && d.FiniteVerb(m)
}
