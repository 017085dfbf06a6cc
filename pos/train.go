package pos

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/claimtrail/claimtrail/token"
)

// Sentence is one training or evaluation sentence: tokens of Text (a whole
// document; the tokens point into it) with a label per token. An empty
// label means the token has none (it did not align with the silver data):
// it is tagged for context but neither trained nor scored.
type Sentence struct {
	Text string
	Toks []token.Token
	POS  []string // Penn Treebank tags
	NER  []string // O, B-TYPE, I-TYPE
}

// Target selects the label a model learns.
type Target uint8

// Targets.
const (
	TargetPOS Target = iota
	TargetNER
)

func (g Target) labels(s *Sentence) []string {
	if g == TargetNER {
		return s.NER
	}
	return s.POS
}

// TrainOptions configures Train. Zero values pick the defaults.
type TrainOptions struct {
	Target     Target
	Iterations int    // passes over the data (default 8)
	Seed       uint64 // seeds the per-pass shuffle (default 1)
	// MinCount drops features seen fewer times in the gold data (default 2).
	MinCount int
	// Bigrams adds word-pair features.
	Bigrams bool
	// Narrow drops the words two tokens away: faster, a little less
	// accurate.
	Narrow bool
	// TagWord adds previous-tag × word features: a little more accurate
	// (+0.1 POS, +0.3 NER F1 on PolNeAR dev), a little slower (one more
	// random probe per token).
	TagWord bool
	// FormMin is how often a token must occur to get a pre-summed row
	// (default 5): more forms are faster to tag but cost memory.
	FormMin int
	// Prune drops averaged weights smaller in magnitude (default 0.5, in
	// perceptron updates): they rarely change a decision but cost bytes.
	Prune float64
	// Tags fixes the tag set and its order; by default the sorted labels
	// seen (with "O" first for NER).
	Tags []string
	Log  io.Writer // progress, if non-nil
}

// fkey is a feature: an atom hash and the segment (offset) it is seen at.
type fkey struct {
	h    uint64
	kind uint8
	seg  int8
}

// startFlags marks sentence starts inside toks exactly as Tag does.
func startFlags(dst []bool, text string, toks []token.Token) []bool {
	var sb sentBreaker
	for _, tk := range toks {
		dst = append(dst, sb.next(text[tk.Start:tk.End], tk))
	}
	return dst
}

// bigramAt returns the bigram atom of token j.
func bigramAt(a []atoms, start []bool, j int) uint64 {
	prev := padBefore
	if !start[j] {
		prev = a[j-1][aWord]
	}
	return atomBigram(prev, a[j][aWord])
}

// staticFeatures appends the features of position i that do not depend on
// tags. It mirrors Tagger.score, which a test checks.
func staticFeatures(dst []fkey, a []atoms, start []bool, i int, bigrams, narrow bool) []fkey {
	n := len(a)
	if bigrams {
		dst = append(dst, fkey{bigramAt(a, start, i), aBigram, 0})
		if i+1 < n && !start[i+1] {
			dst = append(dst, fkey{bigramAt(a, start, i+1), aBigram, 1})
		}
	}
	okL1 := !start[i]
	okL2 := okL1 && !start[i-1]
	okR1 := i+1 < n && !start[i+1]
	okR2 := okR1 && i+2 < n && !start[i+2]
	switch {
	case narrow:
	case okL2:
		dst = append(dst, fkey{a[i-2][aWord], aWord, 0})
	default:
		dst = append(dst, fkey{padBefore, aWord, 0})
	}
	if okL1 {
		dst = append(dst, fkey{a[i-1][aWord], aWord, 1}, fkey{a[i-1][aSuf3], aSuf3, 0}, fkey{a[i-1][aShape], aShape, 0})
	} else {
		dst = append(dst, fkey{padBefore, aWord, 1})
	}
	dst = append(dst, fkey{a[i][aWord], aWord, 2}, fkey{a[i][aSuf3], aSuf3, 1}, fkey{a[i][aShape], aShape, 1})
	for k := aSuf2; k < nStatic; k++ {
		dst = append(dst, fkey{a[i][k], uint8(k), 0})
	}
	if okR1 {
		dst = append(dst, fkey{a[i+1][aWord], aWord, 3}, fkey{a[i+1][aSuf3], aSuf3, 2}, fkey{a[i+1][aShape], aShape, 2})
	} else {
		dst = append(dst, fkey{padAfter, aWord, 3})
	}
	switch {
	case narrow:
	case okR2:
		dst = append(dst, fkey{a[i+2][aWord], aWord, 4})
	default:
		dst = append(dst, fkey{padAfter, aWord, 4})
	}
	if start[i] {
		dst = append(dst, fkey{atomFirst(a[i][aShape]), aFirst, 0})
	}
	return dst
}

