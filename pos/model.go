package pos

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Model is a trained model in its portable form: what WriteTo stores and
// Read loads. Weights are integers on one scale; only their ordering per
// position matters, so the scale is not needed to tag.
type Model struct {
	Tags []string
	// Bigrams says the model uses word-pair features (+0.05 NER F1 on
	// PolNeAR dev for twice the size: the shipped models do not).
	Bigrams bool
	// Narrow says the model looks at words one token away, not two.
	Narrow bool
	// TagWord says the model uses previous-tag × word features.
	TagWord bool
	// Dense holds bias, previous-tag, tag-before-that and tag-pair weights
	// folded into one row per (prev, prev2) history: index
	// ((prev*(n+1))+prev2)*n + tag, where n = len(Tags) and n is "start".
	Dense []int32
	Atoms []AtomRow
	// Forms are frequent tokens whose atom rows the tagger pre-sums into
	// one row per offset at load time, so a common word costs one segment
	// per position instead of eight. Only their atom hashes are stored.
	Forms []Form
}

// Form is a frequent token: the hash of its atoms, and the atoms that
// have rows (0 where none).
type Form struct {
	Key   uint64
	Atoms [nStatic]uint64
}

// AtomRow is the weights of one atom: for each offset segment its kind
// allows, the (tag, weight) pairs with a non-zero weight.
type AtomRow struct {
	Hash uint64
	Kind uint8
	Segs [][]TagWeight
}

// TagWeight is one weight of a sparse row.
type TagWeight struct {
	Tag uint8
	W   int16
}

const magic = "claimtrail-pos/2\n"

// WriteTo writes the model gzip-compressed. The bytes depend only on the
// model: no timestamps, rows in hash order.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	vw := &varintWriter{bw: bufio.NewWriter(zw)}
	vw.bw.WriteString(magic)
	var flags byte
	if m.Bigrams {
		flags |= 1
	}
	if m.TagWord {
		flags |= 2
	}
	if m.Narrow {
		flags |= 4
	}
	vw.bw.WriteByte(flags)
	vw.uv(uint64(len(m.Tags)))
	for _, t := range m.Tags {
		vw.uv(uint64(len(t)))
		vw.bw.WriteString(t)
	}
	vw.uv(uint64(len(m.Dense)))
	for _, v := range m.Dense {
		vw.sv(int64(v))
	}
	rows := append([]AtomRow(nil), m.Atoms...)
	sort.Slice(rows, func(i, j int) bool { return rows[i].Hash < rows[j].Hash })
	vw.atoms(rows)
	vw.forms(m.Forms, rows)
	if err := vw.bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

// varintWriter writes the varints of the portable format.
type varintWriter struct {
	bw  *bufio.Writer
	tmp [binary.MaxVarintLen64]byte
}

func (vw *varintWriter) uv(v uint64) { vw.bw.Write(vw.tmp[:binary.PutUvarint(vw.tmp[:], v)]) }
func (vw *varintWriter) sv(v int64)  { vw.bw.Write(vw.tmp[:binary.PutVarint(vw.tmp[:], v)]) }

// atoms writes rows, sorted by hash.
func (vw *varintWriter) atoms(rows []AtomRow) {
	vw.uv(uint64(len(rows)))
	var prev uint64
	for _, r := range rows {
		// sorted hashes delta-encode a little smaller than raw
		vw.uv(r.Hash - prev)
		prev = r.Hash
		vw.bw.WriteByte(r.Kind)
		for s := 0; s < int(kindSegs[r.Kind]); s++ {
			var seg []TagWeight
			if s < len(r.Segs) {
				seg = r.Segs[s]
			}
			vw.uv(uint64(len(seg)))
			for _, tw := range seg {
				vw.bw.WriteByte(tw.Tag)
				vw.sv(int64(tw.W))
			}
		}
	}
}

// forms writes the forms, naming atoms by their index in the sorted rows.
func (vw *varintWriter) forms(forms []Form, rows []AtomRow) {
	idx := make(map[uint64]int, len(rows))
	for i, r := range rows {
		idx[r.Hash] = i
	}
	forms = append([]Form(nil), forms...)
	sort.Slice(forms, func(i, j int) bool { return forms[i].Key < forms[j].Key })
	vw.uv(uint64(len(forms)))
	var prev uint64
	for _, f := range forms {
		vw.uv(f.Key - prev)
		prev = f.Key
		for _, h := range f.Atoms {
			if i, ok := idx[h]; ok {
				vw.uv(uint64(i) + 1)
			} else {
				vw.uv(0)
			}
		}
	}
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// reader parses a decompressed model; the first error sticks and every
// later read returns zero, so callers check once per record.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New("pos: corrupt model: " + msg)
	}
	r.b = nil
}

