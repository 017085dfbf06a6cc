package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// How a clause frames the claim's words in a speaker's statement: a
// hedge of probability still asserts (the hedged field records it), a
// possibility does not, a call for or wish of the claimed change neither
// asserts nor denies it. The sentences are invented for this test.
func TestOfStatement_Framing(t *testing.T) {
	c := mustNew(t)
	const harbour = "The Saltmere harbour will reopen in April"
	const fares = "Tessa bus fares will rise"
	tests := []struct {
		name, claim, content string
		want                 string
		settled              bool
	}{
		{"likely", harbour, "it is likely that the Saltmere harbour will reopen in April", A, false},
		{"probably", harbour, "the Saltmere harbour will probably reopen in April", A, false},
		{"likely, direction word", fares, "it is likely that we will see higher bus fares in Tessa", A, false},
		{"possibility", harbour, "the Saltmere harbour may reopen in April", N, false},
		{"calls for", harbour, "the fishermen's calls for the Saltmere harbour to reopen in April are growing", N, true},
		{"want", harbour, "we want the Saltmere harbour to reopen in April", N, true},
		{"not want", harbour, "we do not want the Saltmere harbour to reopen in April", N, true},
		{"clamour for a change", fares, "it is concerned by the clamour for early bus fare increases in Tessa", N, true},
		{"urged", fares, "the council urged the operator to raise Tessa bus fares", N, true},
		{"call after the claim", harbour, "the Saltmere harbour will reopen in April, and the fishermen want a new quay", A, false},
		{"call in another clause", fares, "the drivers want more pay, so Tessa bus fares will rise", A, false},
		{"plain", fares, "Tessa bus fares will rise in May", A, false},
		{"denied", harbour, "the Saltmere harbour will not reopen in April", D, false},
		{"going to, called for", "Tessa bus fares are going to rise", "the council urged the operator to raise Tessa bus fares", N, true},
		{"going to, past", "Tessa bus fares are going to rise", "ridership on Tessa buses is held back by recent fare rises", N, true},
		{"going to, plain", "Tessa bus fares are going to rise", "Tessa bus fares will rise in May", A, false},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"},
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		got, _, settled := c.OfStatementSettled(tt.claim, st)
		if got != tt.want || settled != tt.settled {
			t.Errorf("%s: OfStatementSettled(%q, %q) = %s settled %v, want %s settled %v",
				tt.name, tt.claim, tt.content, got, settled, tt.want, tt.settled)
		}
	}
}

// A modal hedge ("may", "would") in a statement bears on its own clause:
// one whose clause holds none of the claim's words hedges nothing of the
// claim. (Headlines, read by Of, are mostly one clause; bodies' sentences
// are left to the article model.)
func TestOfStatement_ModalScope(t *testing.T) {
	c := mustNew(t)
	const mayor = "The mayor of Lundvik sold the town bridge"
	const report = "The mayor of Lundvik denied the report"
	tests := []struct{ claim, content, want string }{
		{mayor, "the mayor of Lundvik sold the town bridge and a ferry would replace it", A},
		{mayor, "the buyers may grumble but the mayor of Lundvik sold the town bridge", A},
		{mayor, "the mayor of Lundvik may have sold the town bridge", N},
		{report, "the Lundvik mayor dismissed the report and said the bridge would stay", A},
		{report, "the Lundvik mayor would dismiss the report", N},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Content: claimtrail.Content{Text: tt.content}}
		if got, _ := c.OfStatement(tt.claim, st); got != tt.want {
			t.Errorf("OfStatement(%q, %q) = %s, want %s", tt.claim, tt.content, got, tt.want)
		}
	}
}
