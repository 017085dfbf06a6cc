package match

import (
	"slices"
	"testing"
)

// TestSupportVerb checks that a claim's support verb before its event
// noun (table support-verbs) is stated wherever the noun is, by another
// noun of the event or by a phrase that states it, and that a verb that
// is no support verb of the noun, or a claim without one, is unchanged.
func TestSupportVerb(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, claim, verb, text string
		support                 bool    // the claim's verb is a support verb
		verbStrength            float64 // of the verb in the text
		shares                  bool    // SharesClause of the noun
	}{
		{"noun alone states the verb", "Kovacs will call an election in June", "call", "Kovacs said the election, expected on 5 June, would be close", true, 1, true},
		{"another support verb", "Kovacs will call an election in June", "call", "Kovacs will hold an election in June", true, 1, true},
		{"naming the date calls it", "Kovacs will call an election in June", "call", "Kovacs is expected to name the date next week", true, 1, true},
		{"naming another thing is not", "Kovacs will call an election in June", "call", "Kovacs will name a new cabinet next week", true, 0, false},
		{"another noun of the event", "Vellmark will make a bid for Ostara", "make", "Vellmark will table an offer for Ostara", true, 1, true},
		{"the noun as a word", "Vellmark will launch a bid for Ostara", "launch", "Vellmark's bid for Ostara was rejected", true, 1, true},
		{"a referendum", "Dunmore will hold a referendum on the treaty", "hold", "a referendum on the treaty next year, Dunmore said", true, 1, true},
		{"the noun's word as a verb is none", "Vellmark will make a bid for Ostara", "make", "a deal with Dunmore could potentially offer Ostara more savings", true, 0, false},
		{"the noun alone, without the claim's month, is not the act", "Kovacs will call an election in June", "call", "Kovacs said the election campaign was dull", true, 0, false},
		{"the noun alone, without the claim's complement, is not the act", "Vellmark will make a bid for Ostara", "make", "Vellmark said its bid team was busy", true, 0, true},
		{"no support verb of the noun", "Kovacs will win the election", "win", "Kovacs said the election would be close", false, 0, true},
		{"no event noun", "Kovacs will call the minister", "call", "Kovacs praised the minister", false, 0, true},
	}
	for _, tt := range tests {
		c := m.Claim(tt.claim)
		v := slices.IndexFunc(c.Items, func(it Item) bool { return it.Text == tt.verb })
		if v < 0 {
			t.Fatalf("%s: no item %q in %v", tt.name, tt.verb, c.Terms())
		}
		if got := c.SupportVerb(v); got != tt.support {
			t.Errorf("%s: SupportVerb(%q) = %v, want %v", tt.name, tt.verb, got, tt.support)
		}
		sc := m.ScoreText(c, tt.text)
		if sc.Strengths[v] != tt.verbStrength {
			t.Errorf("%s: strength of %q = %v, want %v (%v)", tt.name, tt.verb, sc.Strengths[v], tt.verbStrength, sc.Matched)
		}
		if tt.support {
			if got := sc.SharesClause(c, c.support[v]); got != tt.shares {
				t.Errorf("%s: SharesClause = %v, want %v", tt.name, got, tt.shares)
			}
		}
	}
}
