package speaker_test

import "testing"

// A source the tagger found inside a relative clause set off by commas
// right before the cue ("Peter Dunmore, who was part of the Hale
// inquiry, told …") is the name the clause describes: the mention runs
// from the name to the clause's end, and a "he" after it means that
// name, not a speaker before. The texts are invented.
func TestResolver_RelativeHead(t *testing.T) {
	text := `"We have said all there is to say," Mr Orwell told reporters in Leeds. He refused to answer further questions. Labour councillor Peter Dunmore, who sits on the planning board and was part of the Hale inquiry, told the BBC: "That is right in general, but it is not a fixed rule." He said there had been other cases when a survey was published.`
	tests := []struct {
		name             string
		groups           []spanGroup
		wantName, wantMn string
	}{
		{"the clause's name speaks",
			[]spanGroup{{"We have said all there is to say", "Mr Orwell", "told"}, {"That is right in general, but it is not a fixed rule.", "the Hale inquiry,", "told"}},
			"Peter Dunmore", "Peter Dunmore, who sits on the planning board and was part of the Hale inquiry"},
		{"a he after it means the clause's name",
			[]spanGroup{{"We have said all there is to say", "Mr Orwell", "told"}, {"That is right in general, but it is not a fixed rule.", "the Hale inquiry,", "told"}, {"there had been other cases", "He", "said"}},
			"Peter Dunmore", "He"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, text, tt.groups)
			if got.Name != tt.wantName || got.Mention != tt.wantMn {
				t.Errorf("got %q (%q), want %q (%q)", got.Name, got.Mention, tt.wantName, tt.wantMn)
			}
		})
	}
}
