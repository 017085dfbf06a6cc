package frame

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Via appends to vias the sources g's contents cite ("according to
// officials", "citing satellite images"): the words after the via phrase
// up to a punctuation mark, leading determiners aside.
func (r *Reader) Via(vias []claimtrail.Via, d *layer.Doc, g *attrib.Group) []claimtrail.Via {
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			start := -1
			for _, ph := range r.via[d.Low[k]] {
				if k+len(ph) <= c.Last && matchAt(d, k, ph) {
					start = k + len(ph)
					break
				}
			}
			if start < 0 || start >= c.Last {
				continue
			}
			end := start
			for end < c.Last {
				t := d.Toks[end]
				if t.Kind == token.Punct || t.Kind == token.Quote {
					break
				}
				end++
			}
			if end > start {
				ws := start
				for ws < end-1 && layer.IsDeterminer(d.Toks[ws].Text(d.Text)) {
					ws++
				}
				sp := claimtrail.Span{Start: d.Toks[ws].Start, End: d.Toks[end-1].End}
				vias = append(vias, claimtrail.Via{Name: d.Text[sp.Start:sp.End], Span: sp})
			}
			k = end
		}
	}
	return vias
}

// Polarity returns the polarity of g's statement: deny for a denial cue,
// or a negation or falsity word in the content ("not only", "no doubt"
// excepted); else affirm.
func (r *Reader) Polarity(d *layer.Doc, g *attrib.Group) string {
	polarity := claimtrail.Affirm
	if d.CueClass(g.Cue.First, g.Cue.Last) == "deny" {
		polarity = claimtrail.Deny
	}
	negs := 0
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			w := d.Low[k]
			if !r.negations.Has(w) {
				continue
			}
			// "not only", "no doubt" do not negate
			if k+1 < c.Last {
				var buf [64]byte
				if r.notNegating.Has(string(append(append(append(buf[:0], w...), ' '), d.Low[k+1]...))) {
					continue
				}
			}
			negs++
		}
	}
	if negs > 0 {
		polarity = claimtrail.Deny
	}
	return polarity
}

// Hedged reports whether a hedge of the hedges table stands in g's
// content or between its source and cue; time expressions ("in May")
// are no hedges.
func (r *Reader) Hedged(d *layer.Doc, g *attrib.Group) bool {
	from := g.Cue.First
	for _, s := range g.Sources {
		from = min(from, s.Last)
	}
	check := func(k, end int) bool {
		if inTimex(d, d.Toks[k].Span) {
			return false // "in May" is a month, not a hedge
		}
		w := d.Low[k]
		if r.hedges.Has(w) {
			return true
		}
		if k+1 >= end {
			return false
		}
		var buf [64]byte
		return r.hedges.Has(string(append(append(append(buf[:0], w...), ' '), d.Low[k+1]...)))
	}
	hedged := false
	for k := from; k < g.Cue.Last && !hedged; k++ {
		hedged = check(k, g.Cue.Last)
	}
	for _, c := range g.Contents {
		for k := c.First; k < c.Last && !hedged; k++ {
			hedged = check(k, c.Last)
		}
	}
	return hedged
}

// inTimex reports whether sp lies in a time expression of the document.
func inTimex(d *layer.Doc, sp claimtrail.Span) bool {
	for _, t := range d.TimexIn(sp.Start, sp.End) {
		if t.Span.Contains(sp) {
			return true
		}
	}
	return false
}
