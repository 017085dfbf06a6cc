// Package seqtag is a linear-chain sequence tagger: a structured averaged
// perceptron over hashed features with Viterbi decoding and BIO
// constraints. It is trained by the repository's own code, serialised in a
// compact binary form and embedded, so nothing is downloaded at run time.
package seqtag

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// Seq is one training or decoding sequence: for token t its hashed
// features are Feats[Off[t]:Off[t+1]].
type Seq struct {
	Off   []int32
	Feats []uint64
	Gold  []uint8 // training only
}

// Len returns the number of tokens.
func (s *Seq) Len() int { return len(s.Off) - 1 }

// Reset empties s for reuse.
func (s *Seq) Reset() {
	s.Off = append(s.Off[:0], 0)
	s.Feats = s.Feats[:0]
	s.Gold = s.Gold[:0]
}

// Add appends one token's features (already in s.Feats since the last
// EndToken) — callers append to Feats, then call EndToken.
func (s *Seq) EndToken() { s.Off = append(s.Off, int32(len(s.Feats))) }

// Model is a trained tagger.
type Model struct {
	Labels []string
	L      int
	// W holds the weights row by row (nfeat*L); training and writing use it.
	W []float32
	// slots is the run-time open-addressing table of Decode: key (0 =
	// empty) and the row's weights quantised to int16, packed inline, so
	// a lookup touches one cache line. (A Pair builds its own table.)
	slots []slot
	mask  uint64
	scale float32
	keys  []uint64  // feature keys, row order of W
	Trans []float32 // (L+1)*L; row L is the start state
	allow []bool    // (L+1)*L BIO constraints
	final []bool    // labels that may end a sequence
	tl    trellis
}

// NumFeatures returns how many features carry weights.
func (m *Model) NumFeatures() int { return len(m.W) / m.L }

// maxLabels bounds the labels a model decodes with the fast table.
const maxLabels = 13

// slotWords is how many 64-bit words hold a row: two labels per word.
const slotWords = (maxLabels + 1) / 2

// slot is one table entry, 64 bytes so that it fills one cache line: the
// row's int16 weights packed two labels to a word in 32-bit lanes (label l
// adds w<<(32*(l%2)) to word l/2), then the key. Adding packed words adds
// every lane exactly, since a token's lane sums stay far within 32 bits,
// so one 64-bit add does two labels' work.
type slot struct {
	w   packedRow
	key uint64
}

// packedRow holds a row's weights, or their sums, two labels to a word.
type packedRow [slotWords]uint64

// packedRow.add is unrolled for seven words: this fails to compile
// if slotWords changes.
const _ = uint(slotWords-7) + uint(7-slotWords)

// add adds r's lanes to a's.
func (a *packedRow) add(r *packedRow) {
	a[0] += r[0]
	a[1] += r[1]
	a[2] += r[2]
	a[3] += r[3]
	a[4] += r[4]
	a[5] += r[5]
	a[6] += r[6]
}

// label returns label l's sum.
func (a *packedRow) label(l int) int32 {
	v := a[l/2]
	lo := int32(uint32(v))
	if l%2 == 0 {
		return lo
	}
	return int32((int64(v) - int64(lo)) >> 32)
}

// add adds the weights of feature k, if it has any, to acc.
func (m *Model) add(acc *packedRow, k uint64) {
	if k == 0 {
		k = 1
	}
	for i := (k ^ k>>29) & m.mask; ; i = (i + 1) & m.mask {
		s := &m.slots[i]
		switch s.key {
		case k:
			acc.add(&s.w)
			return
		case 0:
			return
		}
	}
}

