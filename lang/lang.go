// Package lang holds per-language resources as data tables, not code:
// abbreviations, month and weekday names, number words, cue lexicons. Each
// language is a folder data/<iso>/ of tab-separated files embedded in the
// binary; adding a language means adding a folder. Stages ask for a table
// by name and get a ready map.
package lang

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

//go:embed data
var data embed.FS

// Table is a parsed data file: each non-comment line is a key followed by
// zero or more tab-separated fields. Keys are stored as written; callers
// decide on case (most tables are lower-case).
type Table struct {
	Name string
	Rows map[string][]string
	// Order keeps the keys in file order, for tables whose order matters
	// (longest-match lists).
	Order []string
	// keys, when set, filters the keys: a word it turns away is no
	// key. The stages look up every word of a text in tables that hold
	// few of them; the filter costs a few instructions, a map look-up
	// hashes the word and reads a group of slots. Set by parse for tables
	// of up to filterMaxKeys keys, which callers do not modify.
	keys *WordFilter
}

// WordFilter is a filter of a set of words: a bit for each word's
// length, first, second and last byte (keyBit). A word whose bit is
// clear is not in the set; one whose bit is set may be, and is looked
// up. The zero value holds no word.
type WordFilter [filterBits / 64]uint64

// Add adds word w to the filter.
func (f *WordFilter) Add(w string) {
	if w != "" {
		b := wordBit(w)
		f[b/64] |= 1 << (b % 64)
	}
}

// MayHave reports whether w may be one of the words added: false only
// when it is none of them.
func (f *WordFilter) MayHave(w string) bool {
	if w == "" {
		return true
	}
	b := wordBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// MayHaveBytes is MayHave of the word w holds, for a word in a buffer.
func (f *WordFilter) MayHaveBytes(w []byte) bool {
	if len(w) == 0 {
		return true
	}
	b := keyBit(len(w), w[0], w[min(1, len(w)-1)], w[len(w)-1])
	return f[b/64]&(1<<(b%64)) != 0
}

const (
	filterBits    = 1 << 12
	filterMaxKeys = filterBits / 4 // at most a quarter of the bits set
)

// keyBit is the filter bit of a key of length n (at least 1) whose
// first, second (or first again) and last bytes are b0, b1 and bn.
func keyBit(n int, b0, b1, bn byte) uint32 {
	h := uint32(n)*0x9e3779b1 ^ uint32(b0)*0x85ebca77 ^ uint32(b1)*0xc2b2ae3d ^ uint32(bn)*0x27d4eb2f
	return h >> (32 - 12) // 12 bits: filterBits
}

// wordBit is keyBit of key.
func wordBit(key string) uint32 {
	return keyBit(len(key), key[0], key[min(1, len(key)-1)], key[len(key)-1])
}

// mayHave reports whether key may be in the table: false only when it
// is not.
func (t *Table) mayHave(key string) bool { return t.keys == nil || t.keys.MayHave(key) }

// mayHaveFold is mayHave of key lower-cased, for an ASCII key (whose
// lower-casing keeps its length); true for any other.
func (t *Table) mayHaveFold(key string) bool {
	if t.keys == nil || key == "" {
		return true
	}
	for i := 0; i < len(key); i++ {
		if key[i] >= 0x80 {
			return true
		}
	}
	b := keyBit(len(key), asciiLower(key[0]), asciiLower(key[min(1, len(key)-1)]), asciiLower(key[len(key)-1]))
	return t.keys[b/64]&(1<<(b%64)) != 0
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Has reports whether key is in the table.
func (t *Table) Has(key string) bool {
	if !t.mayHave(key) {
		return false
	}
	_, ok := t.Rows[key]
	return ok
}

// Field returns field i (0-based, after the key) of key's row, or "".
func (t *Table) Field(key string, i int) string {
	if !t.mayHave(key) {
		return ""
	}
	r := t.Rows[key]
	if i < len(r) {
		return r[i]
	}
	return ""
}

// HasFold is Has of key lower-cased (strings.ToLower), without the copy
// when key is short ASCII: most callers hold a word as written.
func (t *Table) HasFold(key string) bool { _, ok := t.rowFold(key); return ok }

// FieldFold is Field of key lower-cased (strings.ToLower), without the
// copy when key is short ASCII.
func (t *Table) FieldFold(key string, i int) string {
	r, _ := t.rowFold(key)
	if i < len(r) {
		return r[i]
	}
	return ""
}

// rowFold returns the row of key lower-cased.
func (t *Table) rowFold(key string) ([]string, bool) {
	if !t.mayHaveFold(key) {
		return nil, false
	}
	return LookupFold(t.Rows, key)
}

// LookupFold returns m[strings.ToLower(key)]. An ASCII key is folded
// into a buffer on the stack, which the map index reads without a copy;
// any other goes through strings.ToLower.
func LookupFold[V any](m map[string]V, key string) (V, bool) {
	upper := false
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c >= 0x80 {
			v, ok := m[strings.ToLower(key)]
			return v, ok
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		v, ok := m[key]
		return v, ok
	}
	var buf [64]byte
	b := buf[:0]
	if len(key) > len(buf) {
		b = make([]byte, 0, len(key))
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	v, ok := m[string(b)]
	return v, ok
}

var (
	mu    sync.Mutex
	cache = map[string]*Table{}
)

// Data returns the embedded data files, data/<code>/<name>, for
// fingerprinting what the binary ships (pipeline.ExtractorVersion).
func Data() fs.FS { return data }

// Languages lists the language codes that have data.
func Languages() []string {
	ents, _ := fs.ReadDir(data, "data")
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out
}

// Load returns table name (a file name without .tsv) of language code. The
// parsed table is cached and shared: callers must not modify it.
func Load(code, name string) (*Table, error) {
	key := code + "/" + name
	mu.Lock()
	defer mu.Unlock()
	if t, ok := cache[key]; ok {
		return t, nil
	}
	b, err := data.ReadFile("data/" + code + "/" + name + ".tsv")
	if err != nil {
		return nil, fmt.Errorf("language %q has no table %q", code, name)
	}
	t := parse(key, string(b))
	cache[key] = t
	return t, nil
}

// MustLoad is Load for tables the binary ships; a missing one is a build
// mistake, so it panics.
func MustLoad(code, name string) *Table {
	t, err := Load(code, name)
	if err != nil {
		panic(err)
	}
	return t
}

// File returns the bytes of a data file of language code that is not a
// tab-separated table (name with its extension: "wordnet.tsv.gz"), for
// packages that read their own format, uncached.
func File(code, name string) ([]byte, error) {
	b, err := data.ReadFile("data/" + code + "/" + name)
	if err != nil {
		return nil, fmt.Errorf("language %q has no file %q", code, name)
	}
	return b, nil
}

func parse(name, s string) *Table {
	t := &Table{Name: name, Rows: map[string][]string{}}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		k := strings.TrimSpace(f[0])
		if k == "" {
			continue
		}
		vals := f[1:]
		for i := range vals {
			vals[i] = strings.TrimSpace(vals[i])
		}
		if _, dup := t.Rows[k]; !dup {
			t.Order = append(t.Order, k)
		}
		t.Rows[k] = vals
	}
	if len(t.Rows) <= filterMaxKeys {
		t.keys = new(WordFilter)
		for k := range t.Rows {
			t.keys.Add(k)
		}
	}
	return t
}
