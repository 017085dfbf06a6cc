package speaker_test

import "testing"

// A description of someone by the person whose aide they are means no
// one else the text gave the aide's role. The texts are invented.
func TestResolver_PersonsAide(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		groups   []spanGroup
		wantName string
	}{
		{"a role's spokesman is no other party's spokesman",
			"Green Party health spokesman Ada Vell said the hospital plan was a mistake.\n\nThe prime minister's official spokesman said the plan was made by doctors.",
			[]spanGroup{{"the hospital plan was a mistake", "Green Party health spokesman Ada Vell", "said"}, {"the plan was made by doctors", "The prime minister's official spokesman", "said"}},
			"prime minister's official spokesman"},
		{"the mayor's aide",
			"Council spokeswoman Ada Vell said the road would close. The mayor's spokeswoman said it would not.",
			[]spanGroup{{"the road would close", "Council spokeswoman Ada Vell", "said"}, {"it would not", "The mayor's spokeswoman", "said"}},
			"mayor's spokeswoman"},
		{"without an owner the spokesman named before",
			"Green Party health spokesman Ada Vell said the hospital plan was a mistake. The spokesman said the plan would cost lives.",
			[]spanGroup{{"the hospital plan was a mistake", "Green Party health spokesman Ada Vell", "said"}, {"the plan would cost lives", "The spokesman", "said"}},
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
