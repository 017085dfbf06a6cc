package speaker_test

import "testing"

// An indefinite description speaking in the lead is the person the next
// sentence names in an apposition to a definite description with the
// same head; any other next sentence leaves it as written. The texts are
// invented.
func TestResolver_LeadHeadNamed(t *testing.T) {
	tests := []struct {
		name, text string
		groups     []spanGroup
		wantName   string
	}{
		{"a head the tables do not type, named with a title",
			"Novel\n\nThe plot is laughable, a clergyman has said.\n\nThe clergyman, the Bishop of Kessel Tom Vell, called it a thriller.",
			[]spanGroup{{"The plot is laughable", "a clergyman", "has said"}},
			"Tom Vell"},
		{"a role head with a modifier",
			"Jobs\n\nThe plant will shut, a union official has said.\n\nThe union official, Ann Pell, said talks had failed.",
			[]spanGroup{{"The plant will shut", "a union official", "has said"}},
			"Ann Pell"},
		{"an apposition naming no one: as written",
			"Jobs\n\nThe plant will shut, a union official has said.\n\nThe official, who asked not to be named, spoke on Monday.",
			[]spanGroup{{"The plant will shut", "a union official", "has said"}},
			"a union official"},
		{"another head: as written",
			"Jobs\n\nThe plant will shut, a union official has said.\n\nThe plant, Tolvane Works, employs 300 people.",
			[]spanGroup{{"The plant will shut", "a union official", "has said"}},
			"a union official"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}
