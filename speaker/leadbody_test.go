package speaker_test

import "testing"

// A description of a body speaking in the lead is the body the next
// sentences open with, by name and before a cue; with no such body it
// stays the description. The texts are invented.
func TestResolver_LeadBody(t *testing.T) {
	tests := []struct {
		name, text, wantName string
	}{
		{"the body named after the lead",
			"Harbour fees to rise\n\nFerry fees at the port should rise next year, the transport watchdog has said.\n\nOperators faced higher costs in 2004. The Coastal Transport Commission says a rise of 5% would cover repairs.",
			"Coastal Transport Commission"},
		{"a person after the lead",
			"Harbour fees to rise\n\nFerry fees at the port should rise next year, the transport watchdog has said.\n\nOperators faced higher costs in 2004. Ferry owner Marten Dahl says a rise of 5% would cover repairs.",
			"transport watchdog"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, []spanGroup{{"Ferry fees at the port should rise next year", "the transport watchdog", "has said"}})
			if got.Name != tt.wantName {
				t.Errorf("got %q, want %q", got.Name, tt.wantName)
			}
		})
	}
}
