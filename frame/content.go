package frame

import (
	"strings"

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
	var kept []attrib.Run
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
				vias = appendVia(vias, d, start, end)
			}
			if cutFirst, cutLast, ok := viaCut(d, c, k, end); ok {
				if cutFirst > c.First {
					kept = append(kept, attrib.Run{Role: c.Role, First: c.First, Last: cutFirst})
				}
				c.First = cutLast
				k = cutLast - 1
				continue
			}
			k = end
		}
		if c.First < c.Last {
			kept = append(kept, c)
		}
	}
	g.Contents = kept
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

// Polarity returns the polarity of g's statement and what made it deny
// (claimtrail.PolarityByCue, PolarityByContent; "" for affirm): deny for
// a denial cue or a negated one ("has never admitted"), or a negation or
// falsity word in the content's main clauses ("not only", "no doubt"
// excepted); else affirm. A negation in a subordinate or relative clause
// ("a mayor who is not going to panic", "if you are not playing") does
// not make the speaker deny what the content says.
func (r *Reader) Polarity(d *layer.Doc, g *attrib.Group) (polarity, by string) {
	if d.CueClass(g.Cue.First, g.Cue.Last) == "deny" {
		return claimtrail.Deny, claimtrail.PolarityByCue
	}
	if r.negatesIn(d, g.Cue.First, g.Cue.Last) {
		// "has never admitted that …": the speaker does not say it so
		return claimtrail.Deny, claimtrail.PolarityByCue
	}
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			if r.negates(d, c.Last, k) && !r.inClause(d, c.First, k) {
				return claimtrail.Deny, claimtrail.PolarityByContent
			}
		}
	}
	return claimtrail.Affirm, ""
}

// negates reports whether token k, in a content ending at end, is a
// negation that negates something ("not only", "no doubt" do not).
func (r *Reader) negates(d *layer.Doc, end, k int) bool {
	w := d.Low[k]
	if !r.negations.Has(w) {
		return false
	}
	if k+1 < end {
		var buf [64]byte
		if r.notNegating.Has(string(append(append(append(buf[:0], w...), ' '), d.Low[k+1]...))) {
			return false
		}
	}
	return true
}

// negatesIn reports whether a negation that negates something stands in
// tokens [first, last).
func (r *Reader) negatesIn(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if r.negates(d, last, k) {
			return true
		}
	}
	return false
}

// inClause reports whether token k stands in a subordinate or relative
// clause ("who", "if", "the fact that" in stance-clauses) opened in its
// sentence, at or after the first word of its content fragment or
// sentence (where "that" opens no clause: "that the talks failed",
// "That is not true"). A clause ends at a comma
// ("Although X, we never …") or at a second finite verb, the main
// clause's ("the information that appeared … is fake and does not …").
func (r *Reader) inClause(d *layer.Doc, first, k int) bool {
	open, verbs := false, 0
	j := max(first, d.Sents[d.Sent[k]].First)
	for j < k && d.Toks[j].Kind != token.Word {
		j++ // an opening quotation mark
	}
	// The first word opens a subordinate clause ("If you are not …"), not
	// a relative one: "that" there is the complement's or a pronoun.
	if j < k && strings.Contains(r.clauses.Field(d.Low[j], 0), "subordinate") {
		open = true
	}
	for j++; j < k; j++ {
		switch role := r.clauses.Field(d.Low[j], 0); {
		case strings.Contains(role, "subordinate") || strings.Contains(role, "relative"):
			open, verbs = true, 0
		case d.Low[j] == ",":
			open = false
		case open && d.FiniteVerb(j):
			verbs++
			open = verbs < 2
		}
	}
	return open
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
