package speaker_test

import "testing"

// An "it" no speaker before resolves names the organisation its own
// sentence's subject names, never a person; where nothing fits it stays
// unnamed. The texts are invented.
func TestResolver_ItToSubjectBody(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		groups   []spanGroup
		wantName string
	}{
		{"the body in the subject's prepositional phrase",
			"Shares in Tolvane Group, which is building the new bridge, fell 19% after it said it would lose money.",
			[]spanGroup{{"it would lose money", "it", "said"}},
			"Tolvane Group"},
		{"the body that opens the sentence",
			"Varnex saw shares rise on Tuesday after it said it would move jobs abroad.",
			[]spanGroup{{"it would move jobs abroad", "it", "said"}},
			"Varnex"},
		{"a capitalised common word opening the sentence is no name",
			"Market leader Quorra, however, is releasing a console that it says will change gaming.",
			[]spanGroup{{"will change gaming", "it", "says"}},
			"Quorra"},
		{"a person's name is none",
			"Ada Quill was upset after it said the talks had failed.",
			[]spanGroup{{"the talks had failed", "it", "said"}},
			""},
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
