package extract

import (
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/timex"
)

// statementDate reports whether a time expression can date a statement:
// a calendar DATE or TIME, resolved or not, not a duration, set or vague
// reference.
func statementDate(t *claimtrail.Timex) bool {
	if t.Type != claimtrail.TimexDate && t.Type != claimtrail.TimexTime {
		return false
	}
	v := t.Value
	return len(v) >= 4 && (v[0] >= '0' && v[0] <= '9' || strings.HasPrefix(v, "XXXX-"))
}

// timeRef turns a time expression into a statement date.
func timeRef(t *claimtrail.Timex, basis string, withSpan bool) *claimtrail.TimeRef {
	v := t.Value
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10] // "2022-10-03TMO": the day is what dates a statement
	}
	g := timex.Grain(v)
	if g == "" {
		g = claimtrail.GrainDay
	}
	r := &claimtrail.TimeRef{Value: v, Grain: g, Text: t.Text, Basis: basis}
	if withSpan {
		sp := t.Span
		r.Span = &sp
	}
	return r
}

// timexIn returns the document's time expressions that overlap [lo, hi),
// by binary search: Find returns them in text order, without overlaps.
func timexIn(tx []claimtrail.Timex, lo, hi int) []claimtrail.Timex {
	i := sort.Search(len(tx), func(i int) bool { return tx[i].Span.End > lo })
	j := i
	for j < len(tx) && tx[j].Span.Start < hi {
		j++
	}
	return tx[i:j]
}

// explicitDate finds the time expression of the statement's sentence that
// belongs to its cue: outside every content of the group, nearest the cue.
func (p *pipeline) explicitDate(g attrib.Group) *claimtrail.Timex {
	a := &p.a
	first, last := a.scope(g)
	if first >= last {
		return nil
	}
	lo, hi := a.Toks[first].Start, a.Toks[last-1].End
	cue := a.Toks[g.Cue.First].Start
	var best *claimtrail.Timex
	bestD := 1 << 30
	in := a.TimexIn(lo, hi)
	for i := range in {
		t := &in[i]
		if t.Span.Start < lo || t.Span.End > hi || !statementDate(t) {
			continue
		}
		inside := false
		for _, c := range g.Contents {
			cs := claimtrail.Span{Start: a.Toks[c.First].Start, End: a.Toks[c.Last-1].End}
			// a date after a content that follows its cue closes the
			// content's clause: "said Iran may train them as soon as this month"
			if cs.Overlaps(t.Span) || c.First >= g.Cue.Last && t.Span.Start >= cs.End && !g.ChannelCut {
				inside = true
				break
			}
		}
		if inside {
			continue
		}
		d := abs(t.Span.Start - cue)
		if d < bestD {
			best, bestD = t, d
		}
	}
	return best
}

// publicationDates records, for each publication entity, a date its own
// sentence gives as when it published ("an article published on 29 August
// in the Washington Post").
func (p *pipeline) publicationDates(es *entities) {
	a := &p.a
	for i := range es.list {
		e := &es.list[i]
		if e.typ != claimtrail.SpeakerPublication || e.date != nil {
			continue
		}
		k := a.TokenAt(e.at)
		if k >= len(a.Toks) {
			continue
		}
		s := a.Sents[a.Sent[k]]
		lo, hi := a.Toks[s.First].Start, a.Toks[s.Last-1].End
		if !strings.Contains(a.Text[lo:hi], "published") {
			continue
		}
		in := a.TimexIn(lo, hi)
		for j := range in {
			if t := &in[j]; t.Span.Start >= lo && t.Span.End <= hi && statementDate(t) {
				e.date = t
				break
			}
		}
	}
}
