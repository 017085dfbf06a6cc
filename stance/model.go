package stance

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// Stances in the order of a model's weight columns.
var stances = [3]string{claimtrail.Asserts, claimtrail.Denies, claimtrail.Neutral}

// StanceIndex returns the column of stance s (0 asserts, 1 denies, 2
// neutral), or -1.
func StanceIndex(s string) int {
	for i, t := range stances {
		if t == s {
			return i
		}
	}
	return -1
}

// Model is a multinomial logistic regression over sparse binary features:
// one weight per feature and stance.
type Model struct {
	W map[string][3]float64
}

// Example is one training item: the features Classifier.Features gives a
// (claim, text) pair, and its gold stance.
type Example struct {
	Features []string
	Stance   string
}

// TrainOptions tunes Train; the zero value means the defaults.
type TrainOptions struct {
	Epochs int     // passes over the data (default 60)
	Rate   float64 // initial learning rate (default 0.05)
	L2     float64 // L2 penalty per update (default 1e-4)
	Seed   uint64  // shuffling seed (default 1): equal seeds give equal models
	// MinCount drops features seen in fewer examples (default 1, keep all): a word
	// of one headline only teaches the model that headline.
	MinCount int
}

// Train fits a model by stochastic gradient descent on the log loss,
// averaging the weights over epochs (a cheap, stable regulariser). It is
// deterministic: the order of examples depends only on opt.Seed.
func Train(ex []Example, opt TrainOptions) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 60
	}
	if opt.Rate <= 0 {
		opt.Rate = 0.05
	}
	if opt.L2 <= 0 {
		opt.L2 = 1e-4
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 1
	}
	names, xs, ys := indexFeatures(ex, opt.MinCount)
	sum := descend(len(names), xs, ys, opt)
	m := &Model{W: make(map[string][3]float64, len(names))}
	for j, n := range names {
		var v [3]float64
		keep := false
		for k := range 3 {
			v[k] = sum[j][k] / float64(opt.Epochs)
			if math.Abs(v[k]) >= 0.02 {
				keep = true
			}
		}
		if keep {
			m.W[n] = v
		}
	}
	return m
}

// indexFeatures numbers the features seen in at least minCount examples,
// in first-seen order so that maps never set the order, and returns their
// names, each example's feature numbers and its stance column.
func indexFeatures(ex []Example, minCount int) (names []string, xs [][]int, ys []int) {
	count := map[string]int{}
	for _, e := range ex {
		for _, f := range e.Features {
			count[f]++
		}
	}
	idx := map[string]int{}
	xs = make([][]int, len(ex))
	ys = make([]int, len(ex))
	for i, e := range ex {
		ys[i] = StanceIndex(e.Stance)
		for _, f := range e.Features {
			if count[f] < minCount {
				continue
			}
			j, ok := idx[f]
			if !ok {
				j = len(names)
				idx[f] = j
				names = append(names, f)
			}
			xs[i] = append(xs[i], j)
		}
	}
	return names, xs, ys
}

// descend runs the epochs of stochastic gradient descent over n features
// and returns the sum of the weights after each epoch.
func descend(n int, xs [][]int, ys []int, opt TrainOptions) [][3]float64 {
	w := make([][3]float64, n)
	sum := make([][3]float64, n)
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	var p [3]float64
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		lr := opt.Rate / (1 + float64(ep)*0.5)
		for _, i := range order {
			if ys[i] < 0 {
				continue
			}
			p = [3]float64{}
			for _, j := range xs[i] {
				for k := range 3 {
					p[k] += w[j][k]
				}
			}
			softmax(&p)
			for _, j := range xs[i] {
				for k := range 3 {
					g := p[k]
					if k == ys[i] {
						g--
					}
					w[j][k] -= lr * (g + opt.L2*w[j][k])
				}
			}
		}
		for j := range w {
			for k := range 3 {
				sum[j][k] += w[j][k]
			}
		}
	}
	return sum
}

func softmax(p *[3]float64) {
	mx := max(p[0], p[1], p[2])
	s := 0.0
	for k := range 3 {
		p[k] = math.Exp(p[k] - mx)
		s += p[k]
	}
	for k := range 3 {
		p[k] /= s
	}
}

// Predict returns the probabilities of asserts, denies and neutral.
func (m *Model) Predict(features []string) [3]float64 {
	var p [3]float64
	for _, f := range features {
		if v, ok := m.W[f]; ok {
			for k := range 3 {
				p[k] += v[k]
			}
		}
	}
	softmax(&p)
	return p
}

// WriteTo writes the model as a table: a header comment, then one line per
// feature (sorted) with its three weights.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	c, _ := fmt.Fprintf(bw, "# claimtrail stance model: multinomial logistic regression over sparse features.\n# feature\tasserts\tdenies\tneutral (written by the stance/emergent retrain test; do not edit)\n")
	n += int64(c)
	keys := make([]string, 0, len(m.W))
	for k := range m.W {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := m.W[k]
		c, _ := fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", k, fmtW(v[0]), fmtW(v[1]), fmtW(v[2]))
		n += int64(c)
	}
	return n, bw.Flush()
}

func fmtW(x float64) string { return strconv.FormatFloat(x, 'g', 3, 64) }

// ReadModel parses what WriteTo wrote.
func ReadModel(r io.Reader) (*Model, error) {
	m := &Model{W: map[string][3]float64{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("read model: line %d: want 4 fields, got %d", line, len(f))
		}
		var v [3]float64
		for k := range 3 {
			x, err := strconv.ParseFloat(f[k+1], 64)
			if err != nil {
				return nil, fmt.Errorf("read model: line %d: %w", line, err)
			}
			v[k] = x
		}
		m.W[f[0]] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	return m, nil
}
