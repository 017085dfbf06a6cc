package trace

import (
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// TestLeadNeedsVerb: a claim whose predicate is a noun after a verb of
// its own ("call an inquiry") is stated by an own-voice sentence only
// where the verb is matched too; one that names the subject and the noun
// alone (a debate before the inquiry) is not the outlet stating the
// claim. A light verb ("hold an inquiry") is not required.
func TestLeadNeedsVerb(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tr := &Tracer{matcher: m, opt: Options{Lang: "en"}}
	tests := []struct {
		name, claim, title, text, want string
	}{
		{"subject and noun, not the verb", "Vell will call an inquiry into the ferry fire", "No debate, says Vell",
			"Mayor Vell has said he will not take part in a debate on the ferry fire ahead of the inquiry. He spoke in Dunmore.", ""},
		{"the verb and its noun", "Vell will call an inquiry into the ferry fire", "Harbour news",
			"Mayor Vell is expected to call an inquiry into the ferry fire next week. He spoke in Dunmore.",
			"Mayor Vell is expected to call an inquiry into the ferry fire next week."},
		{"a light verb is not required", "Vell will hold an inquiry into the ferry fire", "Harbour news",
			"Mayor Vell is expected to announce an inquiry into the ferry fire next week. He spoke in Dunmore.",
			"Mayor Vell is expected to announce an inquiry into the ferry fire next week."},
	}
	for _, tt := range tests {
		c := m.Claim(tt.claim)
		key := slices.IndexFunc(c.Items, func(it match.Item) bool { return it.Text == "Vell" })
		pred := predicate(c)
		a := claimtrail.Article{Document: claimtrail.Document{Title: tt.title, Text: tt.text}}
		if wantVerb := tt.name != "a light verb is not required"; (tr.predicateVerb(c, pred) >= 0) != wantVerb {
			t.Errorf("%s: verb %d of %v, want one: %v", tt.name, tr.predicateVerb(c, pred), c.Terms(), wantVerb)
		}
		got, _, ok := tr.lead(c, key, pred, tr.predicateVerb(c, pred), &a)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: lead = %q, %v; want %q (items %v, predicate %d, verb %d)", tt.name, got, ok, tt.want, c.Terms(), pred, tr.predicateVerb(c, pred))
		}
	}
}