// wentry is one weight of a training feature: current value and the sum
// of step×update that yields its average (w - u/c) without timestamps.
// Updates are ±1, so both are exact integers and training is exactly
// reproducible.
type wentry struct {
	tag uint8
	w   int32
	u   int64
}

type trainer struct {
	n     int
	feats [][]wentry // dense history features first, then sparse ones
	keys  []fkey     // keys[f-nDense] for sparse features
	tagW  map[uint64]int32
	c     int64
	nd    int // number of dense history features
	// this iteration's labelled tokens tagged right and all; the
	// sentence's predicted tags and the token's active features
	right, total int
	pred         []uint8
	active       []int32
}

func (tr *trainer) upd(f int32, tag uint8, v int32) {
	es := tr.feats[f]
	for k := range es {
		if es[k].tag == tag {
			es[k].w += v
			es[k].u += tr.c * int64(v)
			return
		}
	}
	tr.feats[f] = append(es, wentry{tag: tag, w: v, u: tr.c * int64(v)})
}

// dense history features: bias, prev, prev2, (prev, prev2); prev = n is start.
func (tr *trainer) history(dst []int32, prev, prev2 int) []int32 {
	n1 := tr.n + 1
	return append(dst, 0, int32(1+prev), int32(1+n1+prev2), int32(1+2*n1+prev*n1+prev2))
}

// Train trains an averaged perceptron on sents and returns the model.
func Train(sents []Sentence, opts TrainOptions) (*Model, error) {
	opts = opts.withDefaults()
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format, args...)
		}
	}
	tags := opts.Tags
	if tags == nil {
		tags = tagSet(sents, opts.Target)
	}
	if len(tags) == 0 || len(tags) > maxTags {
		return nil, fmt.Errorf("pos: %d tags (want 1..%d)", len(tags), maxTags)
	}
	ss, forms, err := prepare(sents, tags, opts.Target)
	if err != nil {
		return nil, err
	}
	keep := frequentFeatures(ss, len(tags), opts, logf)
	tr, fidx := newTrainer(len(tags), keep)
	statics := staticIndexes(ss, fidx, opts)
	allowed := allowedTags(tags)
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	order := make([]int, len(ss))
	for i := range order {
		order[i] = i
	}
	for it := 0; it < opts.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		tr.right, tr.total = 0, 0
		for _, si := range order {
			tr.learn(&ss[si], &statics[si], allowed, opts.TagWord)
		}
		logf("iteration %d: training accuracy %.4f\n", it+1, float64(tr.right)/float64(max(tr.total, 1)))
	}
	m := tr.export(tags, opts.Prune, logf)
	m.Bigrams, m.TagWord, m.Narrow = opts.Bigrams, opts.TagWord, opts.Narrow
	forms.add(m, opts.FormMin)
	logf("forms: %d pre-summed (seen >= %d times)\n", len(m.Forms), opts.FormMin)
	return m, nil
}

// withDefaults fills in the options left zero.
func (opts TrainOptions) withDefaults() TrainOptions {
	if opts.Iterations <= 0 {
		opts.Iterations = 8
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 2
	}
	if opts.FormMin <= 0 {
		opts.FormMin = 5
	}
	if opts.Prune == 0 {
		opts.Prune = 0.5
	}
	return opts
}

// tagSet returns the labels seen, sorted, with "O" first.
func tagSet(sents []Sentence, target Target) []string {
	seen := map[string]bool{}
	for i := range sents {
		for _, l := range target.labels(&sents[i]) {
			if l != "" {
				seen[l] = true
			}
		}
	}
	var tags []string
	for l := range seen {
		tags = append(tags, l)
	}
	sort.Slice(tags, func(i, j int) bool {
		if (tags[i] == "O") != (tags[j] == "O") {
			return tags[i] == "O"
		}
		return tags[i] < tags[j]
	})
	return tags
}

// unknown is the gold tag of a token without a label.
const unknown = 255

// sent is a training sentence as atoms, start flags and gold tag indexes.
type sent struct {
	a     []atoms
	start []bool
	gold  []uint8
}

// formStats counts the tokens' forms, and keeps each form's atoms.
type formStats struct {
	count map[uint64]int
	atoms map[uint64]atoms
}

