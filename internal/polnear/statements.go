package polnear

import (
	"fmt"
	"io"
	"slices"

	"github.com/claimtrail/claimtrail"
)

// StatementScorer scores what users get: the statements extract prints,
// not the tagger's runs. Per role it compares fragments as Scorer does:
// the speaker span where the statement has a mention, the cue span, each
// fragment of the content. Whole compares contents as units: a
// discontinuous content must match all its fragments.
type StatementScorer struct {
	Scorer
	Whole Counts
	// Misses lists the gold fragments and units no statement matched
	// exactly, and the statements' fragments no gold matched (for -v).
	Misses []Miss
}

// Miss is one gold fragment no statement matched (Extra false) or one
// predicted fragment no gold matched (Extra true). Role is -1 for a whole
// content. Line describes the attribution or statement it belongs to.
type Miss struct {
	Doc   string
	Role  int
	Extra bool
	Span  claimtrail.Span
	Line  string
}

// WholeRole marks a Miss about a whole content.
const WholeRole = -1

// Fragments returns the predicted fragments per role of statements, in
// statement order: speaker spans only where there is a mention.
func Fragments(sts []claimtrail.Statement) [NumRoles][]claimtrail.Span {
	var out [NumRoles][]claimtrail.Span
	for i := range sts {
		s := &sts[i]
		if s.Speaker.Span != nil && s.Speaker.Mention != "" {
			out[Source] = append(out[Source], *s.Speaker.Span)
		}
		out[Cue] = append(out[Cue], s.Cue.Span)
		out[Content] = append(out[Content], s.Content.Spans...)
	}
	return out
}

// Add scores the statements extracted from one document against its gold
// attributions.
func (s *StatementScorer) Add(d *Doc, sts []claimtrail.Statement) {
	var gold [NumRoles][]claimtrail.Span
	for r := Role(0); r < NumRoles; r++ {
		gold[r] = d.Spans(r)
	}
	pred := Fragments(sts)
	s.Scorer.Add(d.Text, gold, pred)
	s.collectMisses(d, gold, pred, sts)

	var gu, pu [][]claimtrail.Span
	var gline, pline []string
	for _, a := range d.Attributions {
		if u := trimAll(d.Text, a.Content); len(u) > 0 {
			gu = append(gu, u)
			gline = append(gline, describeGold(d.Text, a))
		}
	}
	for i := range sts {
		if u := trimAll(d.Text, sts[i].Content.Spans); len(u) > 0 {
			pu = append(pu, u)
			pline = append(pline, describeStatement(&sts[i]))
		}
	}
	gHit, pHit := matchUnits(&s.Whole, gu, pu)
	for i, u := range gu {
		if !gHit[i] {
			s.Misses = append(s.Misses, Miss{Doc: d.Name, Role: WholeRole, Span: hull(u), Line: gline[i]})
		}
	}
	for i, u := range pu {
		if !pHit[i] {
			s.Misses = append(s.Misses, Miss{Doc: d.Name, Role: WholeRole, Extra: true, Span: hull(u), Line: pline[i]})
		}
	}
}

// matchUnits counts gold and predicted contents as units into c: exact
// when the fragment sets are equal (each predicted unit matching at most
// one gold unit), overlap when any fragments share a byte. It reports
// which units found an exact partner.
func matchUnits(c *Counts, gu, pu [][]claimtrail.Span) (gHit, pHit []bool) {
	c.Gold += len(gu)
	c.Pred += len(pu)
	gHit, pHit = make([]bool, len(gu)), make([]bool, len(pu))
	for j, p := range pu {
		for i, g := range gu {
			if !gHit[i] && sameSet(g, p) {
				gHit[i], pHit[j] = true, true
				c.ExactTP++
				break
			}
		}
		for _, g := range gu {
			if anyOverlap(g, p) {
				c.OverlapTPPred++
				break
			}
		}
	}
	for _, g := range gu {
		for _, p := range pu {
			if anyOverlap(g, p) {
				c.OverlapTPGold++
				break
			}
		}
	}
	return gHit, pHit
}

func sameSet(a, b []claimtrail.Span) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := slices.Clone(a), slices.Clone(b)
	less := func(p, q claimtrail.Span) int { return p.Start - q.Start }
	slices.SortFunc(x, less)
	slices.SortFunc(y, less)
	return slices.Equal(x, y)
}

func anyOverlap(a, b []claimtrail.Span) bool {
	for _, s := range a {
		for _, t := range b {
			if s.Overlaps(t) {
				return true
			}
		}
	}
	return false
}

func hull(u []claimtrail.Span) claimtrail.Span {
	h := u[0]
	for _, s := range u[1:] {
		h = h.Join(s)
	}
	return h
}

// Write prints exact and overlap P/R/F1 per role (fragments) and a last
// row for whole contents.
func (s *StatementScorer) Write(w io.Writer) {
	row := func(name string, c Counts) {
		e, o := c.Exact(), c.Overlap()
		fmt.Fprintf(w, "%-13s %7d %7d | %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f\n", name, c.Gold, c.Pred, e.P, e.R, e.F, o.P, o.R, o.F)
	}
	fmt.Fprintf(w, "%-13s %7s %7s | %6s %6s %6s | %6s %6s %6s\n", "role", "gold", "pred", "P", "R", "F1", "oP", "oR", "oF1")
	for r := Role(0); r < NumRoles; r++ {
		row(r.String(), s.Roles[r])
	}
	row("content whole", s.Whole)
}
