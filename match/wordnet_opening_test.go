package match_test

import "testing"

// TestOpeningWord: a claim's first word, capitalised only for opening
// it, is the common word of its stem in a text ("house prices could
// fall" for "House prices will fall"); a name the tables know, or a word
// the claim capitalises inside it, is not.
func TestOpeningWord(t *testing.T) {
	m := mustNew(t)
	tests := []struct {
		claim, item, text string
		want              float64
	}{
		{"House prices will fall", "House", "Economists warned house prices could fall by 10%.", 1},
		{"Unemployment will fall", "Unemployment", "They said unemployment would fall next year.", 1},
		{"House prices will fall", "House", "The House debated the bill.", 1},
		{"House prices will fall", "House", "Prices of flats could fall.", 0},
		{"Prices of Houses will fall", "Houses", "Economists warned house prices could fall.", 0},
	}
	for _, tt := range tests {
		c := m.Claim(tt.claim)
		item := itemIndex(t, c, tt.claim, tt.item)
		if got := m.ScoreText(c, tt.text).Strengths[item]; got != tt.want {
			t.Errorf("claim %q, text %q: strength of %q = %v, want %v", tt.claim, tt.text, tt.item, got, tt.want)
		}
		checkGateSound(t, m, tt.claim, tt.text)
	}
}
