package speaker_test

import "testing"

// A definite description of a person speaking after their words ("'…,'
// said the American") is the person named by name who opens the
// sentence before those words; a body there, or a name inside someone's
// words, leaves it as written. The texts are invented.
func TestResolver_QuotedDescribed(t *testing.T) {
	tests := []struct {
		name, text string
		groups     []spanGroup
		wantName   string
	}{
		{"a surname the text gave in full before, after another's words",
			"Kell wins in Doha\n\nRavi Kell beat Bo Lind 6-2 6-3 on Tuesday, and Ana Rush beat Ida Vell. \"I played well,\" Kell said.\n\nRush was pleased with her win over Vell in her first match for months. \"I felt pretty good,\" said the American.",
			[]spanGroup{{"I played well", "Kell", "said"}, {"I felt pretty good", "the American", "said"}},
			"Ana Rush"},
		{"a full name opening the sentence before",
			"Kell wins in Doha\n\nRavi Kell beat Bo Lind on Tuesday. \"I played well,\" Kell said. Ida Vell, ranked 90th, beat the top seed in two sets. \"This was a big day,\" said the 19-year-old.",
			[]spanGroup{{"I played well", "Kell", "said"}, {"This was a big day", "the 19-year-old", "said"}},
			"Ida Vell"},
		{"a body opening the sentence before: as written",
			"Football\n\nHarbour Rovers and Kessel Town drew 1-1 on Sunday. Harbour Rovers lost their keeper to injury before half-time. \"We were poor,\" said the Scot.",
			[]spanGroup{{"We were poor", "the Scot", "said"}},
			"Scot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}
