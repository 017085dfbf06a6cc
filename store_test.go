package claimtrail_test

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// TestArticleHash pins the hash's bytes: stores hold these hashes, and a
// rerun skips an article only when they match (a changed function would
// store every article again as a new version).
func TestArticleHash(t *testing.T) {
	for _, tt := range []struct {
		doc  claimtrail.Document
		want string
	}{
		{claimtrail.Document{ID: "001", Text: "The minister said no.\n"},
			"437d2fd5d1795686ee19fae12158c677755a58d7d6762e5e79e90ca143426102"},
		{claimtrail.Document{ID: "a", URL: "https://example.org/a", Source: "example.org", Title: "T", Author: "A. Writer", Lang: "en",
			Published: time.Date(2025, 2, 20, 9, 30, 0, 0, time.FixedZone("", 3600)), Text: "“No,” she said.", Key: "/k", Origin: "o"},
			"75153de0673e9a5f86324d885f188a6269d34b5e5d590781e1d300dac66630da"},
	} {
		if got := claimtrail.ArticleHash(&tt.doc); got != tt.want {
			t.Errorf("ArticleHash(%s) = %s, want %s", tt.doc.ID, got, tt.want)
		}
	}
	// Key and Origin say where the document was read, not what it holds
	d := claimtrail.Document{ID: "001", Text: "The minister said no.\n", Key: "/elsewhere", Origin: "x.txt"}
	if got := claimtrail.ArticleHash(&d); got != "437d2fd5d1795686ee19fae12158c677755a58d7d6762e5e79e90ca143426102" {
		t.Errorf("Key and Origin changed the hash: %s", got)
	}
}