// bioAllow computes which label transitions are legal (row L is the
// start state). With BIO labels: I-X only after B-X or I-X. With BIOES
// labels (any E- or S- label): after B-X or I-X only I-X or E-X; I-X and
// E-X only after B-X or I-X. Labels of no such form are unconstrained.
func bioAllow(labels []string) []bool {
	L := len(labels)
	bioes := false
	for _, l := range labels {
		if strings.HasPrefix(l, "E-") || strings.HasPrefix(l, "S-") {
			bioes = true
		}
	}
	allow := make([]bool, (L+1)*L)
	for p := 0; p <= L; p++ {
		pp, px := "", ""
		if p < L {
			pp, px = prefix(labels[p])
		}
		for c := 0; c < L; c++ {
			cp, cx := prefix(labels[c])
			ok := true
			switch {
			case bioes && (pp == "B" || pp == "I"):
				ok = (cp == "I" || cp == "E") && cx == px
			case cp == "I" || bioes && cp == "E":
				ok = (pp == "B" || pp == "I") && px == cx
			}
			allow[p*L+c] = ok
		}
	}
	return allow
}

// finalAllow reports which labels may end a sequence: with BIOES labels,
// not B- or I-.
func finalAllow(labels []string) []bool {
	out := make([]bool, len(labels))
	bioes := false
	for _, l := range labels {
		if strings.HasPrefix(l, "E-") || strings.HasPrefix(l, "S-") {
			bioes = true
		}
	}
	for i, l := range labels {
		p, _ := prefix(l)
		out[i] = !bioes || (p != "B" && p != "I")
	}
	return out
}

func prefix(l string) (string, string) {
	if len(l) > 2 && l[1] == '-' {
		return l[:1], l[2:]
	}
	return "", l
}

// Decoder holds reusable buffers for Decode; one per goroutine.
type Decoder struct {
	emit []float32
	back []uint8
	acc2 []lanes // Pair: the second model's sums per token
	hits []int32
}

// Decode returns the best label sequence for s, appended to dst.
func (m *Model) Decode(d *Decoder, s *Seq, dst []uint8) []uint8 {
	n, L := s.Len(), m.L
	if n <= 0 {
		return dst
	}
	d.emit = grow(d.emit, n*L)
	for t := 0; t < n; t++ {
		var acc packedRow
		for _, f := range s.Feats[s.Off[t]:s.Off[t+1]] {
			m.add(&acc, f)
		}
		e := d.emit[t*L : (t+1)*L]
		for l := range e {
			e[l] = float32(acc.label(l)) * m.scale
		}
	}
	return viterbi(d, n, &m.tl, d.emit, dst)
}

// trellis holds what Viterbi needs besides the emissions: transition
// scores (trans, row L the start state), and per label its legal
// predecessors in increasing order (start state excluded), whether it may
// open a sequence and whether it may end one.
type trellis struct {
	L     int
	trans []float32
	np    [16]uint8
	preds [16][16]uint8 // 16 > maxLabels: indexes masked with 15 need no bounds checks
	start [maxLabels]bool
	final [maxLabels]bool
	// bioes3: the labels are O then B, I, E, S of three roles, in that
	// order, with the BIOES constraints; step13 decodes them unrolled
	bioes3 bool
}

func newTrellis(L int, trans []float32, allow, final []bool) trellis {
	tr := trellis{L: L, trans: trans}
	for c := 0; c < L; c++ {
		tr.start[c] = allow[L*L+c]
		tr.final[c] = final[c]
		for p := 0; p < L; p++ {
			if allow[p*L+c] {
				tr.preds[c][tr.np[c]] = uint8(p)
				tr.np[c]++
			}
		}
	}
	tr.bioes3 = L == 13
	for c := 0; c < L && tr.bioes3; c++ {
		want := bioes3Closed[:]
		if k := (c - 1) % 4; c > 0 && (k == 1 || k == 2) { // I- or E-: after B- or I- of its role
			b := uint8(c - k)
			want = []uint8{b, b + 1}
		}
		tr.bioes3 = string(tr.preds[c][:tr.np[c]]) == string(want)
	}
	return tr
}

// bioes3Closed are the labels after which O, B- and S- labels may come
// in three-role BIOES: O, E- and S-.
var bioes3Closed = [7]uint8{0, 3, 4, 7, 8, 11, 12}

