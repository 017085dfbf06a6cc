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
	ac := articleCache{}
	got, err := tr.wholeArticle(ctx, ac, windowed)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(got.Text, last) {
		t.Errorf("whole article ends %q, want the text's last sentence", got.Text[max(len(got.Text)-60, 0):])
	}
	if ca, ok := ac[windowed.ID]; !ok || !strings.HasSuffix(ca.text, last) {
		t.Errorf("the article read whole is not kept for the trace's readers: %v", ok)
	}
	short := &claimtrail.Article{ID: res[0].ArticleID + 1, Document: claimtrail.Document{Text: last}}
	noStore := &Tracer{}
	if got, err := noStore.wholeArticle(ctx, articleCache{}, short); err != nil || got != short {
		t.Errorf("a text shorter than the window: %v, %v; want it as it is", got, err)
	}
}

// TestFirstPerson: a sentence whose paragraph speaks in the first person
// outside quotation marks is a reader's or an unattributed speaker's,
// not the reporter's; a quoted "we" and a capitalised "US" are not.
func TestFirstPerson(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	target := "The Zorvex ferry will never sail again."
	tests := []struct {
		para string
		want bool
	}{
		{target, false},
		{"I believe old ships should be left alone. " + target, true},
		{target + " We should all be sad.", true},
		{`"We are proud," the board said. ` + target, false},
		{"The US board met. " + target, false},
		{"I miss it.\n" + target + "\nWe do.", false}, // other paragraphs
	}
	for _, tt := range tests {
		start := strings.Index(tt.para, target)
		if got := tr.firstPerson(tt.para, start, start+len(target)); got != tt.want {
			t.Errorf("firstPerson(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}
