package seqtag

import "math"

// Pair is the run-time table of a stacked pair of models (a second pass
// reading the first's predictions, with most features in common): one
// entry per feature of either model holds the weights of both, so the
// features the passes share are looked up once. Decoding with a Pair
// gives exactly the labels of decoding with each model alone.
type Pair struct {
	first, second *Model
	slots         []pairSlot
	mask          uint64
}

// pairSlot is 128 bytes, two cache lines: the key and the first model's
// packed weights, then the second's.
type pairSlot struct {
	key uint64
	w1  packedRow
	w2  packedRow
	_   uint64
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
	p.slots = make([]pairSlot, size)
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

// insert returns the slot of key k, claiming an empty one if needed.
func (p *Pair) insert(k uint64) *pairSlot {
	if k == 0 {
		k = 1
	}
	for i := (k ^ k>>29) & p.mask; ; i = (i + 1) & p.mask {
		s := &p.slots[i]
		if s.key == k {
			return s
		}
		if s.key == 0 {
			s.key = k
			return s
		}
	}
}

// Second returns the second model.
func (p *Pair) Second() *Model { return p.second }

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
		var acc, acc2 packedRow
		for _, k := range s.Feats[s.Off[t]:s.Off[t+1]] {
			if k == 0 {
				k = 1
			}
			for i := (k ^ k>>29) & p.mask; ; i = (i + 1) & p.mask {
				sl := &p.slots[i]
				if sl.key == k {
					acc.add(&sl.w1)
					acc2.add(&sl.w2)
					break
				}
				if sl.key == 0 {
					break
				}
			}
		}
		d.acc2[t] = acc2
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
		acc := d.acc2[at[t]]
		for _, k := range s.Feats[s.Off[t]:s.Off[t+1]] {
			if k == 0 {
				k = 1
			}
			for i := (k ^ k>>29) & p.mask; ; i = (i + 1) & p.mask {
				sl := &p.slots[i]
				if sl.key == k {
					acc.add(&sl.w2)
					break
				}
				if sl.key == 0 {
					break
				}
			}
		}
		e := d.emit[t*L : (t+1)*L]
		for l := range e {
			e[l] = float32(acc.label(l)) * p.second.scale
		}
	}
	return viterbi(d, n, &p.second.tl, d.emit, dst)
}
