package mention

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/layer"
)

// FuzzJoinSpans checks that the words appendWordSpans finds, joined by
// joinSpans, are strings.Fields's joined by one space.
func FuzzJoinSpans(f *testing.F) {
	for _, s := range []string{"Mr Vell", " a  b ", "a\tb", "x\u00a0y", "\u2003", "", "a\xffb c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws := appendWordSpans(nil, s)
		if got, want := joinSpans(s, ws), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinSpans(%q) = %q, want %q", s, got, want)
		}
		for k := range ws {
			if got, want := joinSpans(s, ws[k:]), strings.Join(strings.Fields(s)[k:], " "); got != want {
				t.Errorf("joinSpans(%q) from word %d = %q, want %q", s, k, got, want)
			}
		}
	})
}

func TestIsDeterminerFold(t *testing.T) {
	for _, w := range []string{"The", "THE", "the", "Those", "An", "Thé", "\u212Aa", "", "Minister"} {
		if got, want := isDeterminerFold(w), layer.IsDeterminer(strings.ToLower(w)); got != want {
			t.Errorf("isDeterminerFold(%q) = %v, want %v", w, got, want)
		}
	}
}
