package token

import "testing"

func TestTitleCase(t *testing.T) {
	for _, c := range []struct {
		name                   string
		words, capitals, least int
		share                  float64
		want                   bool
	}{
		{"more than half of three", 3, 2, 3, 0.5, true},
		{"half is not more than half", 4, 2, 3, 0.5, false},
		{"too few words", 2, 2, 3, 0.5, false},
		{"no words", 0, 0, 3, 0.5, false},
		{"more than three in five", 5, 4, 4, 0.6, true},
		{"three in five is not more", 5, 3, 4, 0.6, false},
		{"every word asked and given", 3, 3, 3, 1, true},
		{"every word asked, one lower", 4, 3, 3, 1, false},
	} {
		if got := TitleCase(c.words, c.capitals, c.least, c.share); got != c.want {
			t.Errorf("%s: TitleCase(%d, %d, %d, %v) = %v, want %v", c.name, c.words, c.capitals, c.least, c.share, got, c.want)
		}
	}
}
