// Package cluster learns word classes from unlabelled text, for the
// attribution tagger's features: each frequent word is described by the
// words seen just before and just after it, and the words are grouped by
// spherical k-means over those descriptions into fine classes, which are
// grouped again into coarser ones. Words that share a class stand in the
// same places in sentences ("said", "told", "added"; "Blair", "Howard"), so
// a feature of the class carries what the tagger learnt of one word over to
// words it saw rarely or never in its training data. Deterministic: the
// same texts and options give the same classes.
package cluster

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// Options controls Learn.
type Options struct {
	MinCount int   // words seen fewer times get no class
	MaxWords int   // at most this many words, the most frequent
	Context  int   // the most frequent words that describe a word's neighbours
	Levels   []int // number of classes per level, finest first (256, 64, 16)
	Iters    int   // k-means iterations per level
}

// Classes are the learnt word classes: per word, its class at each level
// (1-based; 0 for no class).
type Classes struct {
	Words  []string   // by descending frequency, ties in byte order
	Levels []int      // as in Options
	Of     [][]uint16 // Of[w][level]
}

// Counter counts the words and their neighbours in lower-cased token
// streams.
type Counter struct {
	freq  map[string]int
	pairs map[[2]string]int // (left, right) neighbouring words
}

// NewCounter returns an empty Counter.
func NewCounter() *Counter {
	return &Counter{freq: map[string]int{}, pairs: map[[2]string]int{}}
}

// Add counts one sentence or line of lower-cased words; "" marks a
// token that is not a word (a number, a mark), which breaks no sequence
// but is no one's neighbour word.
func (c *Counter) Add(words []string) {
	for i, w := range words {
		if w == "" {
			continue
		}
		c.freq[w]++
		if i+1 < len(words) && words[i+1] != "" {
			c.pairs[[2]string{w, words[i+1]}]++
		}
	}
}

// vector is a sparse, unit-length description of a word: indexes into
// the 2×Context dimensions (left neighbours, then right) and values.
type vector struct {
	idx []int32
	val []float32
}

// Learn groups the counted words into classes.
func (c *Counter) Learn(opt Options) *Classes {
	words := c.frequent(opt.MinCount, opt.MaxWords)
	id := make(map[string]int, len(words))
	for i, w := range words {
		id[w] = i
	}
	ctx := min(opt.Context, len(words))
	vecs := c.vectors(words, id, ctx)
	cl := &Classes{Words: words, Levels: opt.Levels, Of: make([][]uint16, len(words))}
	for i := range cl.Of {
		cl.Of[i] = make([]uint16, len(opt.Levels))
	}
	// the finest level clusters the words; each coarser level clusters
	// the centroids of the level before, weighted by their words' counts
	weights := make([]float64, len(words))
	for i, w := range words {
		weights[i] = math.Sqrt(float64(c.freq[w]))
	}
	points, member := vecs, make([]int, len(words))
	for i := range member {
		member[i] = i
	}
	for lv, k := range opt.Levels {
		assign, cents := kmeans(points, weights, 2*ctx, k, opt.Iters)
		for w := range words {
			cl.Of[w][lv] = uint16(assign[member[w]] + 1)
			member[w] = assign[member[w]]
		}
		// the centroids become the next level's points
		nw := make([]float64, len(cents))
		for p, a := range assign {
			nw[a] += weights[p]
		}
		points, weights = denseToSparse(cents), nw
	}
	return cl
}

// frequent returns the words seen minCount times or more, the maxWords
// most frequent, by descending count then byte order.
func (c *Counter) frequent(minCount, maxWords int) []string {
	var words []string
	for w, n := range c.freq {
		if n >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := c.freq[words[i]], c.freq[words[j]]
		if a != b {
			return a > b
		}
		return words[i] < words[j]
	})
	if len(words) > maxWords {
		words = words[:maxWords]
	}
	return words
}

