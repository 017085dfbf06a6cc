// Package inplace lays tables out as they sit in memory at run time, so
// that a model embedded in the binary is used where it lies instead of
// being decoded (and copied) at every start.
//
// A file is a magic string, then sections in an order its format fixes:
// each is a uint64 byte count, at a multiple of 8, and then the
// section's bytes, at a multiple of Align from the start of the file, so
// that a file loaded at an aligned address holds every table at an
// address fit for its type. Values are little-endian and hold no
// pointers. A section whose address suits its type is used in place; one
// that does not (an embedding the linker placed at an odd address) is
// copied once, with the same result. Reading needs a little-endian
// machine (Get fails on others); writing works on any.
package inplace

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unsafe"
)

// Align is the alignment of every section from the start of a file: a
// cache line, so that rows laid out in whole lines stay in whole lines
// when the file is.
const Align = 64

// littleEndian reports whether this machine's byte order is the files'.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// Writer builds a file in memory.
type Writer struct {
	buf []byte
}

// NewWriter starts a file with magic.
func NewWriter(magic string) *Writer {
	return &Writer{buf: []byte(magic)}
}

// Bytes returns the file.
func (w *Writer) Bytes() []byte { return w.buf }

func (w *Writer) pad(to int) {
	for len(w.buf)%to != 0 {
		w.buf = append(w.buf, 0)
	}
}

// Put appends v as a section. T must be a fixed-size type without padding
// (checkLayout): its encoding is then its memory.
func Put[T any](w *Writer, v []T) {
	checkLayout[T]()
	w.pad(8)
	w.buf = binary.LittleEndian.AppendUint64(w.buf, uint64(len(v))*uint64(unsafe.Sizeof(*new(T))))
	w.pad(Align)
	var err error
	if w.buf, err = binary.Append(w.buf, binary.LittleEndian, v); err != nil {
		panic(err) // checkLayout admits only types binary encodes
	}
}

// PutStrings appends strs as one section, each string followed by a
// newline (so the strings must hold none).
func PutStrings(w *Writer, strs []string) {
	var b []byte
	for _, s := range strs {
		b = append(append(b, s...), '\n')
	}
	Put(w, b)
}

// checkLayout panics unless T's memory is its little-endian encoding on a
// little-endian machine: fixed-size fields, no padding (binary.Size, which
// counts no padding, equals the size in memory).
func checkLayout[T any]() {
	var zero T
	if n := binary.Size(zero); n <= 0 || n != int(unsafe.Sizeof(zero)) {
		panic(fmt.Sprintf("inplace: %T has no fixed padding-free layout", zero))
	}
}

// Reader reads the sections of a file in order. The first error sticks:
// every later section is empty, and Err reports it.
type Reader struct {
	b   []byte
	off int
	err error
}

// NewReader starts reading file b, which must begin with magic.
func NewReader(b []byte, magic string) (*Reader, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("inplace: not a file of this format")
	}
	return &Reader{b: b, off: len(magic)}, nil
}

// Err returns the first error met, if any.
func (r *Reader) Err() error { return r.err }

func (r *Reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New("inplace: corrupt file: " + msg)
	}
}

func align(off, to int) int { return (off + to - 1) &^ (to - 1) }

// section returns the next section's bytes.
func (r *Reader) section() []byte {
	if r.err != nil {
		return nil
	}
	off := align(r.off, 8)
	if off+8 > len(r.b) {
		r.fail("truncated")
		return nil
	}
	n := binary.LittleEndian.Uint64(r.b[off:])
	start := align(off+8, Align)
	if start > len(r.b) || n > uint64(len(r.b)-start) {
		r.fail("section overruns the file")
		return nil
	}
	r.off = start + int(n)
	return r.b[start:r.off:r.off]
}

// Get returns the next section as a []T: in place when its address suits
// T, else copied once into memory that does. The caller must not change
// it. On a big-endian machine it fails: the files are little-endian, and
// the binary is built for little-endian machines only.
func Get[T any](r *Reader) []T {
	checkLayout[T]()
	b := r.section()
	if !littleEndian {
		r.fail("a little-endian file on a big-endian machine")
		return nil
	}
	size := int(unsafe.Sizeof(*new(T)))
	if len(b)%size != 0 {
		r.fail("section is not whole values")
		return nil
	}
	n := len(b) / size
	if n == 0 {
		return nil
	}
	p := unsafe.Pointer(unsafe.SliceData(b))
	if uintptr(p)%unsafe.Alignof(*new(T)) == 0 {
		return unsafe.Slice((*T)(p), n)
	}
	out := make([]T, n)
	copy(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(out))), len(b)), b)
	return out
}

// GetStrings returns the next section written by PutStrings.
func GetStrings(r *Reader) []string {
	b := Get[byte](r)
	if len(b) == 0 {
		return nil
	}
	if b[len(b)-1] != '\n' {
		r.fail("strings")
		return nil
	}
	return strings.Split(string(b[:len(b)-1]), "\n")
}
