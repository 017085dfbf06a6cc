package pipeline

import (
	"context"
	"io"
	"path/filepath"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/ingest"
)

// Upload ingests one uploaded file, body, as Run does: read as standard
// input in the format its name's extension gives (.txt, .jsonl, .html,
// .xml/.rss/.atom/.json feeds, .warc, any of these + .gz), at most
// maxBytes a document. A text or HTML file's name less its extension is
// its document id. Nothing is fetched from the network: feed items are
// read from the feed itself. A name of no known type is EINVALID.
func (g *Ingester) Upload(ctx context.Context, name string, body io.Reader, maxBytes int64, c *Counts) error {
	opt, err := uploadOptions(name, body, maxBytes)
	if err != nil {
		return err
	}
	return g.Run(ctx, []string{"-"}, opt, c)
}

// uploadOptions are the options that read an upload named name.
func uploadOptions(name string, body io.Reader, maxBytes int64) (ingest.Options, error) {
	if !ingest.Known(name) && !strings.EqualFold(filepath.Ext(name), ".gz") {
		return ingest.Options{}, claimtrail.Errorf(claimtrail.EINVALID, "unknown file type %q: name it .txt, .jsonl, .html, .xml, .rss, .atom, .json or .warc (optionally .gz)", filepath.Ext(name))
	}
	opt := ingest.Options{Stdin: body, MaxBytes: int(min(maxBytes, 1<<30))}
	base := name
	if strings.EqualFold(filepath.Ext(base), ".gz") {
		base = strings.TrimSuffix(base, filepath.Ext(base)) // the reader sniffs what is inside
	} else {
		opt.Format = ingest.FormatOfExt(filepath.Ext(base))
	}
	if f := ingest.FormatOfExt(filepath.Ext(base)); f == "txt" || f == "html" {
		opt.DocID = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return opt, nil
}
