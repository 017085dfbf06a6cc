package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// sourcePhrase returns who with its span and mention widened to the
// source as the text writes it: the name with the relative clause set
// off by commas that describes it, up to the comma before the cue ("Mr
// Gunnels, who now works on the campaign, said …"). The speaker is
// resolved on the name alone (nameBeforeRelative); the span is the
// phrase a reader points at, as PolNeAR's annotators mark a source.
func (r *Resolver) sourcePhrase(g attrib.Group, src attrib.Run, who claimtrail.Speaker) claimtrail.Speaker {
	d := r.d
	if who.Span == nil || who.Span.Start != d.Toks[src.First].Start || g.RelativeCue {
		return who // "Dana Colter, who said …, said": the clause is another attribution
	}
	last := max(r.relativeBeforeCue(g, src.Last), src.Last)
	if g.TimedEnd > 0 && src.Last == g.Source.Last {
		last = max(last, g.TimedEnd) // "A poll [last week] found": the time the name was read without
	}
	for last-1 > src.First && isComma(d, last-1) {
		last-- // "…, who runs the market," ends before its comma
	}
	end := d.Toks[last-1].End
	if end == who.Span.End {
		return who
	}
	sp := claimtrail.Span{Start: who.Span.Start, End: end}
	who.Span, who.Mention = &sp, d.Text[sp.Start:sp.End]
	return who
}

// relativeBeforeCue returns the token after the relative clause that
// opens at token k with a comma and a relative pronoun and closes with a
// comma right before the group's cue (", who runs the market, said"),
// or k when none does: a clause holding a quotation mark or a comma of
// its own, or running past its sentence, is left out of the mention.
func (r *Resolver) relativeBeforeCue(g attrib.Group, k int) int {
	d := r.d
	if !isComma(d, k) || k+1 >= len(d.Toks) || !layer.IsRelative(d.Low[k+1]) || g.Cue.First <= k {
		return k
	}
	for c := k + 2; c < g.Cue.First; c++ {
		switch {
		case d.Sent[c] != d.Sent[k] || d.Toks[c].Kind == token.Quote:
			return k
		case isComma(d, c):
			if c+1 == g.Cue.First {
				return c
			}
			return k
		}
	}
	return k
}
