package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
)

// raisedSaying reads a passive cue of belief or report raised over a
// verb of saying with a clause ("The bank [is believed] to have told
// investors that …", "is said to have warned that …"): the statement is
// the inner verb's, hedged by the outer, so the cue runs on to that verb and the
// content starts after it (past an addressee, at its "that"). The
// tagger gives the outer cue alone, and the filter drops a belief
// before a to-infinitive ("is expected to rise").
func (t *Tagger) raisedSaying(d *layer.Doc, g *Group) {
	if len(g.Contents) == 0 || d.POS == nil || !t.passiveCue(d, g.Cue) {
		return
	}
	c := &g.Contents[0]
	k := g.Cue.Last
	if c.First != k || k+2 >= c.Last || d.POSNames[d.POS[k]] != "TO" {
		return
	}
	k++
	if t.cueHeads.Field(d.Low[k], 0) == "skip" {
		k++ // "to have told"
	}
	if k+1 >= c.Last || !isVerb(d, k) || !saysSomething(d.Cue[k].Class) {
		return
	}
	switch Complement(d, k) {
	case CompThat, CompClause, CompObjThat, CompQuote:
	default:
		return // "is said to have discussed the idea with": an act, no proposition
	}
	g.Cue.Last = k + 1
	c.First = k + 1
	if Complement(d, k) == CompObjThat {
		for c.First < c.Last && !layer.IsComplementizer(d.Low[c.First]) {
			c.First++ // "told investors [that …]"
		}
	}
}
