package speaker_test

import "testing"

// A "he" after a sentence whose subject no title or given name shows to
// be a person (a club the tags call one) and in which a person named in
// full spoke after it means that person. The texts are invented.
func TestResolver_SpeakerOverUnsureSubject(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		groups   []spanGroup
		wantName string
	}{
		{"a club's announcement, then its chairman's confirmation",
			"Kessel United chairman Tom Harrow has said the club will sell no one.\n\nUnited recently announced losses of £12m, but Harrow confirmed they would find money for players. He said: \"We want two or three new faces.\"",
			[]spanGroup{{"the club will sell no one", "Kessel United chairman Tom Harrow", "has said"}, {"losses of £12m", "United", "recently announced"}, {"they would find money for players", "Harrow", "confirmed"}, {"We want two or three new faces.", "He", "said"}},
			"Tom Harrow"},
		{"guard: a subject named in full who spoke is whom the pronoun means",
			"Tom Harrow said the club will sell no one. Later Ada Quell arrived. Mr Harrow confirmed they would find money for players. He said the talks went well.",
			[]spanGroup{{"the club will sell no one", "Tom Harrow", "said"}, {"they would find money for players", "Mr Harrow", "confirmed"}, {"the talks went well", "He", "said"}},
			"Tom Harrow"},
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
