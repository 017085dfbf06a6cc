package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// joinWordGaps joins two contents of g that the tagger parted in the
// middle of a clause: the gap starts with a word (not a comma or dash
// that sets off an aside), lies in one sentence, and holds no quotation
// mark and no word of a cue (g's or another group's) or of g's sources. "Yukos claimed it [sought help
// in the US because other forums - …  -] were either unfriendly …"
// printed "it … were either unfriendly": what the speaker claimed, with
// its verb left out.
func joinWordGaps(d *layer.Doc, g *Group, all []Group) {
	for i := 0; i+1 < len(g.Contents); i++ {
		a, b := g.Contents[i], g.Contents[i+1]
		if b.First <= a.Last || d.Sent[a.Last-1] != d.Sent[b.First] || !wordGap(d, g, all, a.Last, b.First) {
			continue
		}
		g.Contents[i].Last = b.Last
		g.Contents = append(g.Contents[:i+1], g.Contents[i+2:]...)
		i--
	}
}

// wordGap reports whether tokens [lo, hi) are a gap joinWordGaps joins.
func wordGap(d *layer.Doc, g *Group, all []Group, lo, hi int) bool {
	if d.Toks[lo].Kind != token.Word {
		return false
	}
	for k := lo; k < hi; k++ {
		if d.Toks[k].Kind == token.Quote || inRun(g.Cue, k) {
			return false
		}
		for i := range all {
			if inRun(all[i].Cue, k) {
				return false
			}
		}
		for _, s := range g.Sources {
			if inRun(s, k) {
				return false
			}
		}
	}
	return true
}

func inRun(r Run, k int) bool { return k >= r.First && k < r.Last }
