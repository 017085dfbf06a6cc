package speaker_test

import "testing"

// An age description after a sentence whose subject is a description
// and which introduces a person with a relative clause means that
// person, not the last speaker; after a sentence a name opens, the
// rules before this one decide. The texts are invented.
func TestResolver_AgedNamedBefore(t *testing.T) {
	tests := []struct {
		name, text, wantName string
	}{
		{"introduced by a relative clause",
			"Hale lifts the cup\n\nCoach David Flint told reporters the squad was tired. The younger players were represented by Emma Hale, who scored twice in the final. The 17-year-old said the crowd had carried the team.",
			"Emma Hale"},
		{"a name opens the sentence before",
			"Hale lifts the cup\n\nCoach David Flint told reporters the squad was tired. Emma Hale was trained by Susan Marsh, who coached the team in the final. The 17-year-old said the crowd had carried the team.",
			"Emma Hale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, []spanGroup{{"the squad was tired", "Coach David Flint", "told"}, {"the crowd had carried the team", "The 17-year-old", "said"}})
			if got.Name != tt.wantName {
				t.Errorf("got %q, want %q", got.Name, tt.wantName)
			}
		})
	}
}
