package speaker_test

import "testing"

// "The alliance" that nothing near resolves is the one body the article
// names with a proper name ending in that head word; a noun the text
// also uses for a body it only describes ("the bank"), two such bodies,
// or a description by relation names no one so. The texts are invented.
func TestResolver_BodyByHead(t *testing.T) {
	filler := " Riders rode out. Rain fell. Roads closed. Fields flooded."
	tests := []struct {
		name     string
		text     string
		groups   []spanGroup
		wantName string
	}{
		{"the body named before with the head word",
			"The Harrow Riders Alliance held a rally in May." + filler + " The alliance said the law was unworkable.",
			[]spanGroup{{"the law was unworkable", "The alliance", "said"}},
			"Harrow Riders Alliance"},
		{"the body named after",
			"The federation said fares would rise." + filler + " The Kessel Cab Drivers Federation met on Monday.",
			[]spanGroup{{"fares would rise", "The federation", "said"}},
			"Kessel Cab Drivers Federation"},
		{"two bodies with the head word: which one, the text does not say",
			"The Green Party and the Liberal Party met." + filler + " The party said the vote was close.",
			[]spanGroup{{"the vote was close", "The party", "said"}},
			"party"},
		{"a head the text also uses for a body it only describes",
			"Tolvane, the largest Dutch bank, cut jobs. Kessel Bank did too." + filler + " The bank said profits fell.",
			[]spanGroup{{"profits fell", "The bank", "said"}},
			"Tolvane"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, tt.groups)
			if got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}
