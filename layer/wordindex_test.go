package layer

import "testing"

// TestWordIndex checks that the word table's filter turns away no key
// of the table (markWords would miss a cue or a class) and that it turns
// away words the table does not hold, which is what it is for.
func TestWordIndex(t *testing.T) {
	lx, err := newLexicon("en")
	if err != nil {
		t.Fatal(err)
	}
	m, err := wordTable("en", lx)
	if err != nil {
		t.Fatal(err)
	}
	x := newWordIndex(m)
	for k, e := range m {
		if got := x.get([]byte(k)); got != e {
			t.Errorf("get(%q) = %v, want its entry", k, got)
		}
	}
	absent, turned := 0, 0
	for k := range m {
		for _, w := range []string{k + "x", "q" + k, k + "ness"} {
			if _, in := m[w]; in {
				continue
			}
			absent++
			if !x.keys.MayHaveBytes([]byte(w)) {
				turned++
			}
			if x.get([]byte(w)) != nil {
				t.Errorf("get(%q) found an entry", w)
			}
		}
	}
	if turned*2 < absent {
		t.Errorf("the filter turned away %d of %d absent words, want at least half", turned, absent)
	}
}
