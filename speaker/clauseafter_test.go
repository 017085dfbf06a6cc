package speaker_test

import "testing"

// A source the tagger gave as the relative clause after "according to
// NAME," or "said NAME," is the name the clause describes (with a role
// before it up to the cue); a clause about a description with no name
// stays the source. The texts are invented.
func TestResolver_NameBeforeClause(t *testing.T) {
	tests := []struct {
		name, text       string
		group            spanGroup
		wantName, wantMn string
	}{
		{"according to a name",
			"The festival will move to a larger park, according to Halvard Rusk, who founded it in 2001 and runs the bookings.",
			spanGroup{"The festival will move to a larger park", "who founded it in 2001 and runs the bookings", "according to"},
			"Halvard Rusk", "Halvard Rusk, who founded it in 2001 and runs the bookings"}, // the rules widened the run to the name: the mention keeps its clause
		{"according to a role and a name",
			"The repairs will take two years, according to structural engineer Mirela Otto, who is advising the council.",
			spanGroup{"The repairs will take two years", "who is advising the council", "according to"},
			"Mirela Otto", "structural engineer Mirela Otto"},
		{"said a name",
			`"The crowd carried us home," said Tobiah Venn, who plays in Dunmore on Friday.`,
			spanGroup{"The crowd carried us home", "who plays in Dunmore on Friday", "said"},
			"Tobiah Venn", "Tobiah Venn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, []spanGroup{tt.group})
			if got.Name != tt.wantName || got.Mention != tt.wantMn {
				t.Errorf("got %q (%q), want %q (%q)", got.Name, got.Mention, tt.wantName, tt.wantMn)
			}
		})
	}
}