// step13 is step for three-role BIOES (trellis.bioes3), with the same
// results: the seven labels that close a span are read once and every
// comparison is written out.
func step13(prev, cur *[16]float32, tw *[16][16]float32, e []float32, back []uint8) {
	e, back = e[:13], back[:13]
	neg := float32(math.Inf(-1))
	q0, q1, q2, q3, q4, q5, q6 := prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12]
	for _, c := range [7]uint8{0, 1, 4, 5, 8, 9, 12} {
		w := &tw[c&15]
		best, arg := neg, uint8(0)
		if v := q0 + w[0]; v > best {
			best, arg = v, 0
		}
		if v := q1 + w[1]; v > best {
			best, arg = v, 3
		}
		if v := q2 + w[2]; v > best {
			best, arg = v, 4
		}
		if v := q3 + w[3]; v > best {
			best, arg = v, 7
		}
		if v := q4 + w[4]; v > best {
			best, arg = v, 8
		}
		if v := q5 + w[5]; v > best {
			best, arg = v, 11
		}
		if v := q6 + w[6]; v > best {
			best, arg = v, 12
		}
		cur[c&15] = best + e[c%13]
		back[c%13] = arg
	}
	for _, b := range [3]uint8{1, 5, 9} {
		pb, pi := prev[b&15], prev[(b+1)&15]
		for _, c := range [2]uint8{b + 1, b + 2} {
			w := &tw[c&15]
			best, arg := neg, uint8(0)
			if v := pb + w[0]; v > best {
				best, arg = v, b
			}
			if v := pi + w[1]; v > best {
				best, arg = v, b+1
			}
			cur[c&15] = best + e[c%13]
			back[c%13] = arg
		}
	}
}

// step scores the labels of one token from the previous token's scores.
func (tl *trellis) step(prev, cur *[16]float32, tw *[16][16]float32, e []float32, back []uint8) {
	neg := float32(math.Inf(-1))
	back = back[:len(e)]
	for c, ec := range e {
		// an illegal or unreachable predecessor scores -Inf, which never
		// beats best; the first best in label order wins
		best, arg := neg, uint8(0)
		ps, ws := &tl.preds[c&15], &tw[c&15]
		switch tl.np[c&15] {
		case 2: // I- and E- labels of BIOES: after B- or I-
			if v := prev[ps[0]&15] + ws[0]; v > best {
				best, arg = v, ps[0]
			}
			if v := prev[ps[1]&15] + ws[1]; v > best {
				best, arg = v, ps[1]
			}
		case 7: // O, B- and S- of three-role BIOES: after O, E- or S-
			if v := prev[ps[0]&15] + ws[0]; v > best {
				best, arg = v, ps[0]
			}
			if v := prev[ps[1]&15] + ws[1]; v > best {
				best, arg = v, ps[1]
			}
			if v := prev[ps[2]&15] + ws[2]; v > best {
				best, arg = v, ps[2]
			}
			if v := prev[ps[3]&15] + ws[3]; v > best {
				best, arg = v, ps[3]
			}
			if v := prev[ps[4]&15] + ws[4]; v > best {
				best, arg = v, ps[4]
			}
			if v := prev[ps[5]&15] + ws[5]; v > best {
				best, arg = v, ps[5]
			}
			if v := prev[ps[6]&15] + ws[6]; v > best {
				best, arg = v, ps[6]
			}
		default:
			for j, n := 0, int(tl.np[c&15]); j < n; j++ {
				p := ps[j&15]
				if v := prev[p&15] + ws[j&15]; v > best {
					best, arg = v, p
				}
			}
		}
		if best == neg {
			cur[c&15] = neg
		} else {
			cur[c&15] = best + ec
		}
		back[c] = arg
	}
}