// prepare turns the sentences with tokens into atoms and gold tag
// indexes, and counts their forms.
func prepare(sents []Sentence, tags []string, target Target) ([]sent, formStats, error) {
	index := map[string]uint8{}
	for i, t := range tags {
		index[t] = uint8(i)
	}
	ss := make([]sent, 0, len(sents))
	forms := formStats{count: map[uint64]int{}, atoms: map[uint64]atoms{}}
	for i := range sents {
		s := &sents[i]
		labels := target.labels(s)
		if len(labels) != len(s.Toks) {
			return nil, forms, fmt.Errorf("pos: sentence %d has %d tokens and %d labels", i, len(s.Toks), len(labels))
		}
		if len(s.Toks) == 0 {
			continue
		}
		x := sent{a: make([]atoms, len(s.Toks)), gold: make([]uint8, len(s.Toks))}
		for j, tk := range s.Toks {
			x.a[j] = tokenAtoms(s.Text[tk.Start:tk.End], tk.Kind)
			x.gold[j] = unknown
			if l := labels[j]; l != "" {
				g, ok := index[l]
				if !ok {
					return nil, forms, fmt.Errorf("pos: label %q not in the tag set", l)
				}
				x.gold[j] = g
			}
		}
		x.start = startFlags(nil, s.Text, s.Toks)
		ss = append(ss, x)
		for j := range x.a {
			k := formKey(&x.a[j])
			if forms.count[k] == 0 {
				forms.atoms[k] = x.a[j]
			}
			forms.count[k]++
		}
	}
	if len(ss) == 0 {
		return nil, forms, errors.New("pos: no training sentences")
	}
	return ss, forms, nil
}

// add gives m a pre-summed row for each form seen at least minCount times,
// naming the atoms of it that have rows.
func (fs formStats) add(m *Model, minCount int) {
	have := make(map[uint64]bool, len(m.Atoms))
	for _, r := range m.Atoms {
		have[r.Hash] = true
	}
	for k, c := range fs.count {
		if c < minCount {
			continue
		}
		f := Form{Key: k}
		for j, h := range fs.atoms[k] {
			if have[h] {
				f.Atoms[j] = h
			}
		}
		m.Forms = append(m.Forms, f)
	}
	sort.Slice(m.Forms, func(i, j int) bool { return m.Forms[i].Key < m.Forms[j].Key })
}

