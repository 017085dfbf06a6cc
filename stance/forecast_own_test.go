package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// A speaker's own forecast, however hedged, takes a side: "I cannot see
// them losing it" and "it is not unlikely that they will win" assert the
// win; a negated belief of a negation asserts; "not impossible" only
// hedges; a right or an option to act forecasts nothing. The sentences are written for this test; the
// controls keep a plain denial, a denied opposite that is no complement
// and a plain forecast.
func TestOfStatement_OwnForecast(t *testing.T) {
	c := mustNew(t)
	const (
		cup   = "Redhill Rovers will win the Tessa Cup"
		fares = "Tessa bus fares will rise"
		buy   = "Zorvex will buy Pellham Foods"
		knew  = "Marlow knew about the Pellham accounting fraud"
	)
	tests := []struct {
		kind, claim, form, content string
		want                       string
	}{
		{"cannot see the complement", cup, "direct", "I cannot see Redhill losing this cup now", A},
		{"can't see the complement", cup, "direct", "I can't see them losing the cup from here", A},
		{"litotes", cup, "indirect", "it was not unlikely that Redhill would win the cup", A},
		{"not impossible: a hedge", cup, "direct", "It is not impossible that Redhill will win the cup, but it is a small chance", N},
		{"not impossible, no forward word", cup, "direct", "It is not impossible that Redhill win the cup", N},
		{"negated belief of a negation", cup, "direct", "I cannot see Redhill not winning the cup", A},
		{"don't think … won't", cup, "direct", "I don't think Redhill won't win the cup", A},
		{"fancy", cup, "direct", "I fancy Redhill to win the cup", A},
		{"the complement's object holds the claim's word", cup, "mixed", "It has been a long season, but I cannot see them losing their lead in the Tessa Cup … I would expect them to go on and win it.", A},
		{"a name before the speaker's I", cup, "mixed", "They have a hard game against Oldbury to come and I cannot see them losing the cup", A},
		{"hedges of other sentences", cup, "mixed", "Our keeper is possibly out for a month - maybe two - but I would expect Redhill to win the cup … If he is fit, he will play again.", A},
		{"a hedge of the claim's own sentence", cup, "mixed", "Our keeper is back … If he is fit, Redhill could win the cup.", N},
		{"not unaware", knew, "indirect", "Marlow was not unaware of the accounting fraud", A},
		{"right to act", buy, "indirect", "Pellham Foods will gain the right to sell its shares to Zorvex", N},
		{"option to act", buy, "narration", "Under the deal, Zorvex has an option to buy Pellham Foods by 2008.", N},
		// controls
		{"can see the move", cup, "direct", "I can see Redhill winning the cup", A},
		{"cannot see the claim", cup, "direct", "I cannot see Redhill winning the cup", D},
		{"denied opposite, no complement", fares, "direct", "I cannot see bus fares falling in Tessa", N},
		{"unlikely", cup, "indirect", "it was unlikely that Redhill would win the cup", N},
		{"forecast, not an option", buy, "indirect", "Zorvex will buy Pellham Foods next year", A},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"}, Form: tt.form,
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		if tt.form == "narration" {
			st.Cue = claimtrail.Cue{}
		}
		if got, _ := c.OfStatement(tt.claim, st); got != tt.want {
			t.Errorf("%s: OfStatement(%q, %q) = %s, want %s", tt.kind, tt.claim, tt.content, got, tt.want)
		}
	}
}