func viterbi(d *Decoder, n int, tl *trellis, emit []float32, dst []uint8) []uint8 {
	L, trans := tl.L, tl.trans
	if cap(d.back) < n*L {
		d.back = make([]uint8, n*L)
	}
	d.back = d.back[:n*L]
	// the legal transitions' scores, read once: tw[c][j] is the score of
	// preds[c][j] -> c (training changes trans between calls)
	var tw [16][16]float32
	for c := 0; c < L; c++ {
		for j, p := range tl.preds[c][:tl.np[c]] {
			tw[c][j] = trans[int(p)*L+c]
		}
	}
	// scores of the previous and current token by label, alternating
	var sc [2][16]float32
	neg := float32(math.Inf(-1))
	for c := 0; c < L; c++ {
		if tl.start[c] {
			sc[0][c] = trans[L*L+c] + emit[c]
		} else {
			sc[0][c] = neg
		}
	}
	for t := 1; t < n; t++ {
		prev, cur := &sc[(t-1)&1], &sc[t&1]
		if tl.bioes3 {
			step13(prev, cur, &tw, emit[t*L:(t+1)*L], d.back[t*L:(t+1)*L])
		} else {
			tl.step(prev, cur, &tw, emit[t*L:(t+1)*L], d.back[t*L:(t+1)*L])
		}
	}
	last := &sc[(n-1)&1]
	best, arg := neg, 0
	for c := 0; c < L; c++ {
		if last[c] > best && tl.final[c] {
			best, arg = last[c], c
		}
	}
	start := len(dst)
	for i := 0; i < n; i++ {
		dst = append(dst, 0)
	}
	out := dst[start:]
	for t := n - 1; t >= 0; t-- {
		out[t] = uint8(arg)
		arg = int(d.back[t*L+arg])
	}
	return dst
}

func grow(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	return b[:n]
}

// TrainOptions controls training.
type TrainOptions struct {
	Epochs int    // passes over the data (default 8)
	Seed   uint64 // shuffling seed (training is deterministic for a seed)
	// MinCount drops features seen fewer times in the data (default 2).
	MinCount int
	Log      io.Writer
	// Eval, when set, is called after each epoch with the averaged model.
	Eval func(epoch int, m *Model)
}

