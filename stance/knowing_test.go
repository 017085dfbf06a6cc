package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// Stance of a statement toward a predicted event (issue 15): not knowing
// when or whether it comes is no denial of it, and a way to halt or
// reverse a change does not forecast it. The sentences are written for
// this test; the controls keep a plain denial, a negated knowing without an
// embedded question, a forecast and a negated stopping.
func TestOfStatement_KnowingAndHalting(t *testing.T) {
	c := mustNew(t)
	const (
		vote  = "The Tessa council will hold a vote on the harbour"
		slide = "Tessa house prices will slide"
		fall  = "Tessa house prices will fall"
		fraud = "Marlow knew about the Pellham accounting fraud"
	)
	tests := []struct {
		kind, claim, content string
		want                 string
	}{
		{"did not know what date", vote, "he did not know what date the vote on the harbour would be", N},
		{"does not know whether", vote, "he does not know whether the council will hold a vote on the harbour", N},
		{"don't know exactly when", vote, "we don't know exactly when the council will hold the harbour vote", N},
		{"unsure when", vote, "he was unsure when the Tessa council would hold the harbour vote", N},
		{"halt the slide", slide, "the best way to halt the slide in Tessa house prices is to build more homes", N},
		{"reverse the slide", slide, "the only way to reverse the slide in Tessa house prices is to build more homes", N},
		{"halting the fall", fall, "the council is halting the fall in Tessa house prices with new rules", N},
		// controls
		{"a plain denial", vote, "the council will not hold a vote on the harbour", D},
		{"a negated knowing of the claim's own act", fraud, "Marlow did not know about the Pellham accounting fraud", D},
		{"a forecast", slide, "Tessa house prices will slide next year", A},
		{"nothing will halt it", slide, "nothing will halt the slide that Tessa house prices will see next year", A},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"}, Form: "indirect",
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		if got, _ := c.OfStatement(tt.claim, st); got != tt.want {
			t.Errorf("%s: OfStatement(%q, %q) = %s, want %s", tt.kind, tt.claim, tt.content, got, tt.want)
		}
	}
}
