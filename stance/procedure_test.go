package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// Session 14's trace stance classes, on sentences written for this test:
// a negation in a relative clause of another subject ("a Labour
// government that will not cut fares and a Green one that would"), an
// act offered, not forecast ("allow him … the opportunity to take the
// offer on to a formal bid"), testimony that names the claim only in an
// aside ("Marlow, who is accused of …, never signed the books"), a
// speaker's expectation after a hedged dash aside and a conditional of
// another sentence, and opposition ("fight tooth and nail to stop him":
// a wish, neither asserting nor denying that the takeover comes). The
// controls keep the claim subject's own negation, a plain forecast and
// the predicate in an aside, and a content's "that" after a person, which
// opens no relative clause (neutral, not settled: the tracer then lets
// extraction's affirm polarity assert). settled is compared exactly.
func TestOfStatement_Session14(t *testing.T) {
	c := mustNew(t)
	const (
		fares = "The Greens will cut rail fares"
		take  = "Zorvex will take over Pellham Foods"
		knew  = "Marlow knew about the Pellham accounting fraud"
		cup   = "Redhill Rovers will win the Tessa Cup"
		rates = "Tessa interest rates will rise"
	)
	tests := []struct {
		kind, claim, form, content string
		want                       string
		settled                    bool
	}{
		{"negation in another subject's relative clause", fares, "mixed", `voters had a choice between a Labour government that had "done nothing for years and will not cut rail fares" and a Green one that would cut them`, A, false},
		{"another subject's relative clause, elliptic", fares, "indirect", `voters could pick a Labour council that will not cut rail fares or a Green council that will`, A, false},
		{"another subject's relative clause, other words", fares, "indirect", `voters could pick a Labour council that will not cut rail fares and a Green council that would bring in cheap season tickets`, N, true},
		{"opportunity to act", take, "mixed", `it would allow Zorvex "limited access" to the books to give it the opportunity to take the offer on to a formal bid for Pellham Foods`, N, true},
		{"permission to act", take, "indirect", `the board would give Zorvex permission to take its offer to the shareholders of Pellham Foods`, N, true},
		{"testimony, the claim in an aside", knew, "indirect", `Marlow, who is accused of a $90m (£50m) accounting fraud, never signed the firm's books`, N, true},
		{"expectation after a dash aside and another sentence's if", cup, "mixed", `Tom is doing very well at the moment … He has won one trophy - possibly two to follow - a big match against Oldbury to come and I cannot see them losing their lead in the Tessa Cup … They are in a good spot and I would expect them to go on and win it, which is a great feat … If he is clever, he will learn from it. … Before that, it was all about winning.`, A, false},
		{"opposition", take, "direct", `We will fight tooth and nail to stop Zorvex taking over Pellham Foods`, N, true},
		// controls
		{"the claim subject's own relative clause", fares, "indirect", `voters faced a Green government that will not cut rail fares`, D, false},
		{"the claim subject's own negation", take, "direct", `Zorvex will not take over Pellham Foods`, D, false},
		{"an enabling cause forecasts", "Zorvex will cut fares", "indirect", `the new jets will allow Zorvex to cut fares next year`, A, false},
		{"the claim's own permission", "Tessa will allow foreign investors to buy land", "indirect", `Tessa plans to allow foreign investors to buy land next year`, A, false},
		{"plain forecast", take, "direct", `Zorvex will take over Pellham Foods by the summer`, A, false},
		{"the predicate in the aside", knew, "indirect", `Marlow, who knew about the accounting fraud, never signed the firm's books`, A, false},
		{"plain denial of knowing", knew, "indirect", `Marlow never knew about the accounting fraud at Pellham`, D, false},
		{"a dash aside holding the claim keeps its hedge", cup, "direct", `Our keeper is back - and Redhill could possibly win the cup - if he is fit`, N, false},
		{"a content's \"that\" after a person opens no relative clause", cup, "direct", `I spoke to Tom and said to him that in future it is better to think we can win the Tessa Cup. Why not?`, N, false},
		{"the opposite denies", rates, "indirect", `Tessa interest rates will fall to 3% next year`, D, false},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"}, Form: tt.form,
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Affirm}
		got, _, settled := c.OfStatementSettled(tt.claim, st)
		if got != tt.want || settled != tt.settled {
			t.Errorf("%s: OfStatementSettled(%q, %q) = %s (settled %v), want %s (settled %v)", tt.kind, tt.claim, tt.content, got, settled, tt.want, tt.settled)
		}
	}
}
