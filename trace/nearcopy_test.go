package trace

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestSketchShare: the sketch share of two texts is their share of
// shingles in common, exactly for texts shorter than a sketch.
func TestSketchShare(t *testing.T) {
	long := func(changed int) string {
		var b strings.Builder
		for i := range 200 {
			fmt.Fprintf(&b, "Berth %d of the quay was painted on day %d. ", i, i)
			if i == changed {
				b.WriteString("A crane fell over. ")
			}
		}
		return b.String()
	}
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"same", "the board met on the quay today", "the board met on the quay today", 1, 1},
		{"one word of eight", "the board met on the quay today at noon", "the board met on the pier today at noon", 0.2, 0.35},
		{"nothing shared", "the board met on the quay", "a crane fell into the deep water", 0, 0},
		{"too short", "the quay", "the quay", 0, 0},
		{"long, one sentence added", long(-1), long(100), 0.85, 1},
		{"long, a word of every sentence changed", long(-1), strings.ReplaceAll(long(-1), "painted", "sold"), 0.6, 0.8}, // exactly 0.71
	}
	for _, tt := range tests {
		got := sketchShare(sketchOf(tt.a), sketchOf(tt.b))
		if got < tt.min || got > tt.max {
			t.Errorf("%s: sketchShare = %.3f, want in [%.2f, %.2f]", tt.name, got, tt.min, tt.max)
		}
	}
}

// fieldHashes is wordHashes as sketchOf first read words: FNV-1a over
// strings.FieldsFunc of the lower-case text.
func fieldHashes(text string) []uint64 {
	var out []uint64
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		h := uint64(fnvOffset)
		for k := 0; k < len(w); k++ {
			h = (h ^ uint64(w[k])) * fnvPrime
		}
		out = append(out, h)
	}
	return out
}

// FuzzWordHashes checks that reading words in one pass hashes the words
// of the lower-case text, whatever its bytes.
func FuzzWordHashes(f *testing.F) {
	for _, s := range []string{"", "Minister Ana Kovač said 2,000 jobs – ÉTÉ, İstanbul.", "a\xffb\xc3", "ΣΟΦΙΑ's 3rd ÅNGSTRÖM", "  x  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := wordHashes(text), fieldHashes(text); !slices.Equal(got, want) {
			t.Errorf("wordHashes(%q) = %v, want %v", text, got, want)
		}
	})
}
