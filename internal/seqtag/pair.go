package seqtag

import "math"

// Pair is the run-time table of a stacked pair of models (a second pass
// reading the first's predictions, with most features in common): one
// entry per feature of either model holds the weights of both, so the
// features the passes share are looked up once. Decoding with a Pair
// gives the labels of decoding with each model alone, up to the
// rounding of weights to pairQuant steps.
type Pair struct {
	first, second *Model
	// keys is the open-addressing table of key tags (0 = empty), probed
	// alone so that it stays in cache; rows[i] holds the weights of the
	// key tagged keys[i]. A tag is the key's high half: with the low bits
	// that chose the slot, a lookup compares about 48 bits of the 64-bit
	// hash, and four bytes a slot keep the table in the processor's
	// second-level cache.
	keys []uint32
	rows []pairRow
	mask uint64
	// scale1, scale2 turn each model's summed lanes back into weights
	scale1, scale2 float32
}

// pairRow is 64 bytes, one cache line: the first model's weights in
// words 0–3, the second's in 4–7, each a 16-bit lane (label l of a
// model is lane l%4 of word l/4), so one 64-bit add sums four labels.
// A lane holds its weight plus pairBias: never negative, so lanes never
// borrow from each other, and pairChunk rows sum to less than 1<<16 —
// widening a chunk's sums is shifts and masks.
type pairRow [8]uint64

// pairQuant bounds a quantised weight's magnitude (a step is 1/2047 of
// the largest weight); pairBias shifts every weight positive; pairChunk
// rows are summed in 16-bit lanes before the sums are widened.
const (
	pairQuant = 2047
	pairBias  = pairQuant + 1
	pairChunk = 16
	biasWord  = pairBias | pairBias<<16 | pairBias<<32 | pairBias<<48
)

// a lane holds at most pairChunk*(2*pairQuant+1): this fails to
// compile if it could overflow 16 bits.
const _ = uint16(pairChunk * (2*pairQuant + 1))

// NewPair builds the shared table of first and second, which must have
// the same labels. Models loaded together by LoadTagger come with theirs.
func NewPair(first, second *Model) *Pair {
	if first.pair != nil && first.pair == second.pair {
		return first.pair
	}
	p := &Pair{first: first, second: second}
	union := make(map[uint64]struct{}, len(first.keys)+len(second.keys))
	for _, m := range []*Model{first, second} {
		for _, k := range m.keys {
			if k == 0 {
				k = 1
			}
			union[k] = struct{}{}
		}
	}
	size := 1
	for size < 3*len(union)/2+2 {
		size <<= 1
	}
	p.keys = make([]uint32, size)
	p.rows = make([]pairRow, size)
	p.mask = uint64(size - 1)
	p.scale1 = p.fill(first, 0)
	p.scale2 = p.fill(second, 4)
	return p
}

// fill adds the quantised weights of m to the rows' words from word on,
// and returns their scale.
func (p *Pair) fill(m *Model, word int) float32 {
	w := m.weights()
	scale := stepOf(w, pairQuant)
	for r, k := range m.keys {
		row := p.insert(k)
		for l := 0; l < m.L && l < maxLabels; l++ {
			q := int64(math.Round(float64(w[r*m.L+l] / scale)))
			row[word+l/4] += uint64(q) << (16 * (l % 4)) // stays within the lane: |q| < pairBias
		}
	}
	return scale
}

// tagOf returns the tag stored for key k, never 0.
func tagOf(k uint64) uint32 { return uint32(k>>32) | 1 }

// insert returns the row of key k, claiming an empty slot if needed.
func (p *Pair) insert(k uint64) *pairRow {
	if k == 0 {
		k = 1
	}
	t := tagOf(k)
	for i := (k ^ k>>29) & p.mask; ; i = (i + 1) & p.mask {
		if p.keys[i] == t {
			return &p.rows[i]
		}
		if p.keys[i] == 0 {
			p.keys[i] = t
			for w := range p.rows[i] {
				p.rows[i][w] = biasWord
			}
			return &p.rows[i]
		}
	}
}

// Second returns the second model.
func (p *Pair) Second() *Model { return p.second }

// find appends the rows (indexes into p.rows) of the features of feats
// that have weights. Indexes, not pointers: storing pointers would cost
// a write barrier each while the collector runs.
func (p *Pair) find(hits []int32, feats []uint64) []int32 {
	keys, mask := p.keys, p.mask
	for _, k := range feats {
		if k == 0 {
			k = 1
		}
		t := tagOf(k)
		for i := (k ^ k>>29) & mask; ; i = (i + 1) & mask {
			if keys[i] == t {
				hits = append(hits, int32(i))
				break
			}
			if keys[i] == 0 {
				break
			}
		}
	}
	return hits
}

