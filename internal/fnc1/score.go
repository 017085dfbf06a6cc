package fnc1

import (
	"fmt"
	"io"
)

// Label is an FNC-1 stance of a body toward a headline.
type Label int

// The labels, in the order FNC-1 lists them.
const (
	Agree Label = iota
	Disagree
	Discuss
	Unrelated
	NumLabels
)

var labelNames = [NumLabels]string{"agree", "disagree", "discuss", "unrelated"}

func (l Label) String() string {
	if l < 0 || l >= NumLabels {
		return fmt.Sprintf("Label(%d)", int(l))
	}
	return labelNames[l]
}

// Related reports whether l says the body is about the headline.
func (l Label) Related() bool { return l != Unrelated }

// ParseLabel reads a label as the stances file spells it.
func ParseLabel(s string) (Label, bool) {
	for i, n := range labelNames {
		if s == n {
			return Label(i), true
		}
	}
	return 0, false
}

// Scorer accumulates a confusion matrix of gold (rows) against predicted
// (columns) labels.
type Scorer struct {
	Confusion [NumLabels][NumLabels]int
}

// Add counts one headline–body pair.
func (s *Scorer) Add(gold, pred Label) { s.Confusion[gold][pred]++ }

// Pairs returns the number of pairs counted.
func (s *Scorer) Pairs() int {
	n := 0
	for g := range NumLabels {
		for p := range NumLabels {
			n += s.Confusion[g][p]
		}
	}
	return n
}

// Points returns FNC-1's score and the best score possible: 0.25 for each
// pair whose related/unrelated decision is right, and 0.75 more for each
// related pair whose stance (agree, disagree, discuss) is right — the
// official scorer's 0.25 + 0.50 + 0.25 for an exact related hit.
func (s *Scorer) Points() (got, best float64) {
	for g := range NumLabels {
		for p := range NumLabels {
			n := float64(s.Confusion[g][p])
			if g.Related() {
				best += n
			} else {
				best += 0.25 * n
			}
			if g.Related() == p.Related() {
				got += 0.25 * n
			}
			if g.Related() && g == p {
				got += 0.75 * n
			}
		}
	}
	return got, best
}

// Relative returns FNC-1's relative score in percent: Points as a share of
// the best possible (0 when nothing is counted).
func (s *Scorer) Relative() float64 {
	got, best := s.Points()
	if best == 0 {
		return 0
	}
	return 100 * got / best
}

// AllUnrelated returns the relative score of answering unrelated for
// every pair, the floor a system must beat.
func (s *Scorer) AllUnrelated() float64 {
	_, best := s.Points()
	if best == 0 {
		return 0
	}
	n := 0
	for p := range NumLabels {
		n += s.Confusion[Unrelated][p]
	}
	return 100 * 0.25 * float64(n) / best
}

// PRF is precision, recall and F1 in percent, with the counts behind them.
type PRF struct {
	P, R, F        float64
	TP, Pred, Gold int
}

func prf(tp, pred, gold int) PRF {
	r := PRF{TP: tp, Pred: pred, Gold: gold}
	if pred > 0 {
		r.P = 100 * float64(tp) / float64(pred)
	}
	if gold > 0 {
		r.R = 100 * float64(tp) / float64(gold)
	}
	if r.P+r.R > 0 {
		r.F = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// Related scores the related/unrelated decision, related as the positive class.
func (s *Scorer) Related() PRF {
	var tp, pred, gold int
	for g := range NumLabels {
		for p := range NumLabels {
			n := s.Confusion[g][p]
			if g.Related() {
				gold += n
			}
			if p.Related() {
				pred += n
			}
			if g.Related() && p.Related() {
				tp += n
			}
		}
	}
	return prf(tp, pred, gold)
}

// Class scores one label against the rest.
func (s *Scorer) Class(l Label) PRF {
	var pred, gold int
	for o := range NumLabels {
		gold += s.Confusion[l][o]
		pred += s.Confusion[o][l]
	}
	return prf(s.Confusion[l][l], pred, gold)
}

// MacroF1 is the mean of the four classes' F1.
func (s *Scorer) MacroF1() float64 {
	var sum float64
	for l := range NumLabels {
		sum += s.Class(l).F
	}
	return sum / float64(NumLabels)
}

// Write prints the scores and the confusion matrix for people.
func (s *Scorer) Write(w io.Writer) {
	got, best := s.Points()
	fmt.Fprintf(w, "FNC-1 relative score: %.1f %% (%.2f of %.2f points; all-unrelated would score %.1f %%)\n",
		s.Relative(), got, best, s.AllUnrelated())
	r := s.Related()
	fmt.Fprintf(w, "related detection:    P %.1f  R %.1f  F1 %.1f  (%d right of %d predicted related, %d gold related)\n",
		r.P, r.R, r.F, r.TP, r.Pred, r.Gold)
	fmt.Fprintf(w, "per-class F1:        ")
	for l := range NumLabels {
		fmt.Fprintf(w, " %s %.1f ", l, s.Class(l).F)
	}
	fmt.Fprintf(w, " (macro %.1f)\n\n", s.MacroF1())
	fmt.Fprintf(w, "%-10s", "gold\\pred")
	for l := range NumLabels {
		fmt.Fprintf(w, " %9s", l)
	}
	fmt.Fprintf(w, " %9s\n", "total")
	for g := range NumLabels {
		fmt.Fprintf(w, "%-10s", g)
		n := 0
		for p := range NumLabels {
			fmt.Fprintf(w, " %9d", s.Confusion[g][p])
			n += s.Confusion[g][p]
		}
		fmt.Fprintf(w, " %9d\n", n)
	}
	fmt.Fprintf(w, "%-10s", "total")
	for p := range NumLabels {
		n := 0
		for g := range NumLabels {
			n += s.Confusion[g][p]
		}
		fmt.Fprintf(w, " %9d", n)
	}
	fmt.Fprintf(w, " %9d\n", s.Pairs())
}