// Train learns a model from labelled sequences.
func Train(labels []string, seqs []Seq, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	L := len(labels)
	if L < 2 || L > maxLabels {
		return nil, fmt.Errorf("seqtag: need 2 to %d labels", maxLabels)
	}
	// feature index over features seen MinCount times, in first-seen order
	counts := map[uint64]int32{}
	for i := range seqs {
		for _, f := range seqs[i].Feats {
			counts[f]++
		}
	}
	index := map[uint64]int32{}
	var order []uint64
	for i := range seqs {
		for _, f := range seqs[i].Feats {
			if counts[f] >= int32(opt.MinCount) {
				if _, ok := index[f]; !ok {
					index[f] = int32(len(order))
					order = append(order, f)
				}
			}
		}
	}
	counts = nil
	// map features to dense ids once
	dense := make([][]int32, len(seqs))
	for i := range seqs {
		d := make([]int32, len(seqs[i].Feats))
		for j, f := range seqs[i].Feats {
			if r, ok := index[f]; ok {
				d[j] = r
			} else {
				d[j] = -1
			}
		}
		dense[i] = d
	}
	nf := len(order)
	w := make([]float32, nf*L)
	u := make([]float32, nf*L) // c-weighted updates for averaging
	T := L + 1
	tr := make([]float32, T*L)
	tu := make([]float32, T*L)
	allow := bioAllow(labels)
	final := finalAllow(labels)
	tl := newTrellis(L, tr, allow, final)
	c := float32(1)
	var dec Decoder
	perm := make([]int, len(seqs))
	for i := range perm {
		perm[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	var pred []uint8
	var emit []float32
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		errs, total := 0, 0
		for _, si := range perm {
			s := &seqs[si]
			n := s.Len()
			if n <= 0 {
				continue
			}
			emit = grow(emit, n*L)
			ids := dense[si]
			for t := 0; t < n; t++ {
				e := emit[t*L : (t+1)*L]
				clear(e)
				for _, r := range ids[s.Off[t]:s.Off[t+1]] {
					if r >= 0 {
						row := w[int(r)*L : int(r)*L+L]
						for l := range e {
							e[l] += row[l]
						}
					}
				}
			}
			pred = viterbi(&dec, n, &tl, emit, pred[:0])
			prevG, prevP := L, L
			for t := 0; t < n; t++ {
				g, p := int(s.Gold[t]), int(pred[t])
				total++
				if g != p {
					errs++
					for _, r := range ids[s.Off[t]:s.Off[t+1]] {
						if r >= 0 {
							w[int(r)*L+g]++
							u[int(r)*L+g] += c
							w[int(r)*L+p]--
							u[int(r)*L+p] -= c
						}
					}
				}
				if g != p || prevG != prevP {
					tr[prevG*L+g]++
					tu[prevG*L+g] += c
					tr[prevP*L+p]--
					tu[prevP*L+p] -= c
				}
				prevG, prevP = g, p
			}
			c++
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: token error %.2f%% (%d features)\n", ep, 100*float64(errs)/float64(max(total, 1)), nf)
		}
		if opt.Eval != nil {
			opt.Eval(ep, build(labels, order, w, u, tr, tu, c, allow))
		}
	}
	return build(labels, order, w, u, tr, tu, c, allow), nil
}

// build averages the weights and drops features whose row is all zero.
func build(labels []string, order []uint64, w, u, tr, tu []float32, c float32, allow []bool) *Model {
	L := len(labels)
	m := &Model{Labels: append([]string(nil), labels...), L: L, allow: allow, final: finalAllow(labels)}
	var keys []uint64
	var W []float32
	row := make([]float32, L)
	for i, k := range order {
		nz := false
		for l := 0; l < L; l++ {
			v := w[i*L+l] - u[i*L+l]/c
			if v > -1e-3 && v < 1e-3 {
				v = 0
			}
			row[l] = v
			nz = nz || v != 0
		}
		if nz {
			keys = append(keys, k)
			W = append(W, row...)
		}
	}
	m.Trans = make([]float32, len(tr))
	for i := range tr {
		m.Trans[i] = tr[i] - tu[i]/c
	}
	m.W = W
	m.keys = keys
	m.index()
	return m
}

// index builds the run-time table from keys and W, quantising weights to
// int16 with one scale.
func (m *Model) index() {
	m.tl = newTrellis(m.L, m.Trans, m.allow, m.final)
	keys := m.keys
	size := 1
	for size < 3*len(keys)/2+2 {
		size <<= 1
	}
	maxAbs := float32(0)
	for _, v := range m.W {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	m.scale = 1
	if maxAbs > 0 {
		m.scale = maxAbs / 32767
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	for r, k := range keys {
		if k == 0 {
			k = 1
		}
		i := (k ^ k>>29) & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		sl := &m.slots[i]
		sl.key = k
		for l := 0; l < m.L && l < maxLabels; l++ {
			q := int64(int16(math.Round(float64(m.W[r*m.L+l] / m.scale))))
			sl.w[l/2] += uint64(q << (32 * (l % 2)))
		}
	}
}

const magic = "ctseqtag1"

// WriteTo writes the model gzip-compressed, weights quantised to int16
// with one scale (the perceptron's weights are small integers averaged,
// so 16 bits lose nothing that changes a decision in practice).
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	le := binary.LittleEndian
	put := func(v any) { binary.Write(bw, le, v) }
	bw.WriteString(magic)
	put(uint32(m.L))
	for _, l := range m.Labels {
		put(uint16(len(l)))
		bw.WriteString(l)
	}
	keys := m.keys
	// sort rows by key so the gzip stream compresses the deltas well
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	put(uint32(len(keys)))
	var prev uint64
	var buf [binary.MaxVarintLen64]byte
	for _, i := range idx {
		n := binary.PutUvarint(buf[:], keys[i]-prev)
		bw.Write(buf[:n])
		prev = keys[i]
	}
	maxAbs := float32(0)
	for _, v := range m.W {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = maxAbs / 32767
	}
	put(scale)
	for _, i := range idx {
		for l := 0; l < m.L; l++ {
			put(int16(math.Round(float64(m.W[i*m.L+l] / scale))))
		}
	}
	put(m.Trans)
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return 0, zw.Close()
}

// Read loads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("seqtag: %w", err)
	}
	br := bufio.NewReader(zr)
	le := binary.LittleEndian
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("seqtag: not a model file")
	}
	var L uint32
	if err := binary.Read(br, le, &L); err != nil || L < 2 || L > maxLabels {
		return nil, errors.New("seqtag: bad label count")
	}
	m := &Model{L: int(L)}
	for i := 0; i < int(L); i++ {
		var n uint16
		if err := binary.Read(br, le, &n); err != nil {
			return nil, fmt.Errorf("seqtag: %w", err)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("seqtag: %w", err)
		}
		m.Labels = append(m.Labels, string(b))
	}
	var nf uint32
	if err := binary.Read(br, le, &nf); err != nil || nf > 1<<26 {
		return nil, errors.New("seqtag: bad feature count")
	}
	keys := make([]uint64, nf)
	var prev uint64
	for i := range keys {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("seqtag: %w", err)
		}
		prev += d
		keys[i] = prev
	}
	var scale float32
	if err := binary.Read(br, le, &scale); err != nil {
		return nil, fmt.Errorf("seqtag: %w", err)
	}
	q := make([]int16, int(nf)*m.L)
	if err := binary.Read(br, le, q); err != nil {
		return nil, fmt.Errorf("seqtag: %w", err)
	}
	m.W = make([]float32, len(q))
	for i, v := range q {
		m.W[i] = float32(v) * scale
	}
	m.Trans = make([]float32, (m.L+1)*m.L)
	if err := binary.Read(br, le, m.Trans); err != nil {
		return nil, fmt.Errorf("seqtag: %w", err)
	}
	m.allow = bioAllow(m.Labels)
	m.final = finalAllow(m.Labels)
	m.keys = keys
	m.index()
	return m, nil
}