// vectors describes each word by the square roots of its left and right
// neighbour distributions over the ctx most frequent words, unit length.
func (c *Counter) vectors(words []string, id map[string]int, ctx int) []vector {
	dense := make([]map[int32]float64, len(words))
	for i := range dense {
		dense[i] = map[int32]float64{}
	}
	for p, n := range c.pairs {
		l, lok := id[p[0]]
		r, rok := id[p[1]]
		if lok && r < ctx && rok {
			dense[l][int32(ctx+r)] += float64(n) // l's right neighbour r
		}
		if rok && l < ctx && lok {
			dense[r][int32(l)] += float64(n) // r's left neighbour l
		}
	}
	out := make([]vector, len(words))
	for i, m := range dense {
		var v vector
		for k := range m {
			v.idx = append(v.idx, k)
		}
		sort.Slice(v.idx, func(a, b int) bool { return v.idx[a] < v.idx[b] })
		var norm float64
		for _, k := range v.idx {
			x := math.Sqrt(m[k])
			norm += x * x
			v.val = append(v.val, float32(x))
		}
		if norm > 0 {
			s := float32(1 / math.Sqrt(norm))
			for j := range v.val {
				v.val[j] *= s
			}
		}
		out[i] = v
	}
	return out
}

// kmeans is spherical k-means of points (dimension dim) weighted by w,
// seeded with the first k points (the most frequent words): it returns
// each point's cluster and the unit-length centroids.
func kmeans(points []vector, w []float64, dim, k, iters int) ([]int, [][]float32) {
	k = min(k, len(points))
	cents := make([][]float32, k)
	for c := range cents {
		cents[c] = make([]float32, dim)
		for j, ix := range points[c].idx {
			cents[c][ix] = points[c].val[j]
		}
	}
	assign := make([]int, len(points))
	for it := 0; it < iters; it++ {
		changed := 0
		for p, v := range points {
			best, bs := 0, float32(-2)
			for c, ce := range cents {
				var s float32
				for j, ix := range v.idx {
					s += ce[ix] * v.val[j]
				}
				if s > bs {
					best, bs = c, s
				}
			}
			if it == 0 || assign[p] != best {
				changed++
			}
			assign[p] = best
		}
		cents = centroids(points, w, assign, dim, k, cents)
		if changed == 0 {
			break
		}
	}
	return assign, cents
}

// centroids returns the unit-length weighted means of each cluster's
// points; an empty cluster keeps its old centroid.
func centroids(points []vector, w []float64, assign []int, dim, k int, old [][]float32) [][]float32 {
	sums := make([][]float64, k)
	for c := range sums {
		sums[c] = make([]float64, dim)
	}
	for p, v := range points {
		s := sums[assign[p]]
		for j, ix := range v.idx {
			s[ix] += w[p] * float64(v.val[j])
		}
	}
	out := make([][]float32, k)
	for c, s := range sums {
		var norm float64
		for _, x := range s {
			norm += x * x
		}
		if norm == 0 {
			out[c] = old[c]
			continue
		}
		inv := 1 / math.Sqrt(norm)
		out[c] = make([]float32, dim)
		for j, x := range s {
			out[c][j] = float32(x * inv)
		}
	}
	return out
}

// denseToSparse turns centroids into sparse points.
func denseToSparse(cents [][]float32) []vector {
	out := make([]vector, len(cents))
	for c, ce := range cents {
		for j, x := range ce {
			if x != 0 {
				out[c].idx = append(out[c].idx, int32(j))
				out[c].val = append(out[c].val, x)
			}
		}
	}
	return out
}

// WriteTSV writes the classes as a language table: a header comment,
// then one line per word, its classes finest first.
func (cl *Classes) WriteTSV(w io.Writer, header string) error {
	bw := bufio.NewWriter(w)
	for _, line := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		fmt.Fprintf(bw, "# %s\n", line)
	}
	for i, word := range cl.Words {
		if strings.ContainsAny(word, "\t\n#") || strings.TrimSpace(word) != word {
			continue // not a key a table can hold
		}
		bw.WriteString(word)
		for _, c := range cl.Of[i] {
			fmt.Fprintf(bw, "\t%d", c)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// Form is the form of a word the classes key: lower-cased, each digit a
// 0 (so "2016" and "1999" share a class).
func Form(w string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return r
	}, strings.ToLower(w))
}
