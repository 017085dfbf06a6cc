package trace

import (
	"context"
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestCodenameArticles: an article that gives the claim's product a
// codename in an apposition ("the next Zorbox, codenamed Quell") reads
// later sentences naming the codename as the next Zorbox; an article that
// gives another product the name, or none, does not. All texts invented.
func TestCodenameArticles(t *testing.T) {
	texts := map[string]string{
		"gives":   "Kelvane is working on the next Zorbox, codenamed Quell. Quell will go on sale in November, analysts said.",
		"other":   "Kelvane sells the Zorbox. Its rival Orvik makes the Tarn, known as Quell in Japan.",
		"without": "Quell will go on sale in November, analysts said.",
	}
	tr, ids := storedTexts(t, texts, []string{"gives", "other", "without"})
	ctx := context.Background()
	c := tr.matcher.Claim("Kelvane will release a new version of the Zorbox")
	groups := c.Groups()
	got, err := tr.codenameArticles(ctx, c, groups, claimtrail.TraceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for key, id := range ids {
		if got[id] != nil {
			keys = append(keys, key)
		}
	}
	if !slices.Equal(keys, []string{"gives"}) {
		t.Fatalf("codename articles %v, want [gives]", keys)
	}
	later := "Quell will go on sale in November"
	if v := tr.matcher.ScoreText(got[ids["gives"]], later).Value; v < 0.7 {
		t.Errorf("%q in the article that gives the codename: match %.3f, want ≥ 0.7", later, v)
	}
	if v := tr.matcher.ScoreText(c, later).Value; v > 0.3 {
		t.Errorf("%q elsewhere: match %.3f, want ≤ 0.3", later, v)
	}
	if !slices.ContainsFunc(groups, func(g []string) bool { return slices.Contains(g, "Quell") }) {
		t.Errorf("groups %v: the codename joins its name's group", groups)
	}
}
