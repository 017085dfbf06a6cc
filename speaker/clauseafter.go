package speaker

import (
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
)

// nameBeforeClause returns the name a relative clause describes when the
// source run opens that clause after the cue: "according to Ada Vell,
// who founded the trust in 1999 and chairs it" and "said Ada Vell, who
// runs the market" give the clause as the source, but Ada Vell spoke.
// The run becomes the name (with the description before it up to the
// cue, "according to market trader Ada Vell, who …"); a clause about a
// thing ("which"), or one whose antecedent is no name, leaves src as it
// is.
func (r *Resolver) nameBeforeClause(cue, src attrib.Run) attrib.Run {
	d := r.d
	k := src.First
	if k < cue.Last || k < 1 || !layer.IsRelative(d.Low[k]) || r.pronouns.Field(d.Low[k], 0) == "thing" || !isComma(d, k-1) {
		return src
	}
	f, l := r.relativeAntecedent(k, d.Low[k])
	if f >= l || f < cue.Last || l != k-1 || d.Sent[f] != d.Sent[k] {
		return src
	}
	if m := r.read(f, l); m.Kind != mention.Proper && m.Kind != mention.Surname {
		return src
	}
	if m := r.read(cue.Last, l); cue.Last < f && m.Kind == mention.Proper && l-cue.Last <= 8 {
		f = cue.Last // "according to media strategist Glen Vale, who …": the role read with the name
	}
	return attrib.Run{Role: src.Role, First: f, Last: l}
}
