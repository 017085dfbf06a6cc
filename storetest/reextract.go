// The reextract tests: a store finds the articles another extractor read
// and replaces their statements (claimtrail.Reextracter).

package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// withVersion returns in read by the extractor of version v.
func withVersion(in claimtrail.ArticleInput, v string) claimtrail.ArticleInput {
	in.ExtractorVersion = v
	return in
}

// mustReextracter returns s as a Reextracter, failing the test when it
// is none: every store implements it.
func mustReextracter(t *testing.T, s claimtrail.Store) claimtrail.Reextracter {
	t.Helper()
	r, ok := s.(claimtrail.Reextracter)
	if !ok {
		t.Fatalf("%T does not implement claimtrail.Reextracter", s)
	}
	return r
}

func testStaleArticles(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	r := mustReextracter(t, s)
	res := MustPut(t, s, withVersion(harbor(), "old"), withVersion(lighthouse(), "new"), quarry(), withVersion(harborV2(), "old"))
	if n, err := r.CountStale(ctx, "new"); err != nil || n != 3 {
		t.Errorf("CountStale(new) = %d, %v; want 3 (an unrecorded version is stale too)", n, err)
	}
	var got []int64
	after := int64(0)
	for {
		page, err := r.StaleArticles(ctx, "new", after, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		for _, a := range page {
			got = append(got, a.ID)
			if a.Text == "" || a.Hash == "" || a.Key == "" {
				t.Errorf("stale article %d comes without text, hash or key", a.ID)
			}
			after = a.ID
		}
	}
	// Every stale version, the older harbor too, in id order.
	if want := []int64{res[0].ArticleID, res[2].ArticleID, res[3].ArticleID}; !reflect.DeepEqual(got, want) {
		t.Errorf("stale ids = %v, want %v", got, want)
	}
	if n, _ := r.CountStale(ctx, "old"); n != 2 {
		t.Errorf("CountStale(old) = %d, want 2", n)
	}
	if _, err := r.StaleArticles(ctx, "new", 0, 0); claimtrail.ErrorCode(err) != claimtrail.EINVALID {
		t.Errorf("StaleArticles limit 0: %v, want EINVALID", err)
	}
	// A version no store can hold is refused alike by every store (a
	// PostgreSQL text column cannot hold a NUL byte).
	for _, bad := range []string{"v\x00", "\xff"} {
		if _, err := r.StaleArticles(ctx, bad, 0, 1); claimtrail.ErrorCode(err) != claimtrail.EINVALID {
			t.Errorf("StaleArticles(%q): %v, want EINVALID", bad, err)
		}
		if _, err := r.CountStale(ctx, bad); claimtrail.ErrorCode(err) != claimtrail.EINVALID {
			t.Errorf("CountStale(%q): %v, want EINVALID", bad, err)
		}
	}
}

func testReplaceStatements(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	r := mustReextracter(t, s)
	res := MustPut(t, s, withVersion(harbor(), "old"), withVersion(quarry(), "old"))
	stale, err := r.StaleArticles(ctx, "new", 0, 10)
	if err != nil || len(stale) != 2 {
		t.Fatalf("StaleArticles: %d, %v", len(stale), err)
	}
	// The new extractor reads one statement less and names a speaker
	// otherwise; the quarry's second statement gets an unresolved date.
	sts := harbor().Statements[:2]
	sts[0].Speaker.Name = "Commissioner Whitlock"
	q := quarry().Statements
	q[1].SaidOnExpr = &claimtrail.TimeExpr{Text: "in May", Span: spanAt(quarryText, "in May"), Timex: "XXXX-05"}
	in := []claimtrail.Reextracted{{Article: stale[0], ExtractorVersion: "new", Statements: sts},
		{Article: stale[1], ExtractorVersion: "new", Statements: q}}
	if err := r.ReplaceStatements(ctx, in); err != nil {
		t.Fatal(err)
	}
	for i, want := range [][]claimtrail.Statement{sts, q} {
		id := res[i].ArticleID
		got, n := MustFindStatements(t, s, claimtrail.StatementFilter{ArticleID: &id})
		if n != len(want) {
			t.Fatalf("article %d: %d statements, want %d", id, n, len(want))
		}
		for j := range got {
			got[j].Speaker.ID = 0 // the store's (speakerid.go)
			if !reflect.DeepEqual(got[j].Statement, want[j]) {
				t.Errorf("article %d statement %d:\n got %#v\nwant %#v", id, j, got[j].Statement, want[j])
			}
		}
		if a, err := s.FindArticleByID(ctx, id); err != nil || a.Statements != len(want) || a.Version != 1 {
			t.Errorf("article %d after reextract: %+v, %v", id, a, err)
		}
	}
	if n, _ := r.CountStale(ctx, "new"); n != 0 {
		t.Errorf("CountStale after reextract = %d, want 0", n)
	}
	// The full-text index follows: the new name is found, the dropped
	// statement is not.
	if _, n := MustFindStatements(t, s, claimtrail.StatementFilter{Query: "Commissioner Whitlock"}); n != 1 {
		t.Errorf("search for the new speaker name: %d, want 1", n)
	}
	dropped := harbor().Statements[2].Content.Text
	if got, _ := MustFindStatements(t, s, claimtrail.StatementFilter{Query: dropped}); len(got) != 0 {
		t.Errorf("search for the dropped statement %q: %v", dropped, keys(got))
	}
	if st := MustStats(t, s); st.Statements != 4 {
		t.Errorf("stats: %d statements, want 4", st.Statements)
	}
}

func testReplaceStatementsAtomic(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	r := mustReextracter(t, s)
	MustPut(t, s, withVersion(harbor(), "old"))
	stale, err := r.StaleArticles(ctx, "new", 0, 10)
	if err != nil || len(stale) != 1 {
		t.Fatalf("StaleArticles: %d, %v", len(stale), err)
	}
	gone := *stale[0]
	gone.ID += 1000
	bad := harbor().Statements[:1]
	bad[0].Cue.Span.End = len(stale[0].Text) + 1
	for _, tt := range []struct {
		name string
		in   []claimtrail.Reextracted
		code string
	}{
		{"NotFound", []claimtrail.Reextracted{{Article: stale[0], ExtractorVersion: "new"}, {Article: &gone, ExtractorVersion: "new"}}, claimtrail.ENOTFOUND},
		{"SpanOutside", []claimtrail.Reextracted{{Article: stale[0], ExtractorVersion: "new", Statements: bad}}, claimtrail.EINVALID},
		{"Twice", []claimtrail.Reextracted{{Article: stale[0], ExtractorVersion: "new"}, {Article: stale[0], ExtractorVersion: "new"}}, claimtrail.EINVALID},
	} {
		if err := r.ReplaceStatements(ctx, tt.in); claimtrail.ErrorCode(err) != tt.code {
			t.Errorf("%s: %v, want %s", tt.name, err, tt.code)
		}
	}
	// Nothing of the failed batches was written.
	if _, n := MustFindStatements(t, s, claimtrail.StatementFilter{}); n != 3 {
		t.Errorf("%d statements after failed replacements, want 3", n)
	}
	if n, _ := r.CountStale(ctx, "new"); n != 1 {
		t.Errorf("CountStale after failed replacements = %d, want 1", n)
	}
}
