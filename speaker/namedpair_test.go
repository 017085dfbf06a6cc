package speaker_test

import "testing"

// "The companies" after a sentence two bodies' names joined by "and"
// open are the two; after one body it stays the description. The texts
// are invented.
func TestResolver_NamedPair(t *testing.T) {
	tests := []struct {
		name, text, wantName string
	}{
		{"two bodies open the sentence before",
			"Rail deal agreed\n\nThe talks ended on Monday after two weeks. Harlow Rail Group and Kessel Engineering Ltd, the two firms that build the trains, welcomed the deal. \"It is a fair result for both sides,\" the companies said in a joint statement.",
			"Harlow Rail Group and Kessel Engineering Ltd"},
		{"one body opens it",
			"Rail deal agreed\n\nThe talks ended on Monday after two weeks. Harlow Rail Group, which builds the trains, welcomed the deal. \"It is a fair result for both sides,\" the companies said in a joint statement.",
			"companies"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, []spanGroup{{"It is a fair result for both sides", "the companies", "said"}})
			if got.Name != tt.wantName {
				t.Errorf("got %q, want %q", got.Name, tt.wantName)
			}
		})
	}
}
