package trace

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{"Title line\nBody 3.5 per cent. End", []string{"Title line", "Body 3.5 per cent.", "End"}},
	}
	for _, tt := range tests {
		if got := sentences(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWindow(t *testing.T) {
	tests := []struct {
		text string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"abcdef", 3, "abc"},
		{"aé", 2, "a"}, // never half a character
	}
	for _, tt := range tests {
		if got := window(tt.text, tt.n); got != tt.want {
			t.Errorf("window(%q, %d) = %q, want %q", tt.text, tt.n, got, tt.want)
		}
	}
}

func TestGroupWeights(t *testing.T) {
	// 100 articles: a group in none weighs the most and is not
	// searched, a common one (40) weighs little and is not searched,
	// rare ones are, rarest first.
	w, rare := groupWeights(100, []int{0, 40, 2, 10})
	if !(w[1] < w[3] && w[3] < w[2] && w[2] < w[0]) {
		t.Errorf("weights %v", w)
	}
	if !slices.Equal(rare, []int{2, 3}) {
		t.Errorf("rare %v, want [2 3]", rare)
	}
}