// Prune returns a copy of m without the features whose largest absolute
// weight is below tau: most features of a perceptron carry almost nothing,
// and a smaller table stays in cache.
func (m *Model) Prune(tau float32) *Model {
	out := &Model{Labels: m.Labels, L: m.L, Trans: m.Trans, allow: m.allow, final: m.final}
	L := m.L
	for r, k := range m.keys {
		row := m.W[r*L : r*L+L]
		big := false
		for _, v := range row {
			if v >= tau || v <= -tau {
				big = true
				break
			}
		}
		if big {
			out.keys = append(out.keys, k)
			out.W = append(out.W, row...)
		}
	}
	out.index()
	return out
}

// Average returns the model whose weights are the mean of ms's (features
// missing from a model count as zero). Averaging perceptrons trained on
// different shuffles of the same data smooths their weights at no cost at
// run time. All models must share labels.
func Average(ms ...*Model) *Model {
	if len(ms) == 1 {
		return ms[0]
	}
	L := ms[0].L
	sum := map[uint64][]float32{}
	var order []uint64
	trans := make([]float32, len(ms[0].Trans))
	for _, m := range ms {
		for r, k := range m.keys {
			row, ok := sum[k]
			if !ok {
				row = make([]float32, L)
				sum[k] = row
				order = append(order, k)
			}
			for l := 0; l < L; l++ {
				row[l] += m.W[r*L+l]
			}
		}
		for i, v := range m.Trans {
			trans[i] += v
		}
	}
	n := float32(len(ms))
	out := &Model{Labels: ms[0].Labels, L: L, allow: ms[0].allow, final: ms[0].final, Trans: trans}
	for i := range trans {
		trans[i] /= n
	}
	for _, k := range order {
		out.keys = append(out.keys, k)
		for _, v := range sum[k] {
			out.W = append(out.W, v/n)
		}
	}
	out.index()
	return out
}
