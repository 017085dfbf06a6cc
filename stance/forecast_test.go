package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// Constructions of session 10's trace readers, in sentences written for
// this test: a deal the text says was abandoned denies that it will be
// done (only a deal: "pulled out of recession" is no withdrawal); a
// speaker's own hedged expectation asserts; a call ("the time has come
// for") is neutral; a hedged forecast of how long the claim's event will
// take asserts that it will happen.
func TestOfStatement_Forecasts(t *testing.T) {
	c := mustNew(t)
	const (
		buy      = "Zorvex will take over Pellham Foods"
		grow     = "The Tessa economy will grow"
		win      = "Redhill Rovers will win the county cup"
		ban      = "The council will ban dogs from Tessa parks"
		unpick   = "The council will unpick the tram contract"
		overturn = "The Tessa parking ban will be overturned"
	)
	tests := []struct {
		kind, claim, cue, content string
		want                      string
	}{
		{"pulled out of a deal", buy, "said", "a month after Zorvex pulled out of an agreement to buy Pellham Foods", D},
		{"walked away from talks", buy, "said", "Zorvex walked away from talks to take over Pellham Foods", D},
		{"backed out of a bid", buy, "said", "Zorvex has backed out of its bid for Pellham Foods", D},
		{"abandoned an offer", buy, "said", "Zorvex abandoned its takeover offer for Pellham Foods last week", D},
		{"got out of a deal", buy, "said", "Zorvex paid to get out of a deal which could have forced it to take over Pellham Foods", D},
		{"another thing's deal", grow, "said", "the Tories plan to scrap the Fresh Start deal, and the Tessa economy will grow", A},
		{"pulled out of recession", grow, "said", "the Tessa economy pulled out of recession and will grow next year", A},
		{"deal kept", buy, "said", "Zorvex will not pull out of its agreement to buy Pellham Foods", A},
		{"withdrawal, then a deal", buy, "said", "Zorvex quit after the talks and will take over Pellham Foods", A},
		{"own expectation", win, "said", "I would expect them to go on and win the county cup", A},
		{"own belief, past", win, "said", "I believed Redhill Rovers would win the county cup", A},
		{"own belief, negated", win, "said", "I don't think Redhill Rovers will win the county cup", D},
		{"a call", ban, "said", "the time has come for a ban on dogs in Tessa parks", N},
		{"ruled lawful", overturn, "ruled", "the Tessa parking ban was lawful", N},
		{"ruled lawful, then an appeal", overturn, "said", "drivers will appeal after the High Court ruled the Tessa parking ban was lawful", N},
		{"upheld", overturn, "said", "the appeal court will uphold the Tessa parking ban", D},
		{"overturned, forecast", overturn, "said", "the Tessa parking ban could well be overturned on appeal", A},
		{"a possibility", unpick, "said", "the council may unpick the tram contract", N},
		{"hedged duration", unpick, "said", "the tram contract may take two or three years to unpick", A},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: tt.cue, Lemma: lemmaOf(tt.cue)},
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		if got, _ := c.OfStatement(tt.claim, st); got != tt.want {
			t.Errorf("%s: OfStatement(%q, %s %q) = %s, want %s", tt.kind, tt.claim, tt.cue, tt.content, got, tt.want)
		}
	}
}