// lanes holds a model's summed weights of one token, by label.
type lanes [16]int32

// widen adds to a the lanes of a sum of n rows' words w0–w3, less
// their biases.
func (a *lanes) widen(n int, w0, w1, w2, w3 uint64) {
	nb := int32(n) * pairBias
	a[0] += int32(w0&0xffff) - nb
	a[1] += int32(w0>>16&0xffff) - nb
	a[2] += int32(w0>>32&0xffff) - nb
	a[3] += int32(w0>>48) - nb
	a[4] += int32(w1&0xffff) - nb
	a[5] += int32(w1>>16&0xffff) - nb
	a[6] += int32(w1>>32&0xffff) - nb
	a[7] += int32(w1>>48) - nb
	a[8] += int32(w2&0xffff) - nb
	a[9] += int32(w2>>16&0xffff) - nb
	a[10] += int32(w2>>32&0xffff) - nb
	a[11] += int32(w2>>48) - nb
	a[12] += int32(w3&0xffff) - nb
}

// a model decodes at most 13 labels with a Pair: this fails to compile
// if maxLabels changes.
const _ = uint(maxLabels-13) + uint(13-maxLabels)

// sumBoth adds both models' rows of hits to a1 and a2.
func sumBoth(a1, a2 *lanes, rows []pairRow, hits []int32) {
	for len(hits) > 0 {
		n := min(len(hits), pairChunk)
		var s0, s1, s2, s3, t0, t1, t2, t3 uint64
		for _, h := range hits[:n] {
			r := &rows[h]
			s0 += r[0]
			s1 += r[1]
			s2 += r[2]
			s3 += r[3]
			t0 += r[4]
			t1 += r[5]
			t2 += r[6]
			t3 += r[7]
		}
		a1.widen(n, s0, s1, s2, s3)
		a2.widen(n, t0, t1, t2, t3)
		hits = hits[n:]
	}
}

// sumSecond adds the second model's rows of hits to a2, reading only
// its half of each row.
func sumSecond(a2 *lanes, rows []pairRow, hits []int32) {
	for len(hits) > 0 {
		n := min(len(hits), pairChunk)
		var t0, t1, t2, t3 uint64
		for _, h := range hits[:n] {
			r := &rows[h]
			t0 += r[4]
			t1 += r[5]
			t2 += r[6]
			t3 += r[7]
		}
		a2.widen(n, t0, t1, t2, t3)
		hits = hits[n:]
	}
}

// DecodeFirst decodes s with the first model, appending the labels to dst,
// and keeps in d the second model's sums over the same features for
// DecodeSecond.
func (p *Pair) DecodeFirst(d *Decoder, s *Seq, dst []uint8) []uint8 {
	n, L := s.Len(), p.first.L
	if n <= 0 {
		return dst
	}
	d.emit = grow(d.emit, n*L)
	if cap(d.acc2) < n {
		d.acc2 = make([]lanes, n)
	}
	d.acc2 = d.acc2[:n]
	for t := 0; t < n; t++ {
		d.hits = p.find(d.hits[:0], s.Feats[s.Off[t]:s.Off[t+1]])
		var a1 lanes
		d.acc2[t] = lanes{}
		sumBoth(&a1, &d.acc2[t], p.rows, d.hits)
		e := d.emit[t*L : (t+1)*L]
		for l := range e {
			e[l] = float32(a1[l&15]) * p.scale1
		}
	}
	return viterbi(d, n, &p.first.tl, d.emit, dst)
}

// DecodeSecond decodes with the second model the tokens of the last
// DecodeFirst whose indexes are in at, s holding only the features the
// second model adds to the first's (token j of s is token at[j]).
func (p *Pair) DecodeSecond(d *Decoder, s *Seq, at []int32, dst []uint8) []uint8 {
	n, L := s.Len(), p.second.L
	if n <= 0 {
		return dst
	}
	d.emit = grow(d.emit, n*L)
	for t := 0; t < n; t++ {
		d.hits = p.find(d.hits[:0], s.Feats[s.Off[t]:s.Off[t+1]])
		a := d.acc2[at[t]]
		sumSecond(&a, p.rows, d.hits)
		e := d.emit[t*L : (t+1)*L]
		for l := range e {
			e[l] = float32(a[l&15]) * p.scale2
		}
	}
	return viterbi(d, n, &p.second.tl, d.emit, dst)
}
