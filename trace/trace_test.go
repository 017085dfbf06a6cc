package trace_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/internal/tracetest"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/trace"
)

// ingestDir reads every article under dir into a new SQLite store with
// their extracted statements.
func ingestDir(tb testing.TB, dir string) claimtrail.Store {
	tb.Helper()
	st := newStore(tb)
	tracetest.Load(tb, st, dir)
	return st
}

func newStore(tb testing.TB) claimtrail.Store {
	tb.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "trace.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

func demoStore(tb testing.TB) claimtrail.Store {
	tb.Helper()
	st := newStore(tb)
	tracetest.LoadDemo(tb, st)
	return st
}

func mustTrace(tb testing.TB, st claimtrail.Store, claim string) *claimtrail.Trace {
	tb.Helper()
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	t, err := tr.Trace(context.Background(), claim, claimtrail.TraceOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func refKey(r *claimtrail.StatementRef) string {
	if r == nil {
		return "<nil>"
	}
	return r.Speaker + " " + r.SaidOn + " " + r.Doc
}

func TestTrace_Demo(t *testing.T) {
	st := demoStore(t)
	tr := mustTrace(t, st, examples.DemoClaim)

	tracetest.CheckDemo(t, tr)
	// Oldest first.
	for i := 1; i < len(tr.Statements); i++ {
		a, _, _ := tr.Statements[i-1].FirstDay()
		b, _, _ := tr.Statements[i].FirstDay()
		if b.Before(a) {
			t.Errorf("statement %d (%s) before statement %d (%s): not oldest first", i-1, a, i, b)
		}
	}
	// Each article's stances, as a reader of the demo corpus sees them.
	want := map[string]string{
		"varga-parliament#3":       claimtrail.Asserts, // Varga in parliament
		"ministry-denies-varga#2":  claimtrail.Denies,
		"ministry-denies-varga#3":  claimtrail.Denies, // Horn: "has not sold a single boat"
		"ledger-boats-delivered#2": claimtrail.Asserts,
		"coastal-times-quint#2":    claimtrail.Asserts,
		"harbour-deal-denied#2":    claimtrail.Denies,
		"harbour-deal-denied#4":    claimtrail.Denies, // "We have never shipped a single armed boat"
		"herald-origin#3":          claimtrail.Denies, // "Marisca has never bought a boat from Veldovia"
		"herald-origin#4":          claimtrail.Asserts,
	}
	got := map[string]string{}
	for _, s := range tr.Statements {
		got[s.Doc+"#"+itoa(s.N)] = s.Stance
		if s.Match < 0.5 || s.Match > 1 {
			t.Errorf("%s#%d: match %v outside [0.5, 1]", s.Doc, s.N, s.Match)
		}
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: stance %q, want %q", k, got[k], w)
		}
	}
	// Off-topic statements stay out.
	for _, k := range []string{"varga-parliament#4", "ministry-denies-varga#5", "coastal-times-quint#3"} {
		if _, ok := got[k]; ok {
			t.Errorf("%s is not about the claim but was traced", k)
		}
	}

	if len(tr.Origins) != 1 {
		t.Fatalf("origins %+v, want the Herald's story", tr.Origins)
	}
	o := tr.Origins[0]
	if o.Doc != "herald-origin" || o.Names != "Northern Ledger" || o.Date != "2025-03-11" {
		t.Errorf("origin %q names %q on %q; want herald-origin, Northern Ledger, 2025-03-11", o.Doc, o.Names, o.Date)
	}
	var contra []string
	for _, r := range o.ContradictedBy {
		contra = append(contra, r.Doc+"#"+itoa(r.N))
		if r.SaidOn >= o.Date {
			t.Errorf("contradicted by %s#%d said on %s, not before %s", r.Doc, r.N, r.SaidOn, o.Date)
		}
	}
	for _, k := range []string{"varga-parliament#3", "ministry-denies-varga#2", "herald-origin#4", "herald-origin#5"} {
		if !slices.Contains(contra, k) {
			t.Errorf("origin not contradicted by %s (got %v)", k, contra)
		}
	}
	if text := "started from an article published on 11 March"; !contains(o.Text, text) {
		t.Errorf("origin text %q lacks %q", o.Text, text)
	}

	if len(tr.DateConflicts) != 1 {
		t.Fatalf("date conflicts %+v, want Mara Quint's", tr.DateConflicts)
	}
	dc := tr.DateConflicts[0]
	if dc.Speaker != "Mara Quint" || !slices.Equal(dc.Values, []string{"2025-03-09", "2025-03-10"}) || len(dc.Statements) != 2 {
		t.Errorf("date conflict %+v; want Mara Quint 2025-03-09 vs 2025-03-10 in two statements", dc)
	}
	if len(tr.Citations) == 0 {
		t.Error("no citations: the demo's Ostrian officials cite satellite images")
	}
}

func TestTrace_Roles(t *testing.T) {
	st := demoStore(t)
	// The converse wording finds the same first assertion.
	conv := mustTrace(t, st, "Marisca bought patrol boats from Veldovia")
	if got, want := refKey(conv.EarliestAssertion), "Ilse Varga 2025-02-20 varga-parliament"; got != want {
		t.Errorf("converse claim: earliest assertion %q, want %q", got, want)
	}
	// Roles reversed: nobody in the corpus says Marisca sold boats to Veldovia.
	rev := mustTrace(t, st, "Marisca sold patrol boats to Veldovia")
	for _, s := range rev.Statements {
		if s.Stance == claimtrail.Asserts && s.Match >= 0.5 && s.Doc == "varga-parliament" && s.N == 3 {
			t.Errorf("reversed claim: Varga's statement traced as an assertion (match %v)", s.Match)
		}
	}
	if len(rev.Statements) >= len(conv.Statements) {
		t.Errorf("reversed claim matched %d statements, the converse %d: roles ignored", len(rev.Statements), len(conv.Statements))
	}
}

func TestTrace_NoMatch(t *testing.T) {
	st := demoStore(t)
	tr := mustTrace(t, st, "the moon is made of cheese")
	if len(tr.Statements) != 0 || tr.EarliestAssertion != nil || tr.EarliestDenial != nil || len(tr.Origins) != 0 {
		t.Errorf("unrelated claim traced %d statements, %d origins", len(tr.Statements), len(tr.Origins))
	}
	if tr.Statements == nil || tr.Origins == nil || tr.DateConflicts == nil || tr.Citations == nil {
		t.Error("empty lists must be [] in JSON, not null")
	}
}

func TestTrace_EmptyClaim(t *testing.T) {
	st := demoStore(t)
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Trace(context.Background(), "  ", claimtrail.TraceOptions{}); claimtrail.ErrorCode(err) != claimtrail.EINVALID {
		t.Errorf("empty claim: err %v, want EINVALID", err)
	}
}

func TestTrace_Options(t *testing.T) {
	st := demoStore(t)
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		t.Fatal(err)
	}
	from, to := day("2025-03-01"), day("2025-03-31")
	got, err := tr.Trace(context.Background(), examples.DemoClaim, claimtrail.TraceOptions{From: &from, To: &to, Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Statements) != 3 {
		t.Errorf("limit 3: %d statements", len(got.Statements))
	}
	for _, s := range got.Statements {
		if d, _, _ := s.FirstDay(); d.Before(from) || d.After(to) {
			t.Errorf("%s#%d on %s outside March", s.Doc, s.N, d)
		}
	}
}
