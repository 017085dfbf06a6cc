// The ArticleSearcher tests: ranked article search over title and text
// and the document frequencies of term groups.

package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail"
)

func testSearchArticles(t *testing.T, s claimtrail.Store) {
	as, ok := s.(claimtrail.ArticleSearcher)
	if !ok {
		t.Skip("store has no article search")
	}
	MustPut(t, s, corpus()...)
	MustPut(t, s, harborV2()) // the old version is not searched
	ctx := context.Background()
	groups := [][]string{{"lighthouse", "quarry"}, {"whitlock"}, {"said"}, {"zeppelin"}}
	n, df, err := as.TermGroupFrequencies(ctx, groups, 100)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 || df[0] != 2 || df[3] != 0 {
		t.Errorf("TermGroupFrequencies = %d, %v; want 3 articles, [2 ? ? 0]", n, df)
	}
	if _, capped, _ := as.TermGroupFrequencies(ctx, groups[2:3], 1); capped[0] != 1 {
		t.Errorf("df of said capped at 1 = %d", capped[0])
	}
	hits, err := as.SearchArticles(ctx, claimtrail.ArticleSearch{Groups: groups, Search: []int{0}, Limit: 10, TextWindow: 12})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]int{}
	for _, h := range hits {
		got[h.Document.ID] = h.Groups
		if len(h.Text) > 12 {
			t.Errorf("%s: text window 12, got %d bytes", h.Document.ID, len(h.Text))
		}
	}
	want := map[string][]int{"lighthouse-fund": {0, 1, 2}, "quarry-notes": {0, 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SearchArticles groups = %v, want %v", got, want)
	}
	if none, err := as.SearchArticles(ctx, claimtrail.ArticleSearch{Groups: groups, Search: []int{3}, Limit: 10}); err != nil || len(none) != 0 {
		t.Errorf("search for an absent word: %d hits, %v", len(none), err)
	}
}