func (r *reader) uv() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) sv() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.fail("truncated")
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("pos: model: %w", err)
	}
	// decompress at once and parse from memory: varints through a
	// bufio.Reader cost most of the load time
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("pos: model: %w", err)
	}
	rd := &reader{b: buf.Bytes()}
	if !bytes.HasPrefix(rd.b, []byte(magic)) {
		return nil, errors.New("pos: not a model file")
	}
	rd.b = rd.b[len(magic):]
	m := &Model{}
	if err := rd.header(m); err != nil {
		return nil, err
	}
	if err := rd.atoms(m); err != nil {
		return nil, err
	}
	if err := rd.forms(m); err != nil {
		return nil, err
	}
	return m, nil
}

// header reads the flags, the tags and the dense history weights.
func (rd *reader) header(m *Model) error {
	flags := rd.byte()
	if flags > 7 {
		rd.fail("flags")
	}
	m.Bigrams, m.TagWord, m.Narrow = flags&1 != 0, flags&2 != 0, flags&4 != 0
	nt := rd.uv()
	if rd.err == nil && (nt == 0 || nt > maxTags) {
		return fmt.Errorf("pos: model has %d tags (1..%d)", nt, maxTags)
	}
	for range nt {
		l := rd.uv()
		if l > 64 || l > uint64(len(rd.b)) {
			rd.fail("tag name")
			break
		}
		m.Tags = append(m.Tags, string(rd.b[:l]))
		rd.b = rd.b[l:]
	}
	nd := rd.uv()
	if want := (nt + 1) * (nt + 1) * nt; rd.err == nil && nd != want {
		return fmt.Errorf("pos: dense table has %d weights, want %d", nd, want)
	}
	m.Dense = make([]int32, nd)
	for i := range m.Dense {
		v := rd.sv()
		if v < math.MinInt32 || v > math.MaxInt32 {
			rd.fail("dense weight")
		}
		m.Dense[i] = int32(v)
	}
	return nil
}

// atoms reads the atom rows, in hash order.
func (rd *reader) atoms(m *Model) error {
	na := rd.uv()
	if rd.err != nil || na > uint64(len(rd.b)) {
		return fmt.Errorf("pos: corrupt model header: %v", rd.err)
	}
	m.Atoms = make([]AtomRow, 0, na)
	// rows share a few large backing arrays instead of one each
	var segs [][]TagWeight
	var arena []TagWeight
	var h uint64
	for range na {
		h += rd.uv()
		k := rd.byte()
		if int(k) >= nKinds {
			rd.fail("atom kind")
			break
		}
		if len(segs) < int(kindSegs[k]) {
			segs = make([][]TagWeight, 4096)
		}
		r := AtomRow{Hash: h, Kind: k, Segs: segs[:kindSegs[k]:kindSegs[k]]}
		segs = segs[kindSegs[k]:]
		for s := range r.Segs {
			r.Segs[s], arena = rd.seg(arena, len(m.Tags))
		}
		if rd.err != nil {
			return rd.err
		}
		m.Atoms = append(m.Atoms, r)
	}
	return nil
}

// seg reads one segment of nt tags into arena, returning the segment and
// the rest of the arena.
func (rd *reader) seg(arena []TagWeight, nt int) ([]TagWeight, []TagWeight) {
	n := rd.uv()
	if n > uint64(nt) {
		rd.fail("row length")
		return nil, arena
	}
	if uint64(len(arena)) < n {
		arena = make([]TagWeight, 1<<14)
	}
	seg := arena[:n:n]
	for i := range seg {
		tg := rd.byte()
		w := rd.sv()
		if int(tg) >= nt || w < math.MinInt16 || w > math.MaxInt16 {
			rd.fail("weight")
			break
		}
		seg[i] = TagWeight{Tag: tg, W: int16(w)}
	}
	return seg, arena[n:]
}

// forms reads the forms, whose atoms are named by their row index.
func (rd *reader) forms(m *Model) error {
	nf := rd.uv()
	if rd.err != nil || nf > uint64(len(rd.b)) {
		return fmt.Errorf("pos: corrupt model forms: %v", rd.err)
	}
	m.Forms = make([]Form, nf)
	var h uint64
	for i := range m.Forms {
		h += rd.uv()
		m.Forms[i].Key = h
		for k := range m.Forms[i].Atoms {
			j := rd.uv()
			if j > uint64(len(m.Atoms)) {
				rd.fail("form")
				break
			}
			if j > 0 {
				m.Forms[i].Atoms[k] = m.Atoms[j-1].Hash
			}
		}
	}
	return rd.err
}

// Read reads a model written by WriteTo and returns its tagger.
func Read(r io.Reader) (*Tagger, error) {
	m, err := ReadModel(r)
	if err != nil {
		return nil, err
	}
	return m.Tagger(), nil
}
