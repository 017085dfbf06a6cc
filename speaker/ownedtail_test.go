package speaker_test

import "testing"

// An owner's statement or document with a phrase after its noun ("X's
// statement to the stock exchange"), or an owner's website or ruling, is
// the owner's; words before the owner that open a phrase ("the
// instructions on X's website") leave it as written. The texts are
// invented.
func TestResolver_OwnedTail(t *testing.T) {
	tests := []struct {
		name, text string
		groups     []spanGroup
		wantName   string
	}{
		{"a statement to the stock exchange",
			"Kessel Town met on Monday. Kessel Town's statement to the stock exchange said the bid was low.",
			[]spanGroup{{"the bid was low", "Kessel Town's statement to the stock exchange", "said"}},
			"Kessel Town"},
		{"a report, a time and a topic after it",
			"Floods hit the coast in May. Lord Ravi Vell's report earlier this year into the floods said the walls were too low.",
			[]spanGroup{{"the walls were too low", "Lord Ravi Vell's report earlier this year into the floods", "said"}},
			"Lord Ravi Vell"},
		{"a body's website",
			"The Harbour Party held a rally on Monday. The Harbour Party's website said the rally was peaceful.",
			[]spanGroup{{"the rally was peaceful", "The Harbour Party's website", "said"}},
			"Harbour Party"},
		{"words before the owner open a phrase",
			"Tolvane sells a cleaning tool. The instructions on Tolvane's website say the tool is safe.",
			[]spanGroup{{"the tool is safe", "The instructions on Tolvane's website", "say"}},
			"instructions on Tolvane's website"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}
