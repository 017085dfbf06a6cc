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
		{"how to stop the fall", fall, "the council is looking at how to stop the fall in Tessa house prices", N},
		// controls
		{"a failed attempt to halt", "The Tessa harbour will be auctioned", "The harbour board went to court in an unsuccessful attempt to halt the auction of the Tessa harbour", A},
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

// An embedded question after a negated or uncertain verb of knowing
// settles a statement as neutral, whatever polarity extraction gave it
// for its negation: the trace must not read "did not know when" as a
// denial. A negation of the claim in another clause still denies, and a
// claim named outside the unknown clause is not settled here (want "":
// any stance).
func TestOfStatementSettled_NotKnown(t *testing.T) {
	c := mustNew(t)
	const vote = "The Tessa council will hold a vote on the harbour"
	tests := []struct {
		kind, content string
		settled       bool
		want          string
	}{
		{"did not yet know whether", "it did not yet know whether the council would hold a vote on the harbour", true, N},
		{"not clear when", "it was not clear when the council would hold the harbour vote", true, N},
		{"unsure whether", "he is unsure whether the council will hold a vote on the harbour", true, N},
		{"not know, then a denial", "I don't know what to say. The council will not hold a vote on the harbour.", false, D},
		{"a forecast, then not knowing if it pays", "The council is going to need to hold a vote on the harbour … I do not know if the vote on the harbour will be worth it.", false, ""},
		{"not know, a comma, then a denial", "he did not know what to say, and the council will not hold a vote on the harbour", false, D},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"}, Form: "indirect",
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Deny}
		got, _, settled := c.OfStatementSettled(vote, st)
		if settled != tt.settled || tt.want != "" && got != tt.want {
			t.Errorf("%s: OfStatementSettled(%q) = %s, settled %v; want %s, %v", tt.kind, tt.content, got, settled, tt.want, tt.settled)
		}
	}
}
