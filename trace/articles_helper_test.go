package trace

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/sqlite"
)

// storedTexts stores each text of texts as an article keyed and titled
// by its key, in keys' order, in a new SQLite store, and returns a
// tracer over it and each key's article id.
func storedTexts(t *testing.T, texts map[string]string, keys []string) (*Tracer, map[string]int64) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "articles.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ids := map[string]int64{}
	for _, key := range keys {
		d := &claimtrail.Document{ID: key, Title: key, Text: texts[key], Key: key}
		res, err := st.PutArticles(ctx, []claimtrail.ArticleInput{{Doc: d, Hash: claimtrail.ArticleHash(d)}})
		if err != nil {
			t.Fatal(err)
		}
		ids[key] = res[0].ArticleID
	}
	tr, err := New(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tr, ids
}
