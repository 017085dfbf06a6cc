package trace

import (
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// TestSupportVerbPredicate: a claim whose verb is a support verb of its
// event noun (table support-verbs: "call an election", "make a bid") has
// the noun for its predicate, and an own-voice sentence that states the
// event with the claim's month or complement holds the verb: "the
// election, expected on 5 June" or "an offer for Ostara" states it, with
// the claim's key name; the noun alone ("a debate ahead of the
// election"), an election without the key name, or the key name with
// another act do not.
func TestSupportVerbPredicate(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tr := &Tracer{matcher: m, opt: Options{Lang: "en"}}
	tests := []struct {
		name, claim, keyName, pred, text, want string
	}{
		{"the noun alone", "Kovacs will call an election in June", "Kovacs", "election",
			"Premier Kovacs faces an election, expected on 5 June, after the budget. Voters are split.",
			"Premier Kovacs faces an election, expected on 5 June, after the budget."},
		{"name the date", "Kovacs will call an election in June", "Kovacs", "election",
			"Premier Kovacs is expected to name the date next week. Voters are split.",
			"Premier Kovacs is expected to name the date next week."},
		{"the key name and the noun alone", "Kovacs will call an election in June", "Kovacs", "election",
			"Premier Kovacs will not take part in a debate ahead of the election. Voters are split.", ""},
		{"no key name", "Kovacs will call an election in June", "Kovacs", "election",
			"An election in Ruritania is expected in June. Voters are split.", ""},
		{"another noun of the event", "Vellmark will make a bid for Ostara", "Vellmark", "bid for",
			"Vellmark has tabled a fresh offer for Ostara, the Dunmore brewer. Shares rose.",
			"Vellmark has tabled a fresh offer for Ostara, the Dunmore brewer."},
		{"the key name with another act", "Vellmark will make a bid for Ostara", "Vellmark", "bid for",
			"Vellmark has hired a new chief executive from Ostara. Shares rose.", ""},
	}
	for _, tt := range tests {
		c := m.Claim(tt.claim)
		key := slices.IndexFunc(c.Items, func(it match.Item) bool { return it.Text == tt.keyName })
		pred := predicate(c)
		if pred < 0 || c.Items[pred].Text != tt.pred {
			t.Fatalf("%s: predicate %d of %v, want %q", tt.name, pred, c.Terms(), tt.pred)
		}
		a := claimtrail.Article{Document: claimtrail.Document{Title: "News", Text: tt.text}}
		got, _, ok := tr.lead(c, key, pred, tr.predicateVerb(c, pred), &a)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: lead = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}
