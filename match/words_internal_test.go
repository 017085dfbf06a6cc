package match

import (
	"strings"
	"testing"
)

// isUpperCase must say what strings.ToUpper(w) == w said before it.
func TestIsUpperCase(t *testing.T) {
	for _, w := range []string{"", "NATO", "Nato", "nato", "U.S.", "BBC's", "ÉCOLE", "École", "ß", "ΣΟΦΙΑ", "Σοφια",
		"1990", "A-10", "\xff", "AB\xffC", "\uFFFD", "İSTANBUL", "ǅ", "ǈ", "ﬁ", "ᾼ"} {
		if got, want := isUpperCase(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzIsUpperCase(f *testing.F) {
	for _, w := range []string{"NATO", "Nato", "\xff", "ǅ", "İ"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isUpperCase(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", w, got, want)
		}
	})
}
