package seqtag

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
)

// The portable format (WriteTo, Read): gzip-compressed, keys sorted and
// delta-coded, weights as int16 steps of one scale. The tagger file
// (taggerfile.go) is what ships; this one is the earlier releases' and the
// converter's input.
const magic = "ctseqtag1"

// quantized returns m as a file holds it: keys in increasing order and
// the weights in their order, as int16 steps of one scale (the
// perceptron's weights are small integers averaged, so 16 bits lose
// nothing that changes a decision in practice). A model read from a file
// is returned as it was read.
func (m *Model) quantized() *Model {
	if m.q != nil && slices.IsSorted(m.keys) {
		return m
	}
	L, w := m.L, m.weights()
	idx := make([]int, len(m.keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return m.keys[idx[a]] < m.keys[idx[b]] })
	scale := m.qscale
	if m.q == nil {
		scale = stepOf(w, 32767)
	}
	keys := make([]uint64, len(idx))
	q := make([]int16, len(idx)*L)
	for j, i := range idx {
		keys[j] = m.keys[i]
		for l := 0; l < L; l++ {
			if m.q != nil {
				q[j*L+l] = m.q[i*L+l]
			} else {
				q[j*L+l] = int16(math.Round(float64(w[i*L+l] / scale)))
			}
		}
	}
	out := newModel(m.Labels, keys, nil, m.Trans)
	out.q, out.qscale = q, scale
	return out
}

// WriteTo writes the model in the portable format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	qm := m.quantized()
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	le := binary.LittleEndian
	put := func(v any) { binary.Write(bw, le, v) }
	bw.WriteString(magic)
	put(uint32(qm.L))
	for _, l := range qm.Labels {
		put(uint16(len(l)))
		bw.WriteString(l)
	}
	// rows sorted by key, so the gzip stream compresses the deltas well
	put(uint32(len(qm.keys)))
	var prev uint64
	var buf [binary.MaxVarintLen64]byte
	for _, k := range qm.keys {
		n := binary.PutUvarint(buf[:], k-prev)
		bw.Write(buf[:n])
		prev = k
	}
	put(qm.qscale)
	put(qm.q)
	put(qm.Trans)
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
	labels, err := readLabels(br)
	if err != nil {
		return nil, err
	}
	L := len(labels)
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
	q := make([]int16, int(nf)*L)
	trans := make([]float32, (L+1)*L)
	for _, v := range []any{&scale, q, trans} {
		if err := binary.Read(br, le, v); err != nil {
			return nil, fmt.Errorf("seqtag: %w", err)
		}
	}
	m := newModel(labels, keys, nil, trans)
	m.q, m.qscale = q, scale
	return m, nil
}

// readLabels reads the label count and names of the portable format.
func readLabels(br *bufio.Reader) ([]string, error) {
	le := binary.LittleEndian
	var L uint32
	if err := binary.Read(br, le, &L); err != nil || L < 2 || L > maxLabels {
		return nil, errors.New("seqtag: bad label count")
	}
	labels := make([]string, L)
	for i := range labels {
		var n uint16
		if err := binary.Read(br, le, &n); err != nil {
			return nil, fmt.Errorf("seqtag: %w", err)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("seqtag: %w", err)
		}
		labels[i] = string(b)
	}
	return labels, nil
}
