package attrib

import (
	"slices"
	"testing"
)

// The regular endings of English and the "e" and doubled consonant
// their spelling hides, likeliest base form first.
func TestBaseForms(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"welcomed", []string{"welcom", "welcome"}}, // cue-heads.tsv knows "welcome"
		{"argued", []string{"argue", "argu"}},
		{"raised", []string{"raise", "rais"}},
		{"caused", []string{"cause", "caus"}},
		{"focused", []string{"focus", "focuse"}},
		{"outlined", []string{"outline", "outlin"}},
		{"maintained", []string{"maintain", "maintaine"}},
		{"singled", []string{"single", "singl"}},
		{"planned", []string{"plan", "plann"}},
		{"called", []string{"call", "calle"}},
		{"thanked", []string{"thank", "thanke"}},
		{"denied", []string{"deny"}},
		{"warns", []string{"warn"}},
		{"furious", nil},
		{"discuss", nil},
		{"say", nil},
	}
	for _, tt := range tests {
		if got := baseForms(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("baseForms(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