// frequentFeatures counts the features over the gold data (n tags) and
// returns those seen opts.MinCount times, in key order.
func frequentFeatures(ss []sent, n int, opts TrainOptions, logf func(string, ...any)) []fkey {
	counts := map[fkey]int32{}
	var buf []fkey
	for _, x := range ss {
		for i := range x.a {
			buf = staticFeatures(buf[:0], x.a, x.start, i, opts.Bigrams, opts.Narrow)
			prev := n
			if !x.start[i] {
				prev = int(x.gold[i-1])
			}
			if prev != unknown && opts.TagWord {
				buf = append(buf, fkey{atomTagW(x.a[i][aWord], uint8(prev)), aTagW, 0})
			}
			for _, k := range buf {
				counts[k]++
			}
		}
	}
	var keep []fkey
	for k, c := range counts {
		if int(c) >= opts.MinCount {
			keep = append(keep, k)
		}
	}
	sort.Slice(keep, func(i, j int) bool {
		a, b := keep[i], keep[j]
		if a.h != b.h {
			return a.h < b.h
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		return a.seg < b.seg
	})
	logf("features: %d seen, %d kept (count >= %d)\n", len(counts), len(keep), opts.MinCount)
	return keep
}

// newTrainer numbers the dense history features, then the kept ones:
// tag × word features by their hash in tr.tagW, the static ones in the
// returned index.
func newTrainer(n int, keep []fkey) (*trainer, map[fkey]int32) {
	n1 := n + 1
	tr := &trainer{n: n, nd: 1 + 2*n1 + n1*n1, tagW: map[uint64]int32{}, c: 1}
	fidx := make(map[fkey]int32, len(keep))
	for _, k := range keep {
		f := int32(tr.nd + len(tr.keys))
		tr.keys = append(tr.keys, k)
		if k.kind == aTagW {
			tr.tagW[k.h] = f
		} else {
			fidx[k] = f
		}
	}
	tr.feats = make([][]wentry, tr.nd+len(tr.keys))
	return tr, fidx
}

// statics holds a sentence's static feature numbers, token i's at
// flat[off[i]:off[i+1]].
type statics struct {
	flat, off []int32
}

// staticIndexes numbers each token's static features once.
func staticIndexes(ss []sent, fidx map[fkey]int32, opts TrainOptions) []statics {
	out := make([]statics, len(ss))
	var buf []fkey
	for si, x := range ss {
		var st statics
		for i := range x.a {
			st.off = append(st.off, int32(len(st.flat)))
			buf = staticFeatures(buf[:0], x.a, x.start, i, opts.Bigrams, opts.Narrow)
			for _, k := range buf {
				if f, ok := fidx[k]; ok {
					st.flat = append(st.flat, f)
				}
			}
		}
		st.off = append(st.off, int32(len(st.flat)))
		out[si] = st
	}
	return out
}

// learn tags x greedily with the current weights, updating them at each
// labelled token tagged wrong.
func (tr *trainer) learn(x *sent, st *statics, allowed []uint64, tagWord bool) {
	n := tr.n
	tr.pred = tr.pred[:0]
	for i := range x.a {
		prev, prev2 := n, n
		if !x.start[i] {
			prev = int(tr.pred[i-1])
			if !x.start[i-1] {
				prev2 = int(tr.pred[i-2])
			}
		}
		tr.active = tr.history(tr.active[:0], prev, prev2)
		tr.active = append(tr.active, st.flat[st.off[i]:st.off[i+1]]...)
		if tagWord {
			if f, ok := tr.tagW[atomTagW(x.a[i][aWord], uint8(prev))]; ok {
				tr.active = append(tr.active, f)
			}
		}
		guess := tr.guess(allowed[prev])
		if g := x.gold[i]; g != unknown {
			tr.total++
			if int(g) == guess {
				tr.right++
			} else {
				for _, f := range tr.active {
					tr.upd(f, g, 1)
					tr.upd(f, uint8(guess), -1)
				}
			}
			tr.c++
		}
		tr.pred = append(tr.pred, uint8(guess))
	}
}

// guess returns the best tag of the allowed set under the active
// features, the lower tag on a tie.
func (tr *trainer) guess(allowed uint64) int {
	var sc [maxTags]int64
	for _, f := range tr.active {
		for _, e := range tr.feats[f] {
			sc[e.tag] += int64(e.w)
		}
	}
	guess, best := 0, int64(math.MinInt64)
	for c := 0; c < tr.n; c++ {
		if allowed&(1<<c) != 0 && sc[c] > best {
			best, guess = sc[c], c
		}
	}
	return guess
}

// maxWeight bounds quantised feature weights so that a position's sum
// fits a 16-bit lane (history weights are not bounded: the tagger adds
// them outside the lanes). 1638 steps lose nothing measurable.
const maxWeight = 32767 / maxSegs

// export averages, prunes and quantises the weights into a Model.
func (tr *trainer) export(tags []string, prune float64, logf func(string, ...any)) *Model {
	n, n1 := tr.n, tr.n+1
	avg := func(e wentry) float64 { return float64(e.w) - float64(e.u)/float64(tr.c) }
	// the scale comes from the feature weights alone: history weights
	// (bias, transitions) grow far larger and would coarsen it
	maxAbs := 0.0
	for f := tr.nd; f < len(tr.feats); f++ {
		for _, e := range tr.feats[f] {
			maxAbs = math.Max(maxAbs, math.Abs(avg(e)))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = maxWeight / maxAbs
	}
	m := &Model{Tags: slices.Clone(tags), Dense: make([]int32, n1*n1*n)}
	dense := func(f int, tag int) float64 {
		for _, e := range tr.feats[f] {
			if int(e.tag) == tag {
				return avg(e)
			}
		}
		return 0
	}
	for p := 0; p < n1; p++ {
		for p2 := 0; p2 < n1; p2++ {
			h := tr.history(nil, p, p2)
			for c := 0; c < n; c++ {
				s := 0.0
				for _, f := range h {
					s += dense(int(f), c)
				}
				m.Dense[(p*n1+p2)*n+c] = int32(math.Round(s * scale))
			}
		}
	}
	kept, dropped := 0, 0
	rows := map[uint64]int{}
	for i, k := range tr.keys {
		var seg []TagWeight
		for _, e := range tr.feats[tr.nd+i] {
			a := avg(e)
			q := math.Round(a * scale)
			if math.Abs(a) < prune || q == 0 {
				dropped++
				continue
			}
			seg = append(seg, TagWeight{Tag: e.tag, W: int16(q)})
		}
		if len(seg) == 0 {
			continue
		}
		kept += len(seg)
		sort.Slice(seg, func(a, b int) bool { return seg[a].Tag < seg[b].Tag })
		r, ok := rows[k.h]
		if !ok {
			r = len(m.Atoms)
			rows[k.h] = r
			m.Atoms = append(m.Atoms, AtomRow{Hash: k.h, Kind: k.kind, Segs: make([][]TagWeight, kindSegs[k.kind])})
		}
		if m.Atoms[r].Kind != k.kind { // a 64-bit collision across kinds
			continue
		}
		m.Atoms[r].Segs[k.seg] = seg
	}
	logf("weights: %d kept, %d pruned; %d atoms; max |w| %.1f\n", kept, dropped, len(m.Atoms), maxAbs)
	return m
}
