package seqtag

import "math"

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
	m.slotsOnce.Do(m.index)
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

// stepOf returns the step that spreads the weights of w over steps
// steps of either sign: the largest magnitude is steps steps.
func stepOf(w []float32, steps float32) float32 {
	maxAbs := float32(0)
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	if maxAbs > 0 {
		return maxAbs / steps
	}
	return 1
}

// index builds the run-time table of Decode from the keys and weights,
// quantising weights to int16 with one scale.
func (m *Model) index() {
	keys, w := m.keys, m.weights()
	size := 1
	for size < 3*len(keys)/2+2 {
		size <<= 1
	}
	m.scale = stepOf(w, 32767)
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
			q := int64(int16(math.Round(float64(w[r*m.L+l] / m.scale))))
			sl.w[l/2] += uint64(q << (32 * (l % 2)))
		}
	}
}
