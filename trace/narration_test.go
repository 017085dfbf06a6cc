package trace

import (
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail/match"
)

// TestStated: a title states a claim when it holds the claim's key name
// and its predicate; a match report that names the club does not state
// that Glazer will take it over.
func TestStated(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	c := m.Claim("Glazer will take over Manchester United")
	key := slices.IndexFunc(c.Items, func(it match.Item) bool { return it.Text == "Glazer" })
	pred := predicate(c)
	if key < 0 || pred < 0 || pred == key || c.Name(pred) {
		t.Fatalf("key %d, predicate %d of %+v", key, pred, c.Items)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"Glazer will take over Manchester United", true},
		{"Man Utd stroll to Cup win", false},
		{"Man City 0-2 Man Utd", false},
		{"Ferguson fears Milan cutting edge", false},
		{"Glazer makes new Man Utd approach", false}, // no predicate
	}
	for _, tt := range tests {
		if got := stated(c, key, pred, m.ScoreText(c, tt.text)); got != tt.want {
			t.Errorf("stated(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// without a key name or predicate, half the claim must match
	if stated(c, -1, -1, match.Score{Value: 0.4}) || !stated(c, -1, -1, match.Score{Value: 0.5}) {
		t.Error("a claim with no key name and no predicate needs half of it")
	}
}
