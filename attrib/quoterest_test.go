package attrib

import (
	"testing"
	"time"
)

// TestFinishQuotations checks that a quotation's content the tagger
// stopped at a sentence end inside it runs on to the closing mark
// (finishQuotations), and the guards: another group's cue in the rest,
// a quotation left open.
func TestFinishQuotations(t *testing.T) {
	lb, _ := newTestTagger(t)
	tests := []struct {
		text, cue, content, other, want string
	}{
		{`Ines Vale added: "The toll could hurt both towns. They have got to the council. But the ferry is not for sale." The vote is in May.`,
			"added", "The toll could hurt both towns. They have got to the council.", "",
			"The toll could hurt both towns. They have got to the council. But the ferry is not for sale."},
		// guards
		{`Ines Vale added: "The toll could hurt both towns. They have got to the council. Amos Reddle told us the ferry is safe." The vote is in May.`,
			"added", "The toll could hurt both towns. They have got to the council.", "told",
			"The toll could hurt both towns. They have got to the council."},
		{"Ines Vale added: \"The toll could hurt both towns. They have got to the council. But the ferry is not for sale.\n\nThe vote is in May.",
			"added", "The toll could hurt both towns. They have got to the council.", "",
			"The toll could hurt both towns. They have got to the council."},
	}
	for _, tt := range tests {
		d := lb.Build("Harbour news\n\n"+tt.text, time.Time{})
		gs := []Group{{Cue: spanRun(t, d, tt.cue, 1), Contents: []Run{spanRun(t, d, tt.content, 2)}}}
		if tt.other != "" {
			gs = append(gs, Group{Cue: spanRun(t, d, tt.other, 1)})
		}
		finishQuotations(d, gs)
		if got := runText(d, gs[0].Contents[0]); got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}
