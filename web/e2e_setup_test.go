package web_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/trace"
	"github.com/claimtrail/claimtrail/web"
)

// e2eServer returns the handler the browser test opens: the demo corpus
// (claimtrail demo) read by the real extractor into SQLite and traced by
// the real tracer; the demo claim; and how many statements its trace has.
func e2eServer(t testing.TB) (handler http.Handler, claim string, statements int) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	if err := examples.WriteDemo(filepath.Join(dir, "corpus")); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var in []claimtrail.ArticleInput
	err = ingest.Read(ctx, []string{filepath.Join(dir, "corpus")}, ingest.Options{}, ingest.Handler{
		Doc: func(d *claimtrail.Document) error {
			h := sha256.Sum256([]byte(d.Text))
			in = append(in, claimtrail.ArticleInput{Doc: d, Hash: hex.EncodeToString(h[:]), Statements: x.Extract(d)})
			return nil
		},
		Fail: func(e *ingest.Error) { t.Errorf("demo corpus: %v", e) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutArticles(ctx, in); err != nil {
		t.Fatal(err)
	}
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := tr.Trace(ctx, examples.DemoClaim, claimtrail.TraceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return web.New(st, tr, web.Options{}), examples.DemoClaim, len(got.Statements)
}
