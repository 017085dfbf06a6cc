package inplace

import (
	"slices"
	"testing"
	"unsafe"
)

// pair has unexported fields, as the tables' slot types do.
type pair struct {
	key uint32
	val int32
}

func sample() []byte {
	w := NewWriter("test/1\n")
	Put(w, []uint64{1, 1 << 63, 42})
	Put(w, []int16{-1, 7, -32768})
	PutStrings(w, []string{"O", "B-x", ""})
	Put(w, []pair{{1, -2}, {3, 4}})
	Put(w, []float32(nil))
	Put(w, [][4]int32{{1, 2, 3, -4}})
	return w.Bytes()
}

func check(t *testing.T, b []byte, wantInPlace bool) {
	t.Helper()
	r, err := NewReader(b, "test/1\n")
	if err != nil {
		t.Fatal(err)
	}
	u := Get[uint64](r)
	i := Get[int16](r)
	s := GetStrings(r)
	p := Get[pair](r)
	f := Get[float32](r)
	a := Get[[4]int32](r)
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(u, []uint64{1, 1 << 63, 42}) || !slices.Equal(i, []int16{-1, 7, -32768}) ||
		!slices.Equal(s, []string{"O", "B-x", ""}) || !slices.Equal(p, []pair{{1, -2}, {3, 4}}) ||
		len(f) != 0 || !slices.Equal(a, [][4]int32{{1, 2, 3, -4}}) {
		t.Errorf("read back %v %v %q %v %v %v", u, i, s, p, f, a)
	}
	in := uintptr(unsafe.Pointer(&u[0])) >= uintptr(unsafe.Pointer(&b[0])) &&
		uintptr(unsafe.Pointer(&u[0])) < uintptr(unsafe.Pointer(&b[0]))+uintptr(len(b))
	if littleEndian && in != wantInPlace {
		t.Errorf("in place: %v, want %v", in, wantInPlace)
	}
}

// TestRoundTrip reads sections back in place from an aligned buffer and
// by copy from a misaligned one.
func TestRoundTrip(t *testing.T) {
	b := sample()
	aligned := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(make([]uint64, len(b)/8+1)))), len(b))
	copy(aligned, b)
	check(t, aligned, true)
	odd := make([]byte, len(b)+1)[1:]
	copy(odd, b)
	check(t, odd, false)
}

func TestCorrupt(t *testing.T) {
	if _, err := NewReader([]byte("nope"), "test/1\n"); err == nil {
		t.Error("wrong magic accepted")
	}
	b := sample()
	for _, n := range []int{len(b) - 1, 20, 8} {
		r, err := NewReader(b[:n], "test/1\n")
		if err != nil {
			continue
		}
		Get[uint64](r)
		Get[int16](r)
		GetStrings(r)
		Get[pair](r)
		Get[float32](r)
		Get[[4]int32](r)
		if r.Err() == nil {
			t.Errorf("file cut at %d read without error", n)
		}
	}
}

func TestDeterministic(t *testing.T) {
	if !slices.Equal(sample(), sample()) {
		t.Error("the same tables wrote different bytes")
	}
}
