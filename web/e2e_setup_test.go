package web_test

import (
	"context"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/internal/tracetest"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/trace"
	"github.com/claimtrail/claimtrail/web"
)

// e2eServer returns the handler the browser test and the load test open:
// the demo corpus (claimtrail demo) read by the real extractor into SQLite
// and traced by the real tracer; the demo claim; and how many statements
// its trace has.
func e2eServer(tb testing.TB) (handler http.Handler, claim string, statements int) {
	tb.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "demo.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	tracetest.LoadDemo(tb, st)
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	got, err := tr.Trace(ctx, examples.DemoClaim, claimtrail.TraceOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return web.New(st, tr, web.Options{}), examples.DemoClaim, len(got.Statements)
}
