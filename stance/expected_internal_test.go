package stance

import "testing"

// expectedEvent reads an event named as expected in attributive use as
// taken to come, unless the noun phrase is the subject of a negation or
// the claim's act is negated elsewhere. Sentences written for this test.
func TestExpectedEvent(t *testing.T) {
	c, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	const fares = "Tessa bus fares will rise"
	tests := []struct {
		text string
		want bool
	}{
		{"riders braced for the widely expected rise in Tessa bus fares", true},
		{"shops did not open late ahead of the expected rise in Tessa bus fares", true},
		{"Tessa Stores suffered as the widely expected rise in bus fares never came", false},
		{"Tessa bus fares will not rise as much as the widely expected rise in tram fares", false},
		{"Tessa bus fares rose more than expected", false},
		{"Tessa bus fares are expected to rise", false},
	}
	for _, tt := range tests {
		cl, tx := c.pair(fares, tt.text)
		if got := c.expectedEvent(cl, tx); got != tt.want {
			t.Errorf("expectedEvent(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
