package ingest_test

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/ingest"
)

// A plain text's first line is its title when it is one: short, followed
// by a blank line, not ending as a sentence. The text stays whole, so
// offsets stay true (issue 16.10).
func TestRead_TextTitle(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"title", "Harbour deal falls through\n\nThe mayor said on Monday that the deal was off.\n", "Harbour deal falls through"},
		{"CRLF", "Harbour deal falls through\r\n\r\nThe mayor said no.\r\n", "Harbour deal falls through"},
		{"question", "Will the ferry sail?\n\nThe mayor said no.", "Will the ferry sail?"},
		{"sentence", "The mayor said no.\n\nThe council agreed.", ""},
		{"no blank line", "Harbour deal falls through\nThe mayor said no.", ""},
		{"nothing after", "Harbour deal falls through\n\n", ""},
		{"one line", "Harbour deal falls through", ""},
		{"blank first", "\n\nThe mayor said no.", ""},
		{"clause", "Said the mayor:\n\nNo.", ""},
		{"too long", strings.Repeat("word ", 50) + "end\n\nThe mayor said no.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustRead(t, []string{"-"}, ingest.Options{Stdin: strings.NewReader(tc.text), Format: "txt"})
			if len(r.docs) != 1 {
				t.Fatalf("%d documents: %s", len(r.docs), r.failText())
			}
			if d := r.docs[0]; d.Title != tc.want || d.Text != tc.text {
				t.Errorf("title %q, want %q; text whole: %v", d.Title, tc.want, d.Text == tc.text)
			}
		})
	}
	// metadata's title wins
	r := mustRead(t, []string{"-"}, ingest.Options{Stdin: strings.NewReader(`{"id":"a","title":"Given","text":"First line\n\nThe mayor said no."}`), Format: "jsonl"})
	if len(r.docs) != 1 || r.docs[0].Title != "Given" {
		t.Errorf("record: %+v", r.docs)
	}
}
