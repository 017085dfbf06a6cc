// The article-reading tests: HasArticle, FindArticleByID, FindArticles.

package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail"
)

func testHasArticle(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	MustPut(t, s, harbor(), quarry())
	tests := []struct {
		key, hash string
		want      bool
	}{
		{harbor().Doc.URL, "hash-harbor-1", true},
		{harbor().Doc.URL, "hash-harbor-2", false},
		{"harbor-dredging", "hash-harbor-1", false}, // stored under its URL, not its id
		{"quarry-notes", "hash-quarry-1", true},
		{"", "", false},
	}
	for _, tt := range tests {
		got, err := s.HasArticle(ctx, tt.key, tt.hash)
		if err != nil || got != tt.want {
			t.Errorf("HasArticle(%q, %q) = %v, %v; want %v", tt.key, tt.hash, got, err, tt.want)
		}
	}
}

func testFindArticleByID(t *testing.T, s claimtrail.Store) {
	res := MustPut(t, s, corpus()...)
	for i, in := range corpus() {
		a, err := s.FindArticleByID(context.Background(), res[i].ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != in.Doc.Text || a.Document.ID != in.Doc.ID {
			t.Errorf("article %d: doc %q text %q", res[i].ArticleID, a.Document.ID, a.Text)
		}
	}
}

func testFindArticleNotFound(t *testing.T, s claimtrail.Store) {
	MustPut(t, s, quarry())
	for _, id := range []int64{0, -1, 987654321} {
		a, err := s.FindArticleByID(context.Background(), id)
		if code := claimtrail.ErrorCode(err); code != claimtrail.ENOTFOUND || a != nil {
			t.Errorf("FindArticleByID(%d) = %v, %v (code %q); want ENOTFOUND", id, a, err, code)
		}
	}
}

func testFindArticles(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	res := MustPut(t, s, corpus()...)
	ids := func(as []*claimtrail.Article) []int64 {
		out := []int64{}
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	tests := []struct {
		name      string
		f         claimtrail.ArticleFilter
		want      []int64
		wantTotal int
	}{
		{"All", claimtrail.ArticleFilter{}, []int64{res[0].ArticleID, res[1].ArticleID, res[2].ArticleID}, 3},
		{"Doc", claimtrail.ArticleFilter{Doc: str("quarry-notes")}, []int64{res[2].ArticleID}, 1},
		{"Key", claimtrail.ArticleFilter{Key: str(harbor().Doc.URL)}, []int64{res[0].ArticleID}, 1},
		{"Title", claimtrail.ArticleFilter{Query: "restoration"}, []int64{res[1].ArticleID}, 1},
		{"TextStemmed", claimtrail.ArticleFilter{Query: "dredge"}, []int64{res[0].ArticleID}, 1},
		{"TwoTerms", claimtrail.ArticleFilter{Query: "quarry hearing", Latest: true}, []int64{res[2].ArticleID}, 1},
		{"NoMatch", claimtrail.ArticleFilter{Query: "zeppelin"}, []int64{}, 0},
		{"Page", claimtrail.ArticleFilter{Offset: 1, Limit: 1}, []int64{res[1].ArticleID}, 3},
		{"PastEnd", claimtrail.ArticleFilter{Offset: 5}, []int64{}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total, err := s.FindArticles(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(ids(got), tt.want) || total != tt.wantTotal {
				t.Errorf("got %v total %d, want %v total %d", ids(got), total, tt.want, tt.wantTotal)
			}
			for _, a := range got {
				if a.Text != "" {
					t.Errorf("article %d has text without an ID filter", a.ID)
				}
			}
		})
	}
	got, total, err := s.FindArticles(ctx, claimtrail.ArticleFilter{ID: &res[1].ArticleID})
	if err != nil || len(got) != 1 || got[0].Text != lighthouseText || total != 1 {
		t.Errorf("ID filter: %v total %d, %v; want the article with its text, total 1", got, total, err)
	}
	missing := res[2].ArticleID + 1000
	for _, f := range []claimtrail.ArticleFilter{
		{ID: &res[1].ArticleID, Offset: 1}, // counted, not read
		{ID: &missing},
		{ID: &res[1].ArticleID, Doc: str("quarry-notes")},
	} {
		want := 0
		if f.Offset > 0 {
			want = 1
		}
		if got, total, err := s.FindArticles(ctx, f); err != nil || len(got) != 0 || total != want {
			t.Errorf("%+v: %d articles total %d, %v; want none, total %d", f, len(got), total, err, want)
		}
	}
}
