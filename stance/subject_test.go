package stance_test

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// A negation or an opposite said of another named subject than the
// claim's denies nothing of the claim; an elliptic clause after it takes
// its predicate; a contrastive "not that" disclaims. The sentences are
// written for this test; the controls keep a negation of the claim's own
// subject, of a pronoun and of a claim whose subject is no name.
func TestOfStatement_OtherSubject(t *testing.T) {
	c := mustNew(t)
	const (
		cut   = "The Tessa Greens will cut bus fares"
		kelly = "Anna Kelly will cut bus fares"
		fares = "Tessa bus fares will rise"
		buy   = "Kelmor will buy Danfield"
		poll  = "Marsh will call a vote in June"
		// "Greens" is the Tessa Greens' other name only through a table:
		// the test borrows a real party's alias instead
		green    = "The Conservatives will cut bus fares"
		exchange = "The Tessa Stock Exchange will accept the offer"
	)
	tests := []struct {
		kind, claim, form, content string
		want                       string
		settled                    bool
	}{
		{"another party's negation, ellipsis", cut, "indirect", "the Reds will not cut bus fares, but a Greens council would", A, true},
		{"another name mid-sentence", cut, "indirect", "unlike the Tessa Greens, the Reds will not cut bus fares", N, true},
		{"another name's opposite", kelly, "indirect", "Tom Reyes would raise bus fares in his first budget", N, true},
		{"another firm's negation, then the claim", buy, "indirect", "Vantor will not sell its stake, but Kelmor will buy Danfield", A, true},
		{"contrastive not that", poll, "indirect", "he had planned a tour in June, not that he expected a vote then", N, true},
		{"another name's forecast", cut, "indirect", "the Reds would mean higher bus fares and longer queues", N, true},
		{"another name's plan", cut, "indirect", "Tom Reyes will cut bus fares in Lundvik", N, true},
		{"another name's negation, then the claim's plan", cut, "indirect", "the Reds will never freeze bus fares, and the Tessa Greens plan deep cuts in bus fares", A, false},
		{"own subject by another name", green, "indirect", "the Tories will not cut bus fares", D, false},
		{"own subject by its initials", exchange, "indirect", "the TSE will not accept the offer", D, false},
		{"another name's plan beside the claim's", cut, "narration", "He would contrast the Reds' plan to freeze bus fares with a Greens plan to cut bus fares.", A, false},
		{"own subject negated", cut, "indirect", "the Tessa Greens will not cut bus fares", D, false},
		{"pronoun negated", kelly, "indirect", "she will not cut bus fares, but she will freeze them", D, false},
		{"own name, another first word", kelly, "indirect", "Ms Kelly will not cut bus fares", D, false},
		{"no named subject", fares, "indirect", "the Tessa Transit Board will not raise bus fares this year", D, false},
		{"a quotation's first word may be no name", buy, "direct", "Vantor will not buy Danfield", D, false},
		{"another name opens a quotation that names the claim's", cut, "direct", "Reds will not cut bus fares, while a Greens council would", A, true},
		{"another name opens a quotation, its own predicate", cut, "direct", "Labour will not set a limit on bus fares, while a Greens council would cut bus fares", A, true},
		{"the claim's word opens a quotation that names its subject", cut, "direct", "Fares will not be cut by the Tessa Greens", D, false},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"}, Form: tt.form,
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		if strings.Contains(tt.content, " not ") {
			st.Polarity = claimtrail.Deny // as extraction reads a negated main clause
		}
		got, _, settled := c.OfStatementSettled(tt.claim, st)
		if got != tt.want || settled != tt.settled {
			t.Errorf("%s: OfStatementSettled(%q, %q) = %s, settled %v; want %s, %v", tt.kind, tt.claim, tt.content, got, settled, tt.want, tt.settled)
		}
	}
}

// A negation that bears on something else than the claim, though its
// sentence holds the claim's words, does not reach it.
func TestNegationReaches_Elsewhere(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		claim, text string
		want        bool
	}{
		{"Tessa bus fares will rise", "I still think bus fares are going up in Tessa, and we are not out of the woods", false},
		{"The Tessa Greens will cut bus fares", "the Reds will not cut bus fares, but the Tessa Greens would", false},
		{"Marsh will call a vote in June", "he had planned a tour in June, not that he expected a vote then", false},
		{"Tessa bus fares will rise", "bus fares in Tessa will not rise, the board said", true},
	}
	for _, tt := range tests {
		if got := c.NegationReaches(tt.claim, tt.text); got != tt.want {
			t.Errorf("NegationReaches(%q, %q) = %v, want %v", tt.claim, tt.text, got, tt.want)
		}
	}
}

// Staying is no move, and a forward word after "than" compares: toward a
// claim of a move, neither takes a side.
func TestOfStatement_NoMove(t *testing.T) {
	c := mustNew(t)
	const (
		rise = "Tessa bus fares will rise"
		fall = "Tessa bus fares will fall"
	)
	tests := []struct {
		kind, claim, content, want string
	}{
		{"remain, toward a rise", rise, "Tessa bus fares will remain high for years", N},
		{"remain, toward a fall", fall, "Tessa bus fares will remain high for years", N},
		{"stay, then a move", rise, "Tessa bus fares will stay flat this year but rise sharply next year", A},
		{"than expected", rise, "Tessa bus fares rose by a higher than expected 4%", N},
		{"expected, ahead", rise, "Tessa bus fares are expected to rise by 4%", A},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"}, Form: claimtrail.FormIndirect,
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		if got, _ := c.OfStatement(tt.claim, st); got != tt.want {
			t.Errorf("%s: OfStatement(%q, %q) = %s, want %s", tt.kind, tt.claim, tt.content, got, tt.want)
		}
	}
}

// A negated stopping asserts what follows; a refused denial leaves the
// claim open; a negated opposite says nothing of the claim; "little
// chance" denies.
func TestOfStatement_NegatedFrames(t *testing.T) {
	c := mustNew(t)
	const (
		win  = "Redhill Rovers will win the county cup"
		cut  = "Anna Kelly will cut bus fares"
		rise = "Anna Kelly will raise bus fares"
	)
	tests := []struct {
		kind, claim, cue, content string
		want                      string
		settled                   bool
	}{
		{"nothing in the way", win, "said", "nothing is going to get in the way of Redhill Rovers winning the county cup", A, false},
		{"nothing stops", win, "said", "nothing will stop Redhill Rovers winning the county cup", A, false},
		{"control: will not win", win, "said", "Redhill Rovers will not win the county cup", D, false},
		{"refused to rule out", rise, "refused", "to rule out higher bus fares", N, true},
		{"refused to rule out, toward the opposite", cut, "refused", "to rule out higher bus fares", N, true},
		{"negated opposite", cut, "pledged", "not to raise bus fares", N, true},
		{"little chance", win, "admitted", "Redhill Rovers have little chance of winning the county cup", D, false},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: tt.cue, Lemma: map[string]string{"said": "say", "refused": "refuse", "pledged": "pledge", "admitted": "admit"}[tt.cue]},
			Form: claimtrail.FormIndirect, Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		got, _, settled := c.OfStatementSettled(tt.claim, st)
		if got != tt.want || settled != tt.settled {
			t.Errorf("%s: OfStatementSettled(%q, %s %q) = %s, settled %v; want %s, %v", tt.kind, tt.claim, tt.cue, tt.content, got, settled, tt.want, tt.settled)
		}
	}
}
