package attrib

import "testing"

// TestCutChannel checks where cutChannel ends the content of a group
// built from each sentence's bracketed cue (its words after it, to the
// full stop): before a channel phrase a determiner or a possessive and
// modifiers open after a noun phrase, not after a clause, not at "on",
// not at a channel noun with no determiner.
func TestCutChannel(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"Mayor Tom Reyes [praised] the new harbour plan in a recent radio interview with a local station.", "the new harbour plan"},
		{"Councillor Ida Marsh [criticised] the parking fees during her opening speech to the council.", "the parking fees"},
		{"Ida Marsh [welcomed] the support of residents who have moved to the town in an interview with a paper.", "the support of residents who have moved to the town"},
		{"The mayor [dismissed] the reports as baseless in a statement.", "the reports as baseless"},
		{"The coach [said] the players were booed during the press conference.", "the players were booed during the press conference"},
		{"The mayor [said] he would not comment on the speech.", "he would not comment on the speech"},
		{"Ida Marsh [criticised] examples of fraud in political speech.", "examples of fraud in political speech"},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := clauseGroup(d, r)
		tg.cutChannel(d, &g)
		c := g.Contents[0]
		if got := d.Text[d.Toks[c.First].Start:d.Toks[c.Last-1].End]; got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}
