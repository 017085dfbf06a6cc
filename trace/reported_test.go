package trace

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestReporting: a sentence the trace would give as the outlet's own
// voice is a speaker's when a statement holds it in a content that
// states the claim, or when it goes on, backshifted, with a report that
// ends the sentence before; the outlet's "will" and a sentence after a
// paragraph break stay its own.
func TestReporting(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tr.matcher.Claim("Ostria council will introduce a harbour levy")
	key, pred := -1, predicate(c)
	for i, it := range c.Items {
		if it.Text == "Ostria" {
			key = i
		}
	}
	report := "Marek Halden told councillors that the harbour needed new money."
	statement := func(text, content string, form string) *claimtrail.StoredStatement {
		at := strings.Index(text, content)
		st := &claimtrail.StoredStatement{}
		st.N, st.Form = 1, form
		st.Content = claimtrail.Content{Text: content, Spans: []claimtrail.Span{{Start: at, End: at + len(content)}}}
		st.Span = claimtrail.Span{Start: 0, End: at + len(content)}
		return st
	}
	tests := []struct {
		name, text, sentence, content, form string
		want                                string // the reported content, "" for the outlet's own
	}{
		{"a backshifted sentence goes on with the report",
			report + " Ostria council would introduce a harbour levy by 2027.", "Ostria council would introduce a harbour levy by 2027.",
			"that the harbour needed new money", claimtrail.FormIndirect, "Ostria council would introduce a harbour levy by 2027."},
		{"the outlet's will is its own",
			report + " Ostria council will introduce a harbour levy by 2027.", "Ostria council will introduce a harbour levy by 2027.",
			"that the harbour needed new money", claimtrail.FormIndirect, ""},
		{"a new paragraph is the outlet's",
			report + "\n\nOstria council would introduce a harbour levy by 2027.", "Ostria council would introduce a harbour levy by 2027.",
			"that the harbour needed new money", claimtrail.FormIndirect, ""},
		{"a quotation is no report to go on with",
			"\"We need new money,\" Marek Halden said. Ostria council would introduce a harbour levy by 2027.", "Ostria council would introduce a harbour levy by 2027.",
			"We need new money,", claimtrail.FormDirect, ""},
		{"the sentence is the statement's content",
			"Ostria council will introduce a harbour levy, its leader has announced.", "Ostria council will introduce a harbour levy, its leader has announced.",
			"Ostria council will introduce a harbour levy", claimtrail.FormIndirect, "Ostria council will introduce a harbour levy"},
		{"a statement in the sentence on something else",
			"The chancellor, who says Ostria council will introduce a harbour levy, said the sea wall was safe.", "The chancellor, who says Ostria council will introduce a harbour levy, said the sea wall was safe.",
			"the sea wall was safe", claimtrail.FormIndirect, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := strings.Index(tt.text, tt.sentence)
			st := tr.reporting(c, key, pred, tt.text, start, start+len(tt.sentence), []*claimtrail.StoredStatement{statement(tt.text, tt.content, tt.form)})
			got := ""
			if st != nil {
				got = st.Content.Text
			}
			if got != tt.want {
				t.Errorf("reporting = %q, want %q", got, tt.want)
			}
		})
	}
}
