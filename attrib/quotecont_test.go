package attrib

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/layer"
)

// spanRun returns the token run whose text is the first occurrence of
// part in d's text, with role role.
func spanRun(t *testing.T, d *layer.Doc, part string, role int) Run {
	t.Helper()
	at := strings.Index(d.Text, part)
	if at < 0 {
		t.Fatalf("%q not in %q", part, d.Text)
	}
	r := Run{Role: role, First: -1}
	for k, tok := range d.Toks {
		if tok.Start >= at && tok.End <= at+len(part) {
			if r.First < 0 {
				r.First = k
			}
			r.Last = k + 1
		}
	}
	return r
}

// TestJoinContinuations checks which quotations after a statement join
// its content (joinContinuations): the text of the fragments joined, ""
// when none, and that the reported contents stay the statement's own.
func TestJoinContinuations(t *testing.T) {
	lb, _ := newTestTagger(t)
	tests := []struct {
		text, cue, content, other, joined string
	}{
		{`Ines Vale said the toll was "an insult". "Nobody can pay it."`, "said", `the toll was "an insult"`, "", "Nobody can pay it."},
		{"Ines Vale said the toll was \"an insult\".\n\n\"Nobody can pay it. We will protest.\"", "said", `the toll was "an insult"`, "", "Nobody can pay it. We will protest."},
		{`"We will fight," said Amos Reddle. "The yard is ours." "We will go to court."`, "said", "We will fight", "", "The yard is ours. | We will go to court."},
		// guards: a paraphrase, the reporter's sentence, a cue of its own, another statement, a title after the quotation
		{`Ines Vale said the toll was too high. "Nobody can pay it."`, "said", "the toll was too high", "", ""},
		{`Ines Vale said the toll was "an insult". The council meets in May. "Nobody can pay it."`, "said", `the toll was "an insult"`, "", ""},
		{`Ines Vale said the toll was "an insult". "Nobody can pay it," said Amos Reddle.`, "said", `the toll was "an insult"`, "", ""},
		{`Ines Vale said the toll was "an insult", and Amos Reddle agreed. "Nobody can pay it."`, "said", `the toll was "an insult"`, "agreed", ""},
		{`Ines Vale said the toll was "an insult". "Dorn Star" is the ferry's name.`, "said", `the toll was "an insult"`, "", ""},
		{"Ines Vale said the toll was \"an insult\".\n\nAda Rusk spoke next.\n\n\"Nobody can pay it.\"", "said", `the toll was "an insult"`, "", ""},
		{"Ines Vale said the toll was \"an insult\". \"We want a fair toll. We\n\nwant it now,\" said Amos Reddle.", "said", `the toll was "an insult"`, "", ""},
	}
	for _, tt := range tests {
		d := lb.Build("Harbour news\n\n"+tt.text, time.Time{})
		gs := []Group{{Cue: spanRun(t, d, tt.cue, 1), Contents: []Run{spanRun(t, d, tt.content, 2)}}}
		if tt.other != "" {
			gs = append(gs, Group{Cue: spanRun(t, d, tt.other, 1)})
		}
		joinContinuations(d, gs)
		g := &gs[0]
		var joined []string
		for _, c := range g.Contents[1:] {
			joined = append(joined, runText(d, c))
		}
		if got := strings.Join(joined, " | "); got != tt.joined {
			t.Errorf("%q: joined %q, want %q", tt.text, got, tt.joined)
		}
		if r := g.Reported(); len(r) != 1 || runText(d, r[0]) != tt.content {
			t.Errorf("%q: reported %v, want the content alone", tt.text, r)
		}
	}
}
