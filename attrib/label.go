package attrib

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
)

// Labels of the attribution tagger, in model order: BIOES over the three
// roles, so span ends are labels of their own (exact match is decided at
// the boundaries).
var tagLabels = []string{"O",
	"B-source", "I-source", "E-source", "S-source",
	"B-cue", "I-cue", "E-cue", "S-cue",
	"B-content", "I-content", "E-content", "S-content"}

const labO = 0

// Positions of a label within its role.
const (
	posB = iota
	posI
	posE
	posS
)

// labelOf returns the label of role r (0 source, 1 cue, 2 content) at pos.
func labelOf(r, pos int) uint8 { return uint8(1 + 4*r + pos) }

// roleOf returns a label's role, -1 for O.
func roleOf(l uint8) int {
	if l == labO {
		return -1
	}
	return int(l-1) / 4
}

// posOf returns a label's position (posB … posS).
func posOf(l uint8) int { return int(l-1) % 4 }

// Run is a maximal stretch of tokens with one role: [first, last).
type Run struct {
	Role        int // 0 source, 1 cue, 2 content
	First, Last int
}

func labelRuns(labs []uint8) []Run { return appendLabelRuns(nil, labs) }

// appendLabelRuns appends the runs of labs to out (labelRuns).
func appendLabelRuns(out []Run, labs []uint8) []Run {
	for i := 0; i < len(labs); {
		l := labs[i]
		if l == labO {
			i++
			continue
		}
		role := roleOf(l)
		j := i + 1
		if posOf(l) == posB {
			for j < len(labs) && roleOf(labs[j]) == role && (posOf(labs[j]) == posI || posOf(labs[j]) == posE) {
				j++
				if posOf(labs[j-1]) == posE {
					break
				}
			}
		}
		out = append(out, Run{Role: role, First: i, Last: j})
		i = j
	}
	return out
}

// RoleSpans turns token labels into byte spans per role (0 source, 1 cue,
// 2 content), one span per B/I run.
func RoleSpans(d *layer.Doc, labs []uint8) [3][]claimtrail.Span {
	var out [3][]claimtrail.Span
	for _, r := range labelRuns(labs) {
		out[r.Role] = append(out[r.Role], claimtrail.Span{Start: d.Toks[r.First].Start, End: d.Toks[r.Last-1].End})
	}
	return out
}
