// Package tracetest loads corpora into stores for tracing tests and holds
// the demo corpus's expected trace, so that every store backend is checked
// against the same reading. It is test support: only _test.go files import
// it (internal/archtest checks), so no binary links it.
package tracetest

import (
	"context"
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
)

// Load reads every article under dir, extracts its statements and stores
// them in st, hashed as ingest hashes them (claimtrail.ArticleHash).
func Load(tb testing.TB, st claimtrail.Store, dir string) {
	tb.Helper()
	ctx := context.Background()
	x, err := extract.New(extract.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var in []claimtrail.ArticleInput
	err = ingest.Read(ctx, []string{dir}, ingest.Options{}, ingest.Handler{
		Doc: func(d *claimtrail.Document) error {
			in = append(in, claimtrail.ArticleInput{Doc: d, Hash: claimtrail.ArticleHash(d), Statements: x.Extract(d)})
			return nil
		},
		Fail: func(e *ingest.Error) { tb.Errorf("ingest: %v", e) },
	})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := st.PutArticles(ctx, in); err != nil {
		tb.Fatal(err)
	}
}

// LoadDemo stores the demo corpus (claimtrail demo) in st.
func LoadDemo(tb testing.TB, st claimtrail.Store) {
	tb.Helper()
	dir := tb.TempDir()
	if err := examples.WriteDemo(dir); err != nil {
		tb.Fatal(err)
	}
	Load(tb, st, dir)
}

// CheckDemo checks the trace of examples.DemoClaim over the demo corpus:
// the earliest assertion and denial, the Herald's contradicted origin
// story, and the date two outlets disagree on.
func CheckDemo(tb testing.TB, tr *claimtrail.Trace) {
	tb.Helper()
	key := func(r *claimtrail.StatementRef) string {
		if r == nil {
			return "<nil>"
		}
		return r.Speaker + " " + r.SaidOn + " " + r.Doc
	}
	if got, want := key(tr.EarliestAssertion), "Ilse Varga 2025-02-20 varga-parliament"; got != want {
		tb.Errorf("earliest assertion %q, want %q", got, want)
	}
	if got, want := key(tr.EarliestDenial), "Veldovian Defence Ministry 2025-02-24 ministry-denies-varga"; got != want {
		tb.Errorf("earliest denial %q, want %q", got, want)
	}
	if len(tr.Origins) != 1 {
		tb.Fatalf("origins %+v, want the Herald's story", tr.Origins)
	}
	o := tr.Origins[0]
	if o.Doc != "herald-origin" || o.Names != "Northern Ledger" || o.Date != "2025-03-11" || len(o.ContradictedBy) == 0 {
		tb.Errorf("origin %q names %q on %q, %d contradictions; want herald-origin, Northern Ledger, 2025-03-11, some",
			o.Doc, o.Names, o.Date, len(o.ContradictedBy))
	}
	if len(tr.DateConflicts) != 1 || tr.DateConflicts[0].Speaker != "Mara Quint" ||
		!slices.Equal(tr.DateConflicts[0].Values, []string{"2025-03-09", "2025-03-10"}) {
		tb.Errorf("date conflicts %+v, want Mara Quint 2025-03-09 vs 2025-03-10", tr.DateConflicts)
	}
}
