package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// A statement that asks whether the claim is so neither asserts nor
// denies it. The sentences are invented for this test.
func TestOfStatement_Asks(t *testing.T) {
	c := mustNew(t)
	const claim = "the Saltmere harbour will reopen in April"
	tests := []struct {
		cue, lemma, content string
		asks                bool
		want                string
	}{
		{"asked", "ask", "whether the Saltmere harbour would reopen in April", true, claimtrail.Neutral},
		{"wondered", "wonder", "if the harbour would reopen in April", true, claimtrail.Neutral},
		{"said", "say", "whether the Saltmere harbour reopens in April is for the board", true, claimtrail.Neutral},
		{"said", "say", "the Saltmere harbour will reopen in April", false, claimtrail.Asserts},
		{"denied", "deny", "that the Saltmere harbour would reopen in April", false, claimtrail.Denies},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: tt.cue, Lemma: tt.lemma},
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		got, _, asks := c.OfStatementSettled(claim, st)
		if asks != tt.asks {
			t.Errorf("asks(%s %q) = %v, want %v", tt.cue, tt.content, asks, tt.asks)
		}
		if got != tt.want {
			t.Errorf("OfStatement(%s %q) = %s, want %s", tt.cue, tt.content, got, tt.want)
		}
	}
}

// A statement whose cue calls for the claim ("urged the mayor to
// apologise") wishes it, neither asserting nor denying that it will be.
// The sentences are invented for this test.
func TestOfStatement_CallCue(t *testing.T) {
	c := mustNew(t)
	const claim = "Mayor Dace will apologise"
	tests := []struct {
		cue, lemma, content string
		want                string
	}{
		{"has urged", "urge", "Mayor Dace to apologise for his remarks", claimtrail.Neutral},
		{"demanded", "demand", "that Mayor Dace apologise", claimtrail.Neutral},
		{"said", "say", "Mayor Dace will apologise on Monday", claimtrail.Asserts},
		{"said", "say", "Mayor Dace would not apologise", claimtrail.Denies},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: tt.cue, Lemma: tt.lemma},
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		if got, _ := c.OfStatement(claim, st); got != tt.want {
			t.Errorf("OfStatement(%s %q) = %s, want %s", tt.cue, tt.content, got, tt.want)
		}
	}
}
