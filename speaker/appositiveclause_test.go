package speaker_test

import "testing"

// A description the tagger gives as the source after a name that opens
// a clause after ", but" and runs to the cue with no comma ("…, but
// Martin Keller, head of the engine division at the firm says") is the
// name's; with no name before it, the description speaks. The texts are
// invented.
func TestResolver_AppositiveAfterConjunction(t *testing.T) {
	tests := []struct {
		name, text, source, wantName string
	}{
		{"a name before the description",
			"Harlow Motors may be ahead of its rivals, but Martin Keller, head of the engine division at the firm says the new motor will be ready in 2009.",
			"head of the engine division at the firm", "Martin Keller"},
		{"no name before it",
			"Harlow Motors may be ahead of its rivals, but the head of the engine division says the new motor will be ready in 2009.",
			"the head of the engine division", "head of the engine division"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, []spanGroup{{"the new motor will be ready in 2009", tt.source, "says"}})
			if got.Name != tt.wantName {
				t.Errorf("got %q, want %q", got.Name, tt.wantName)
			}
		})
	}
}
