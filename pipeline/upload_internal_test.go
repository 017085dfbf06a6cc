package pipeline

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestUploadOptions checks how an upload's name picks its format and
// document id; a compressed upload's format is sniffed from its content.
func TestUploadOptions(t *testing.T) {
	for _, tt := range []struct {
		name, format, docID string
		invalid             bool
	}{
		{name: "story.txt", format: "txt", docID: "story"},
		{name: "Story.HTM", format: "html", docID: "Story"},
		{name: "wire.ndjson", format: "jsonl"},
		{name: "feed.rss", format: "feed"},
		{name: "crawl.warc", format: "warc"},
		{name: "story.txt.gz", docID: "story"},
		{name: "crawl.warc.gz"},
		{name: "dump.gz"},
		{name: "story.exe", invalid: true},
		{name: "story.meta.json", invalid: true},
	} {
		opt, err := uploadOptions(tt.name, nil, 2<<30)
		if tt.invalid {
			if claimtrail.ErrorCode(err) != claimtrail.EINVALID {
				t.Errorf("%s: error %v, want EINVALID", tt.name, err)
			}
			continue
		}
		if err != nil || opt.Format != tt.format || opt.DocID != tt.docID || opt.MaxBytes != 1<<30 {
			t.Errorf("%s: format %q, id %q, max %d, %v; want %q, %q, 1 GiB", tt.name, opt.Format, opt.DocID, opt.MaxBytes, err, tt.format, tt.docID)
		}
	}
}
