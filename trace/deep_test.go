package trace

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/sqlite"
)

// TestWholeArticle: the article search returns the first articleWindow
// characters of a text; deep narration reads the whole of a longer one,
// where the sentence stating the claim may stand near the end, and asks
// the store nothing for a text shorter than the window.
func TestWholeArticle(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "whole.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	last := "Zorvex's new ferry is due to be launched in late 2026."
	text := strings.Repeat("The harbour board met on Monday to discuss the tides. ", articleWindow/40) + last
	d := &claimtrail.Document{ID: "long", Title: "Harbour board meets", Text: text, Key: "long"}
	res, err := st.PutArticles(ctx, []claimtrail.ArticleInput{{Doc: d, Hash: claimtrail.ArticleHash(d)}})
	if err != nil {
		t.Fatal(err)
	}
	tr, err := New(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	windowed := &claimtrail.Article{ID: res[0].ArticleID, Document: *d}
	windowed.Text = text[:articleWindow]
	got, err := tr.wholeArticle(ctx, windowed)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(got.Text, last) {
		t.Errorf("whole article ends %q, want the text's last sentence", got.Text[max(len(got.Text)-60, 0):])
	}
	short := &claimtrail.Article{ID: res[0].ArticleID + 1, Document: claimtrail.Document{Text: last}}
	noStore := &Tracer{}
	if got, err := noStore.wholeArticle(ctx, short); err != nil || got != short {
		t.Errorf("a text shorter than the window: %v, %v; want it as it is", got, err)
	}
}
