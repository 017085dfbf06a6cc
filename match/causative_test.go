package match

import "testing"

// TestCausative checks that a claim's change with no object is stated by
// its causative form with the claim's subject as object (table
// causatives), the causer being no other party, and that the form does
// not state it of another object or for another agent.
func TestCausative(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, claim, text string
		strength          float64 // of the predicate, at least (0: at most 0)
		value             float64 // of the score, at least
		shares            bool
	}{
		{"phrasal causative, common subject", "Heating bills will rise", "the cold snap will push up heating bills", 1, 1, true},
		{"phrasal causative, named subject", "Zentex shares will fall", "the recall will drive down Zentex shares", 1, 1, true},
		{"named causer is no other party", "The krona will fall", "the Ruritanian central bank will push down the krona", 1, 1, true},
		{"put up is raising", "Fuel duty will rise", "the chancellor would put up fuel duty", 1, 1, true},
		{"nominal form still holds", "Heating bills will rise", "a rise in heating bills is due", 1, 1, true},
		{"intransitive still holds", "Heating bills will rise", "heating bills will climb", 1, 1, true},
		{"split around its object", "The krona will fall", "the rumours pushed the krona lower", 1, 1, true},
		{"split with a name and possessive", "Zentex shares will rise", "the results sent Zentex's shares up", 1, 1, true},
		{"split, irregular past", "Heating bills will fall", "the mild winter drove heating bills down", 1, 1, true},
		{"split over a pronoun is none", "Heating bills will fall", "heating bills worried them so they put it down", 0, 0, false},
		{"split across a comma is none", "The krona will rise", "traders sent the krona, the lira and gold up", 0, 0, false},
		{"split around another object", "The krona will fall", "it helped to bring debt down to 3bn krona", 1, 0, false},
		{"a slide is a fall", "The krona will fall", "traders expect the krona's slide to go on", 1, 1, true},
		{"weakening the thing is its fall", "The krona will fall", "the bank will weaken the krona", 1, 1, true},
		{"strengthening another thing is no rise", "Ticket prices will rise", "the coach will strengthen the squad at the right price", 1, 0, false},
		{"passive bound form", "Heating bills will rise", "heating bills were pushed up by the cold", 1, 1, true},
		{"bound form after its object", "Fuel duty will rise", "it is fuel duty that he would put up", 1, 1, true},
		{"another object is another change", "Heating bills will rise", "the cold snap will push up water prices", 1, 0, false},
		{"a claim with an object keeps its agent", "The Harbour Party will raise taxes", "the Greens would put up taxes", 1, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := m.Claim(tt.claim)
			pred := -1
			for i := range c.Items {
				if c.Items[i].Kind == Concept && c.AfterAuxiliary(i) {
					pred = i
					break
				}
			}
			if pred < 0 {
				t.Fatalf("claim %q has no predicate concept: %v", tt.claim, c.Terms())
			}
			s := m.ScoreText(c, tt.text)
			if s.Strengths[pred] < tt.strength || tt.strength == 0 && s.Strengths[pred] > 0 || s.Value < tt.value || s.SharesClause(c, pred) != tt.shares {
				t.Errorf("%q in %q: strengths %v value %.2f shares %v, want predicate ≥ %v, value ≥ %v, shares %v (claim %v)",
					tt.claim, tt.text, s.Strengths, s.Value, s.SharesClause(c, pred), tt.strength, tt.value, tt.shares, c.Terms())
			}
		})
	}
}
