package frame

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Via appends to vias the sources g cites: those of g.Vias ("The Daily
// Ledger quoted X as saying"), and in its contents the words after a via phrase ("according to officials", "citing satellite
// images") up to a punctuation mark, leading determiners aside. A via
// phrase set off by commas, or opening the content, is cut out of the
// content: "denied the report, according to state media" says "the
// report"; "The ferry, according to the coastguard, sank" says "The
// ferry … sank". Call it before the content is read.
func (r *Reader) Via(vias []claimtrail.Via, d *layer.Doc, g *attrib.Group) []claimtrail.Via {
	for _, v := range g.Vias {
		vias = appendVia(vias, d, v.First, v.Last)
	}
	// kept is built only once a via is cut out: until then the contents
	// stand as they are (most statements cite no one)
	var kept []attrib.Run
	same := true
	for ci, c := range g.Contents {
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
				vias = appendVia(vias, d, start, end)
			}
			if cutFirst, cutLast, ok := viaCut(d, c, k, end); ok {
				if same {
					kept, same = append([]attrib.Run(nil), g.Contents[:ci]...), false
				}
				if cutFirst > c.First {
					kept = append(kept, attrib.Run{Role: c.Role, First: c.First, Last: cutFirst})
				}
				c.First = cutLast
				k = cutLast - 1
				continue
			}
			k = end
		}
		switch {
		case c.First >= c.Last && same:
			kept, same = append([]attrib.Run(nil), g.Contents[:ci]...), false
		case c.First < c.Last && !same:
			kept = append(kept, c)
		}
	}
	if !same || len(g.Contents) == 0 {
		g.Contents = kept
	}
	return vias
}

// appendVia appends the via named by tokens [first, last), leading
// determiners aside.
func appendVia(vias []claimtrail.Via, d *layer.Doc, first, last int) []claimtrail.Via {
	for first < last-1 && layer.IsDeterminer(d.Toks[first].Text(d.Text)) {
		first++
	}
	for last > first+1 && (d.Toks[last-1].Kind == token.Punct || d.Toks[last-1].Kind == token.Quote) {
		last--
	}
	sp := claimtrail.Span{Start: d.Toks[first].Start, End: d.Toks[last-1].End}
	for _, v := range vias {
		if v.Span == sp {
			return vias
		}
	}
	return append(vias, claimtrail.Via{Name: d.Text[sp.Start:sp.End], Span: sp})
}

// viaCut returns the tokens to cut out of content c for the via phrase
// at k whose name ends at end: the phrase, its name and the commas
// around it, when it opens the content or follows a comma.
func viaCut(d *layer.Doc, c attrib.Run, k, end int) (int, int, bool) {
	first := k
	switch {
	case k == c.First:
	case isComma(d, k-1) && (k < 2 || !layer.IsComplementizer(d.Low[k-2])):
		// "said that, according to the figures, …" cites within
		// the speaker's own clause: it stays in the content
		first = k - 1
	default:
		return 0, 0, false
	}
	if end < c.Last && isComma(d, end) {
		end++
	}
	return first, end, true
}

func isComma(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	return t.Kind == token.Punct && d.Text[t.Start:t.End] == ","
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
