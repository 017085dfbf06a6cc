package attrib

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
)

// Training the learned statement filter (filter.go): each group the
// tagger proposes in an annotated text is a sample, its features those
// the filter reads and its label whether its cue is a gold cue (the same
// tokens, or its head inside a gold cue). A logistic regression is fit
// by full-batch gradient descent (AdaGrad steps, L2), so the weights do
// not depend on the samples' order or on any random seed.

// FilterSample is one group the tagger proposed: its features, the hand
// rules' verdicts and whether its cue is right.
type FilterSample struct {
	Feats []string
	Verdicts
	Right bool
}

// FilterSamples tags d with the hand rules alone (whatever filter the
// tagger's models hold: rejected) and returns a sample of each group that reached
// them, labelled by the gold cue spans of d's text.
func (t *Tagger) FilterSamples(d *layer.Doc, gold []claimtrail.Span) []FilterSample {
	ranges := make([][2]int, 0, len(gold))
	for _, sp := range gold {
		first, last := d.TokenAt(sp.Start), d.TokenAt(sp.Start)
		for last < len(d.Toks) && d.Toks[last].End <= sp.End {
			last++
		}
		ranges = append(ranges, [2]int{first, last})
	}
	var out []FilterSample
	t.sample = func(feats []string, v Verdicts, g *Group) {
		out = append(out, FilterSample{Feats: feats, Verdicts: v, Right: t.goldCue(d, g.Cue, ranges)})
	}
	t.Tag(d)
	t.sample = nil
	return out
}

// goldCue reports whether cue run r is one of the gold token ranges, or
// its head lies inside one.
func (t *Tagger) goldCue(d *layer.Doc, r Run, ranges [][2]int) bool {
	k, _ := t.cueHead(d, r.First, r.Last)
	if k < 0 {
		k = r.First
	}
	for _, g := range ranges {
		if g[0] == r.First && g[1] == r.Last || g[0] <= k && k < g[1] {
			return true
		}
	}
	return false
}

// FilterConfig is how a filter is trained.
type FilterConfig struct {
	Iterations int     // gradient steps
	Rate       float64 // AdaGrad's step
	L2         float64 // the weight penalty, per sample
	MinCount   int     // features seen in fewer samples are left out
}

// DefaultFilterConfig is `claimtrail train filter`'s configuration.
func DefaultFilterConfig() FilterConfig {
	return FilterConfig{Iterations: 300, Rate: 0.5, L2: 0.002, MinCount: 3}
}

func (c FilterConfig) String() string {
	return fmt.Sprintf("iterations=%d rate=%g l2=%g min-count=%d", c.Iterations, c.Rate, c.L2, c.MinCount)
}

// TrainFilter fits the weights of a filter on samples; its thresholds
// are the caller's (ChooseThresholds on held-out probabilities).
func TrainFilter(samples []FilterSample, c FilterConfig) *Filter {
	count := map[string]int{}
	for _, s := range samples {
		for _, f := range s.Feats {
			count[f]++
		}
	}
	names := make([]string, 0, len(count))
	for f, n := range count {
		if n >= c.MinCount || f == "bias" {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	index := make(map[string]int, len(names))
	for i, f := range names {
		index[f] = i
	}
	rows := make([][]int, len(samples))
	for i, s := range samples {
		for _, f := range s.Feats {
			if j, ok := index[f]; ok {
				rows[i] = append(rows[i], j)
			}
		}
	}
	w := fitLogistic(rows, samples, len(names), c)
	f := &Filter{Weights: map[string]float64{}}
	for j, name := range names {
		if x := math.Round(w[j]*1e4) / 1e4; x != 0 {
			f.Weights[name] = x
		}
	}
	return f
}

// fitLogistic minimises the mean log loss plus L2/2 |w|² by full-batch
// AdaGrad.
func fitLogistic(rows [][]int, samples []FilterSample, n int, c FilterConfig) []float64 {
	w, sq, grad := make([]float64, n), make([]float64, n), make([]float64, n)
	inv := 1 / float64(max(len(rows), 1))
	for it := 0; it < c.Iterations; it++ {
		for j := range grad {
			grad[j] = c.L2 * w[j]
		}
		for i, row := range rows {
			z := 0.0
			for _, j := range row {
				z += w[j]
			}
			y := 0.0
			if samples[i].Right {
				y = 1
			}
			e := (1/(1+math.Exp(-z)) - y) * inv
			for _, j := range row {
				grad[j] += e
			}
		}
		for j, g := range grad {
			sq[j] += g * g
			if sq[j] > 0 {
				w[j] -= c.Rate * g / math.Sqrt(sq[j])
			}
		}
	}
	return w
}

// FilterCounts are the cues a filter keeps of some samples: kept and
// right of those kept.
type FilterCounts struct{ Kept, Right int }

// Apply counts the cues kept of samples with probabilities probs under
// thresholds keep and drop (Filter.decide).
func Apply(samples []FilterSample, probs []float64, keep, drop float64) FilterCounts {
	var c FilterCounts
	for i, s := range samples {
		if decideAt(probs[i], keep, drop, s.Verdicts) == "" {
			c.Kept++
			if s.Right {
				c.Right++
			}
		}
	}
	return c
}

// ChooseThresholds returns the keep and drop thresholds (on a grid of
// 0.05, keep 0.3 to 1: never, drop 0: never to 0.7) under which the
// cues kept of samples, scored by held-out probabilities probs, give
// the best F1 against gold gold cues. F1s within thresholdTie of the
// best are a tie, won by the highest drop and then the highest keep:
// a statement that should not exist costs a reader more than one
// missed (session 11: after the sourceless-cue rules the best drop
// fell from 0.50 to 0.45 for 0.007 F1 points on PolNeAR train, and
// re-admitted 23 BBC statements that were nearly all false).
func ChooseThresholds(samples []FilterSample, probs []float64, gold int) (keep, drop float64) {
	type point struct{ keep, drop, f float64 }
	var grid []point
	best := -1.0
	for ki := 20; ki >= 6; ki-- {
		for di := 0; di <= 14; di++ {
			k, dr := float64(ki)/20, float64(di)/20
			c := Apply(samples, probs, k, dr)
			f := 2 * float64(c.Right) / float64(c.Kept+gold)
			grid = append(grid, point{k, dr, f})
			best = max(best, f)
		}
	}
	drop = -1
	for _, p := range grid {
		if p.f >= best-thresholdTie && (p.drop > drop || p.drop == drop && p.keep > keep) {
			keep, drop = p.keep, p.drop
		}
	}
	return keep, drop
}

// thresholdTie is the F1 difference (0.01 points) below which two
// threshold pairs are a tie: about one cue in 10,000 on PolNeAR train,
// less than a fold's noise.
const thresholdTie = 1e-4

// FilterInputsDigest returns the SHA-256 of samples: each one's label,
// verdicts and features, in order.
func FilterInputsDigest(samples []FilterSample) string {
	h := sha256.New()
	for _, s := range samples {
		fmt.Fprintf(h, "%t\t%s\t%s\t%t\t%s\n", s.Right, s.CueWhy, s.Other, s.Saying, strings.Join(s.Feats, " "))
	}
	return hex.EncodeToString(h.Sum(nil))
}
