package seqtag

import (
	"errors"
	"fmt"
	"io"
	"math/bits"

	"github.com/claimtrail/claimtrail/internal/inplace"
)

// The tagger file holds one model, or a stacked pair with their shared
// run-time table (Pair), laid out as they sit in memory (package
// inplace), so that the embedded file is used where it lies: loading it
// builds only the labels' trellises. Sections, in order:
//
//	[]uint32{models}               1, or 2 for a pair
//	per model: labels (strings), Trans []float32, keys []uint64 (increasing),
//	           weights []int16 (a row of L per key), []float32{scale}
//	a pair's table: []uint64{mask}, []float32{scale1, scale2},
//	           keys []uint32, rows []pairRow
const taggerMagic = "claimtrail-seqtag/2\n"

// WriteTagger writes first and, unless second is nil, second with the
// table they share. The bytes depend only on the models.
func WriteTagger(w io.Writer, first, second *Model) error {
	fw := inplace.NewWriter(taggerMagic)
	ms := []*Model{first.quantized()}
	if second != nil {
		ms = append(ms, second.quantized())
	}
	inplace.Put(fw, []uint32{uint32(len(ms))})
	for _, m := range ms {
		inplace.PutStrings(fw, m.Labels)
		inplace.Put(fw, m.Trans)
		inplace.Put(fw, m.keys)
		inplace.Put(fw, m.q)
		inplace.Put(fw, []float32{m.qscale})
	}
	if second != nil {
		// the table of the models as read back, so that the file decodes
		// as its models would alone
		p := NewPair(ms[0], ms[1])
		inplace.Put(fw, []uint64{p.mask})
		inplace.Put(fw, []float32{p.scale1, p.scale2})
		inplace.Put(fw, p.keys)
		inplace.Put(fw, p.rows)
	}
	_, err := w.Write(fw.Bytes())
	return err
}

// LoadTagger returns the models of a tagger file, second nil when it
// holds one. Their tables are b itself, which must not change.
func LoadTagger(b []byte) (first, second *Model, err error) {
	r, err := inplace.NewReader(b, taggerMagic)
	if err != nil {
		return nil, nil, fmt.Errorf("seqtag: %w", err)
	}
	n := inplace.Get[uint32](r)
	if len(n) != 1 || n[0] < 1 || n[0] > 2 {
		return nil, nil, errors.New("seqtag: tagger file: bad model count")
	}
	var ms []*Model
	for range n[0] {
		m, err := loadModel(r)
		if err != nil {
			return nil, nil, err
		}
		ms = append(ms, m)
	}
	if len(ms) == 1 {
		return ms[0], nil, nil
	}
	p, err := loadPair(r, ms[0], ms[1])
	if err != nil {
		return nil, nil, err
	}
	ms[0].pair, ms[1].pair = p, p
	return ms[0], ms[1], nil
}

func loadModel(r *inplace.Reader) (*Model, error) {
	labels := inplace.GetStrings(r)
	trans := inplace.Get[float32](r)
	keys := inplace.Get[uint64](r)
	q := inplace.Get[int16](r)
	scale := inplace.Get[float32](r)
	L := len(labels)
	switch {
	case r.Err() != nil:
		return nil, fmt.Errorf("seqtag: %w", r.Err())
	case L < 2 || L > maxLabels:
		return nil, errors.New("seqtag: tagger file: bad label count")
	case len(trans) != (L+1)*L || len(q) != len(keys)*L || len(scale) != 1:
		return nil, errors.New("seqtag: tagger file: tables of the wrong size")
	}
	m := newModel(labels, keys, nil, trans)
	m.q, m.qscale = q, scale[0]
	return m, nil
}

func loadPair(r *inplace.Reader, first, second *Model) (*Pair, error) {
	mask := inplace.Get[uint64](r)
	scales := inplace.Get[float32](r)
	keys := inplace.Get[uint32](r)
	rows := inplace.Get[pairRow](r)
	switch {
	case r.Err() != nil:
		return nil, fmt.Errorf("seqtag: %w", r.Err())
	case len(mask) != 1 || len(scales) != 2 || len(keys) != len(rows) ||
		uint64(len(keys)) != mask[0]+1 || bits.OnesCount64(mask[0]+1) != 1:
		return nil, errors.New("seqtag: tagger file: bad pair table")
	case first.L != second.L:
		return nil, errors.New("seqtag: tagger file: the models' labels differ")
	}
	// a lookup stops at an empty slot: a table without one would loop
	empty := false
	for _, k := range keys {
		empty = empty || k == 0
	}
	if !empty {
		return nil, errors.New("seqtag: tagger file: a full pair table")
	}
	return &Pair{first: first, second: second, keys: keys, rows: rows, mask: mask[0], scale1: scales[0], scale2: scales[1]}, nil
}
