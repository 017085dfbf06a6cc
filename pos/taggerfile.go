package pos

import (
	"errors"
	"fmt"
	"io"
	"math/bits"

	"github.com/claimtrail/claimtrail/internal/inplace"
)

// The tagger file holds a Tagger's run-time tables laid out as they sit
// in memory (package inplace), so that the embedded models are used where
// they lie: loading one derives only the tag sets' small tables. Sections,
// in order:
//
//	tag names (strings)
//	[]int64 header: lanes, fstride, freach, flags (bigrams 1, tagWord 2,
//	        narrow 4, gate 8), oTag, pad rows, atom and form table masks
//	dense []int32, hkey [][4]int32 (one of them empty)
//	atom table []slot, data []uint64, form table []slot, fdata []uint64
const taggerMagic = "claimtrail-pos/3\n"

// header fields, in order
const (
	hLanes = iota
	hFstride
	hFreach
	hFlags
	hOTag
	hPad0
	hPad1
	hAtomMask
	hFormMask
	nHeader
)

// WriteTo writes t's tables as a tagger file, which Load uses in place.
// The bytes depend only on the model t was built from.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	fw := inplace.NewWriter(taggerMagic)
	var flags int64
	for i, on := range []bool{t.bigrams, t.tagWord, t.narrow, t.gate} {
		if on {
			flags |= 1 << i
		}
	}
	inplace.PutStrings(fw, t.names)
	inplace.Put(fw, []int64{hLanes: int64(t.lanes), hFstride: int64(t.fstride), hFreach: int64(t.freach),
		hFlags: flags, hOTag: int64(t.oTag), hPad0: int64(t.pad[0]), hPad1: int64(t.pad[1]),
		hAtomMask: int64(t.atoms.mask), hFormMask: int64(t.forms.mask)})
	inplace.Put(fw, t.dense)
	inplace.Put(fw, t.hkey)
	inplace.Put(fw, t.atoms.slots)
	inplace.Put(fw, t.data)
	inplace.Put(fw, t.forms.slots)
	inplace.Put(fw, t.fdata)
	n, err := w.Write(fw.Bytes())
	return int64(n), err
}

// Load returns the tagger of a tagger file (WriteTo), whose tables are b
// itself: b must not change. It checks the tables' sizes and trusts the
// rows within them, as it trusts the binary they are embedded in.
func Load(b []byte) (*Tagger, error) {
	r, err := inplace.NewReader(b, taggerMagic)
	if err != nil {
		return nil, fmt.Errorf("pos: %w", err)
	}
	names := inplace.GetStrings(r)
	h := inplace.Get[int64](r)
	t := &Tagger{names: names, n: len(names)}
	t.dense = inplace.Get[int32](r)
	t.hkey = inplace.Get[[4]int32](r)
	t.atoms.slots = inplace.Get[slot](r)
	t.data = inplace.Get[uint64](r)
	t.forms.slots = inplace.Get[slot](r)
	t.fdata = inplace.Get[uint64](r)
	if r.Err() != nil {
		return nil, fmt.Errorf("pos: %w", r.Err())
	}
	if len(h) != nHeader || t.n == 0 || t.n > maxTags {
		return nil, errors.New("pos: tagger file: bad header")
	}
	t.lanes, t.fstride, t.freach = int(h[hLanes]), int(h[hFstride]), int(h[hFreach])
	flags := h[hFlags]
	t.bigrams, t.tagWord, t.narrow, t.gate = flags&1 != 0, flags&2 != 0, flags&4 != 0, flags&8 != 0
	t.oTag, t.pad = uint8(h[hOTag]), [2]int32{int32(h[hPad0]), int32(h[hPad1])}
	t.atoms.mask, t.forms.mask = uint64(h[hAtomMask]), uint64(h[hFormMask])
	if err := t.checkSizes(h); err != nil {
		return nil, err
	}
	t.allowed = allowedTags(names)
	t.bio, t.etype = bioOf(names)
	return t, nil
}

// checkSizes checks that t's tables have the sizes its header implies,
// so that no index computed from the header leaves them.
func (t *Tagger) checkSizes(h []int64) error {
	hist := (t.n + 1) * (t.n + 1) * t.lanes
	switch {
	case t.lanes != (t.n+perWord-1)/perWord:
		return errors.New("pos: tagger file: bad lane count")
	case !(t.hkey == nil && len(t.dense) == hist*perWord || t.dense == nil && len(t.hkey) == hist):
		return errors.New("pos: tagger file: bad history table")
	case t.freach < 1 || t.freach > 2 || t.fstride < (2*t.freach+1)*t.lanes || len(t.fdata)%t.fstride != 0:
		return errors.New("pos: tagger file: bad form rows")
	case h[hFlags] > 15 || int(t.oTag) >= t.n || h[hPad0] >= int64(len(t.data)) || h[hPad1] >= int64(len(t.data)):
		return errors.New("pos: tagger file: bad header")
	}
	if err := t.atoms.check(len(t.data)); err != nil {
		return err
	}
	return t.forms.check(len(t.fdata) / t.fstride)
}

// check reports whether tb is a table of values below n with an empty
// slot (at which every probe stops).
func (tb *table) check(n int) error {
	if uint64(len(tb.slots)) != tb.mask+1 || bits.OnesCount64(tb.mask+1) != 1 {
		return errors.New("pos: tagger file: bad table size")
	}
	empty := false
	for _, s := range tb.slots {
		if s.key == 0 {
			empty = true
		} else if s.val < 0 || int(s.val) >= n {
			return errors.New("pos: tagger file: a table value out of range")
		}
	}
	if !empty {
		return errors.New("pos: tagger file: a full table")
	}
	return nil
}
