package seqtag

import "math"

// Pair is the run-time table of a stacked pair of models (a second pass
// reading the first's predictions, with most features in common): one
// entry per feature of either model holds the weights of both, so the
// features the passes share are looked up once. Decoding with a Pair
// gives exactly the labels of decoding with each model alone.
type Pair struct {
	first, second *Model
	// keys is the open-addressing table (0 = empty), probed alone so
	// that it stays in cache; rows[i] holds the weights of keys[i].
	keys []uint64
	rows []pairRow
	mask uint64
}

// pairRow is 128 bytes, two cache lines: the first model's packed
// weights, then the second's.
type pairRow struct {
	w1 packedRow
	_  uint64
	w2 packedRow
	_  uint64
}

// NewPair builds the shared table of first and second, which must have
// the same labels.
func NewPair(first, second *Model) *Pair {
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
	p.keys = make([]uint64, size)
	p.rows = make([]pairRow, size)
	p.mask = uint64(size - 1)
	fill := func(m *Model, second bool) {
		for r, k := range m.keys {
			sl := p.insert(k)
			w := &sl.w1
			if second {
				w = &sl.w2
			}
			for l := 0; l < m.L && l < maxLabels; l++ {
				q := int64(int16(math.Round(float64(m.W[r*m.L+l] / m.scale))))
				w[l/2] += uint64(q << (32 * (l % 2)))
			}
		}
	}
	fill(first, false)
	fill(second, true)
	return p
}

// insert returns the row of key k, claiming an empty slot if needed.
func (p *Pair) insert(k uint64) *pairRow {
	if k == 0 {
		k = 1
	}
	for i := (k ^ k>>29) & p.mask; ; i = (i + 1) & p.mask {
		if p.keys[i] == k {
			return &p.rows[i]
		}
		if p.keys[i] == 0 {
			p.keys[i] = k
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
		for i := (k ^ k>>29) & mask; ; i = (i + 1) & mask {
			if keys[i] == k {
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

// sumFirst sums the first model's rows of hits, the sums in locals
// (registers) while the rows stream by.
func sumFirst(rows []pairRow, hits []int32) packedRow {
	var a0, a1, a2, a3, a4, a5, a6 uint64
	for _, h := range hits {
		w := &rows[h].w1
		a0 += w[0]
		a1 += w[1]
		a2 += w[2]
		a3 += w[3]
		a4 += w[4]
		a5 += w[5]
		a6 += w[6]
	}
	return packedRow{a0, a1, a2, a3, a4, a5, a6}
}

// sumSecond adds the second model's rows of hits to acc.
func sumSecond(acc packedRow, rows []pairRow, hits []int32) packedRow {
	a0, a1, a2, a3, a4, a5, a6 := acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6]
	for _, h := range hits {
		w := &rows[h].w2
		a0 += w[0]
		a1 += w[1]
		a2 += w[2]
		a3 += w[3]
		a4 += w[4]
		a5 += w[5]
		a6 += w[6]
	}
	return packedRow{a0, a1, a2, a3, a4, a5, a6}
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
		d.acc2 = make([]packedRow, n)
	}
	d.acc2 = d.acc2[:n]
	for t := 0; t < n; t++ {
		d.hits = p.find(d.hits[:0], s.Feats[s.Off[t]:s.Off[t+1]])
		acc := sumFirst(p.rows, d.hits)
		d.acc2[t] = sumSecond(packedRow{}, p.rows, d.hits)
		e := d.emit[t*L : (t+1)*L]
		for l := range e {
			e[l] = float32(acc.label(l)) * p.first.scale
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
		acc := sumSecond(d.acc2[at[t]], p.rows, d.hits)
		e := d.emit[t*L : (t+1)*L]
		for l := range e {
			e[l] = float32(acc.label(l)) * p.second.scale
		}
	}
	return viterbi(d, n, &p.second.tl, d.emit, dst)
}
