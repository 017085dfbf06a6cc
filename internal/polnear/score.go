package polnear

import (
	"fmt"
	"io"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/prf"
)

// Counts holds match counts of one role.
type Counts struct {
	Gold, Pred    int
	ExactTP       int // predicted fragments equal to a gold fragment (after Trim)
	OverlapTPPred int // predicted fragments overlapping some gold fragment
	OverlapTPGold int // gold fragments overlapping some predicted fragment

}

// PRF is precision, recall and F1 in percent.
type PRF struct{ P, R, F float64 }

func newPRF(tpPred, pred, tpGold, gold int) PRF {
	p, r, f := prf.Percent(tpPred, pred, tpGold, gold)
	return PRF{p, r, f}
}

// Exact returns exact-match precision, recall and F1.
func (c Counts) Exact() PRF { return newPRF(c.ExactTP, c.Pred, c.ExactTP, c.Gold) }

// Overlap returns overlap precision, recall and F1.
func (c Counts) Overlap() PRF { return newPRF(c.OverlapTPPred, c.Pred, c.OverlapTPGold, c.Gold) }

// Scorer accumulates role counts over documents.
type Scorer struct {
	Roles [NumRoles]Counts
	Docs  int
}

// Add scores one document: gold and predicted fragments per role, each
// trimmed of quotation marks and edge punctuation; empty fragments are
// dropped. A predicted fragment matches at most one gold fragment.
func (s *Scorer) Add(text string, gold, pred [NumRoles][]claimtrail.Span) {
	s.Docs++
	for r := Role(0); r < NumRoles; r++ {
		g := trimAll(text, gold[r])
		p := trimAll(text, pred[r])
		c := &s.Roles[r]
		c.Gold += len(g)
		c.Pred += len(p)
		used := make([]bool, len(g))
		for _, ps := range p {
			hit := false
			for i, gs := range g {
				if !used[i] && gs == ps {
					used[i] = true
					c.ExactTP++
					hit = true
					break
				}
			}
			if !hit {
				for _, gs := range g {
					if gs.Overlaps(ps) {
						hit = true
						break
					}
				}
			}
			if hit {
				c.OverlapTPPred++
			}
		}
		for _, gs := range g {
			for _, ps := range p {
				if gs.Overlaps(ps) {
					c.OverlapTPGold++
					break
				}
			}
		}
	}
}

func trimAll(text string, spans []claimtrail.Span) []claimtrail.Span {
	out := make([]claimtrail.Span, 0, len(spans))
	for _, s := range spans {
		if t := Trim(text, s); !t.Empty() {
			out = append(out, t)
		}
	}
	return out
}

// Write prints a table of exact and overlap P/R/F1 per role.
func (s *Scorer) Write(w io.Writer) {
	fmt.Fprintf(w, "%-8s %7s %7s | %6s %6s %6s | %6s %6s %6s\n", "role", "gold", "pred", "P", "R", "F1", "oP", "oR", "oF1")
	for r := Role(0); r < NumRoles; r++ {
		c := s.Roles[r]
		e, o := c.Exact(), c.Overlap()
		fmt.Fprintf(w, "%-8s %7d %7d | %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f\n", r, c.Gold, c.Pred, e.P, e.R, e.F, o.P, o.R, o.F)
	}
}
