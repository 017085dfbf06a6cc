package trace

import (
	"context"
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestDefiningArticles: a claim's short initials ("HM" of "Hollis
// Motors") count in the articles that write the name and the initials,
// and join the name's search groups only when one does.
func TestDefiningArticles(t *testing.T) {
	texts := map[string]string{
		"defines": "Hollis Motors (HM) builds vans in Leeds. HM will close the plant next year, its chairman said.",
		"other":   "HM inspectors visited the prison in Leeds on Monday.",
		"name":    "Hollis Motors sold fewer vans this spring.",
	}
	tr, ids := storedTexts(t, texts, []string{"defines", "other", "name"})
	ctx := context.Background()
	tests := []struct {
		claim    string
		defining []string
		grouped  bool // HM joins the groups of Hollis and Motors
	}{
		{"Hollis Motors will close the plant", []string{"defines"}, true},
		{"Hollis Mills will close the plant", nil, false},
		{"The HM plant will close", nil, false},
	}
	for _, tt := range tests {
		c := tr.matcher.Claim(tt.claim)
		groups := c.Groups()
		got, err := tr.definingArticles(ctx, c, groups, claimtrail.TraceOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for key, id := range ids {
			if got[id] {
				keys = append(keys, key)
			}
		}
		if !slices.Equal(keys, tt.defining) {
			t.Errorf("%q: defining articles %v, want %v", tt.claim, keys, tt.defining)
		}
		if grouped := len(groups) > 1 && slices.Contains(groups[0], "HM") && slices.Contains(groups[1], "HM"); grouped != tt.grouped {
			t.Errorf("%q: groups %v, HM in the name's groups %v, want %v", tt.claim, groups, grouped, tt.grouped)
		}
	}
}
