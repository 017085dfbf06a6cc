package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// How a statement bears on a claim that predicts: only a clause that looks
// ahead asserts or denies it. A past or current move, a generic truth,
// advice, a call or a fight, and a wish neither assert nor deny it (and
// settle it so: extraction's polarity must not overrule them); a hedged
// forecast of the move asserts it; denying the claim's opposite does not
// deny it. One group of rows per kind; the sentences are invented for
// this test.
func TestOfStatement_Prediction(t *testing.T) {
	c := mustNew(t)
	const (
		fares = "Tessa bus fares will rise"
		krone = "The krone will fall against the euro"
		buy   = "Zorvex will take over Pellham Foods"
		plant = "Vantor will build its new plant in Oldbury"
		knew  = "Marlow knew about the Pellham accounting fraud"
	)
	tests := []struct {
		kind, claim, cue, content string
		want                      string
		settled                   bool
	}{
		{"past move", fares, "said", "Tessa bus fares rose sharply last year", N, true},
		{"past move, opposite", krone, "said", "Oslo was to blame for the steep rise of the euro", N, true},
		{"current level", krone, "said", "the krone hovered near record lows against the euro", N, true},
		{"current move", fares, "said", "bus fares in Tessa are climbing", N, true},
		{"generic", krone, "said", "a weak krone helps exporters", N, true},
		{"advice", fares, "said", "holding fares is right, and the council should be ready to cut them if ridership slips", N, true},
		{"advice, plain", fares, "said", "the operator should cut bus fares", N, true},
		{"advice, forward word", fares, "said", "the operator should be ready to cut bus fares next year", N, true},
		{"wish", krone, "said", "Oslo is thought to favour a weaker krone", N, true},
		{"fight", buy, "said", "we will fight tooth and nail to stop them", N, true},
		{"opposition", buy, "said", "we are debt-free and we don't want to fall into debt", N, true},
		{"unsure", buy, "said", "he was unsure of Zorvex's motives", N, true},
		{"a step, not the outcome", buy, "said", "Zorvex has made an offer for Pellham Foods", N, true},
		{"move named, not forecast", fares, "said", "Tessa bus fares have risen five times since 2003, and the council will meet on Thursday", N, true},
		{"move only in a condition", fares, "said", "riders think Tessa bus fares won't be a worry until diesel costs are 20% higher", N, true},
		{"denial word, no forward word", buy, "", "Zorvex dismisses Pellham takeover report", D, false},
		{"forecast attributed", buy, "", "Zorvex plans to buy a stake in Pellham Foods, sources close to the talks told the Courier", N, false},
		{"ready to act", buy, "", "Zorvex ready to bid for Pellham Foods", A, false},
		{"preparing to act", buy, "", "Zorvex prepares a bid for Pellham Foods", A, false},
		{"hedged forecast", fares, "said", "the figures could trigger more bus fare rises", A, false},
		{"hedged forecast, opposite", fares, "said", "weak demand might force the operator to cut bus fares", D, false},
		{"hedged, move as background", fares, "said", "ridership may dip this spring on the back of sharply rising bus fares in Tessa", N, false},
		{"less likely", fares, "said", "the weak data make it less likely that Tessa bus fares will rise next month", N, false},
		{"more likely", fares, "said", "the strong data make it more likely that Tessa bus fares will rise next month", A, false},
		{"hedged, another thing's move", fares, "said", "the strike raised the threat of higher costs, prompting fears that ticket taxes may rise", N, false},
		{"symbol inside a clause", fares, "said", "Tessa bus fares will rise by 5% or more", A, false},
		{"hedged other clause", buy, "said", "the proposal may form the basis of an offer", N, false},
		{"forecast", krone, "said", "the krone will slide further against the euro this year", A, false},
		{"belief", fares, "said", "I still think bus fares are going up", A, false},
		{"forecast after a call", buy, "said", "they may not want him but they are going to get him", A, false},
		{"forecast, opposite", fares, "said", "Tessa bus fares will fall next year", D, false},
		{"forecast cue", fares, "predicted", "more bus fare rises in Tessa", A, false},
		{"another thing predicted", fares, "said", "while Tessa bus fares rose sharply, the council's costs will not fall", N, true},
		{"another thing predicted, denied", buy, "said", "whatever Zorvex does with Pellham Foods, shareholders will not be fooled", N, true},
		{"promise", fares, "promised", "a steep rise in Tessa bus fares", A, false},
		{"pledge", buy, "pledged", "a takeover of Pellham Foods by the summer", A, false},
		{"promise, past move", fares, "said", "the council promised a freeze after Tessa bus fares rose last year", N, true},
		{"expected", fares, "said", "Tessa bus fares are expected to rise in May", A, false},
		{"is to", buy, "", "Zorvex is to buy Pellham Foods for £40m, the firm has announced.", A, false},
		{"are to", fares, "", "Tessa bus fares are to rise by 5% in May", A, false},
		{"done, not a move", plant, "said", "Vantor is building its new plant in Oldbury", A, false},
		{"denied the opposite", knew, "rejected", "the suggestion that he had told investigators Marlow was unaware of the fraud", N, true},
		{"denied the claim", knew, "denied", "that Marlow knew about the accounting fraud", D, false},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: tt.cue, Lemma: lemmaOf(tt.cue)},
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		got, _, settled := c.OfStatementSettled(tt.claim, st)
		if got != tt.want || settled != tt.settled {
			t.Errorf("%s: OfStatementSettled(%q, %s %q) = %s settled %v, want %s settled %v",
				tt.kind, tt.claim, tt.cue, tt.content, got, settled, tt.want, tt.settled)
		}
	}
}

// lemmaOf is the lemma of the cues the tests above use.
func lemmaOf(cue string) string {
	return map[string]string{"said": "say", "predicted": "predict", "rejected": "reject", "denied": "deny", "promised": "promise", "pledged": "pledge"}[cue]
}

// A verb of knowing is opposed by the adjectives that say one did not
// know (table stance-opposites): a headline that calls the person unaware
// denies that they knew. The headlines are invented for this test.
func TestOf_KnowingOpposites(t *testing.T) {
	c := mustNew(t)
	const claim = "Marlow knew about the Pellham accounting fraud"
	tests := []struct{ text, want string }{
		{"Marlow was unaware of Pellham accounting fraud, lawyer says", D},
		{"Pellham boss Marlow was ignorant of the fraud", D},
		{"Marlow knew of the Pellham fraud from the start", A},
	}
	for _, tt := range tests {
		if got, _ := c.Rules(claim, tt.text); got != tt.want {
			t.Errorf("Rules(%q, %q) = %s, want %s", claim, tt.text, got, tt.want)
		}
	}
}
