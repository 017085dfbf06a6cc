package lang

import (
	"io/fs"
	"strings"
	"testing"
)

// TestKeyFilter checks the key filter of every English table: every key
// is found by Has, Field and, lower-cased ASCII keys written in capitals,
// by HasFold and FieldFold (no key is ever filtered out); words made up
// from the keys but not in the table are not found; and the filters of
// the tables that have one turn away most of them without the map, so
// that they do their work.
func TestKeyFilter(t *testing.T) {
	ents, err := fs.ReadDir(data, "data/en")
	if err != nil {
		t.Fatal(err)
	}
	filtered, absent := 0, 0
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".tsv")
		if !ok {
			continue
		}
		tb := MustLoad("en", name)
		if tb.keys == nil && len(tb.Rows) <= filterMaxKeys {
			t.Errorf("%s: %d keys and no filter", name, len(tb.Rows))
		}
		for k, row := range tb.Rows {
			if !tb.Has(k) || len(row) > 0 && tb.Field(k, 0) != row[0] {
				t.Errorf("%s: key %q not found", name, k)
			}
			if up := strings.ToUpper(k); isASCIIWord(k) && k == strings.ToLower(k) && !tb.HasFold(up) {
				t.Errorf("%s: HasFold(%q) did not find %q", name, up, k)
			}
			for _, w := range []string{k + "x", "q" + k, k[:len(k)-1]} {
				if _, in := tb.Rows[w]; in || w == "" {
					continue
				}
				if tb.Has(w) || tb.Field(w, 0) != "" {
					t.Errorf("%s: %q found", name, w)
				}
				if tb.keys != nil {
					absent++
					if !tb.mayHave(w) {
						filtered++
					}
				}
			}
		}
	}
	if filtered < absent*9/10 {
		t.Errorf("the filters turned away %d of %d absent words", filtered, absent)
	}
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestWordFilter checks a WordFilter on its own: empty it holds no word
// (but lets the empty word through to a look-up), and it holds every
// word added.
func TestWordFilter(t *testing.T) {
	var f WordFilter
	words := []string{"a", "I", "yesterday", "mid-2005", "é", "twenty-one"}
	for _, w := range words {
		if f.MayHave(w) {
			t.Errorf("empty filter: MayHave(%q)", w)
		}
	}
	if !f.MayHave("") {
		t.Error("empty word turned away")
	}
	for _, w := range words {
		f.Add(w)
	}
	for _, w := range words {
		if !f.MayHave(w) {
			t.Errorf("MayHave(%q) after Add", w)
		}
	}
}

// TestMayHaveBytes checks that a word in a buffer gets the answer of the
// same word as a string.
func TestMayHaveBytes(t *testing.T) {
	var f WordFilter
	for _, w := range []string{"said", "he", "spokesman", "x"} {
		f.Add(w)
	}
	for _, w := range []string{"", "said", "he", "spokesman", "x", "says", "she", "q", "spokeswoman", "mp3"} {
		if got, want := f.MayHaveBytes([]byte(w)), f.MayHave(w); got != want {
			t.Errorf("MayHaveBytes(%q) = %v, MayHave = %v", w, got, want)
		}
	}
	for _, w := range []string{"said", "he", "spokesman", "x"} {
		if !f.MayHaveBytes([]byte(w)) {
			t.Errorf("MayHaveBytes(%q) = false for a word added", w)
		}
	}
}
