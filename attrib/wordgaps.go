package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// joinWordGaps joins two contents of g that the tagger parted in the
// middle of a clause: the gap lies in one sentence, holds no quotation
// mark and no word of a cue (g's or another group's) or of g's sources,
// and is no aside set off whole (see partsClause). "Yukos claimed it
// [sought help in the US because other forums - …  -] were either
// unfriendly …" printed "it … were either unfriendly": what the speaker
// claimed, with its verb left out.
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
	if !partsClause(d, lo, hi) {
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

// partsClause reports whether gap [lo, hi) parts one clause rather than
// setting off an aside the content reads well without: it starts with a
// word, or it holds a word and either ends with one or leaves a bracket
// open, so the words after it go on with what the gap opened. "the
// plans, [which meant] the UK could not …", "the market - [in which] the
// bank is a major player …", "a perception of it[, but] that was not
// …", "25bn rupees [($250m;] £135m) of loans" printed a piece of a clause
// cut from its start; ", which had been late for weeks," and " - with an
// office in Houston - " close before the content goes on, and stay out.
func partsClause(d *layer.Doc, lo, hi int) bool {
	if d.Toks[lo].Kind == token.Word {
		return true
	}
	words, open := false, 0
	for k := lo; k < hi; k++ {
		switch t := d.Toks[k]; {
		case t.Kind == token.Word:
			words = true
		case t.Kind == token.Punct && d.Text[t.Start:t.End] == "(":
			open++
		case t.Kind == token.Punct && d.Text[t.Start:t.End] == ")":
			open--
		}
	}
	return words && (d.Toks[hi-1].Kind == token.Word || open > 0)
}
