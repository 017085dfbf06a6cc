package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// maxNegatedGap is the most tokens between two contents of a statement
// that a negation joins (", not", "— but not").
const maxNegatedGap = 3

// joinNegatedGaps joins two contents of g that only punctuation and a
// negation part (table negations): in "he meant he would be in his seat,
// not that he expected an election" the tagger leaves ", not" out, and
// the statement would read "he meant … that he expected an election",
// the opposite of what was said.
func (t *Tagger) joinNegatedGaps(d *layer.Doc, g *Group) {
	for i := 0; i+1 < len(g.Contents); i++ {
		a, b := g.Contents[i], g.Contents[i+1]
		if b.First <= a.Last || b.First-a.Last > maxNegatedGap || d.Sent[a.Last-1] != d.Sent[b.First] {
			continue
		}
		negated := false
		for k := a.Last; k < b.First; k++ {
			switch {
			case t.negations.Has(d.Low[k]):
				negated = true
			case d.Toks[k].Kind != token.Punct:
				negated, k = false, b.First // a word of its own: no gap to join
			}
		}
		if negated {
			g.Contents[i].Last = b.Last
			g.Contents = append(g.Contents[:i+1], g.Contents[i+2:]...)
			i--
		}
	}
}
