package speaker_test

import "testing"

// A participle cue right after a report or a claim says what the report
// says. The texts are invented.
func TestResolver_ReportParticiple(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		groups   []spanGroup
		wantName string
	}{
		{"a report the subject denies",
			"The Harbour Party's campaign director has denied a report claiming he warned Ada Vell the party could not win.",
			[]spanGroup{{"he warned Ada Vell the party could not win", "The Harbour Party's campaign director", "claiming"}},
			"report"},
		{"a story after a preposition",
			"The row followed a Harbour Ledger story alleging ministers had lied.",
			[]spanGroup{{"ministers had lied", "", "alleging"}},
			"Harbour Ledger story"},
		{"a comma: the clause's subject",
			"Ada Vell rejected the report, saying it was wrong.",
			[]spanGroup{{"it was wrong", "", "saying"}},
			"Ada Vell"},
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
