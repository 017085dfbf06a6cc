// Package storetest is the conformance suite every claimtrail.Store must
// pass: the sqlite and postgres packages run it against their own stores so
// that both behave the same.
package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Run runs the suite. open must return a new, empty store for each call
// and arrange for it to be closed (and dropped) with t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) claimtrail.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s claimtrail.Store)
	}{
		{"PutArticles/Created", testPutCreated},
		{"PutArticles/Unchanged", testPutUnchanged},
		{"PutArticles/NewVersion", testPutNewVersion},
		{"PutArticles/SameBatch", testPutSameBatch},
		{"PutArticles/ErrInvalid", testPutInvalid},
		{"PutArticles/Empty", testPutEmpty},
		{"RoundTrip/Statement", testRoundTripStatement},
		{"RoundTrip/Article", testRoundTripArticle},
		{"HasArticle", testHasArticle},
		{"FindArticleByID", testFindArticleByID},
		{"FindArticleByID/ErrNotFound", testFindArticleNotFound},
		{"FindArticles", testFindArticles},
		{"FindStatements/Filters", testFindStatementsFilters},
		{"FindStatements/Query", testFindStatementsQuery},
		{"FindStatements/Rank", testFindStatementsRank},
		{"FindStatements/Concepts", testFindStatementsConcepts},
		{"FindStatements/HostileQuery", testHostileQuery},
		{"FindStatements/Paging", testFindStatementsPaging},
		{"FindStatements/Latest", testFindStatementsLatest},
		{"SearchArticles", testSearchArticles},
		{"FindSpeakers", testFindSpeakers},
		{"SpeakerIDs", testSpeakerIDs},
		{"SpeakerIDs/Batch", testSpeakerIDsBatch},
		{"Stats", testStats},
		{"ErrInvalidPage", testInvalidPage},
		{"Reextract/StaleArticles", testStaleArticles},
		{"Reextract/ReplaceStatements", testReplaceStatements},
		{"Reextract/Atomic", testReplaceStatementsAtomic},
		{"Watch/Claims", testClaims},
		{"Watch/Sources", testSources},
		{"Watch/Queue", testQueue},
		{"Watch/Alerts", testAlerts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// MustPut stores in and returns the results, failing the test on error.
func MustPut(tb testing.TB, s claimtrail.Store, in ...claimtrail.ArticleInput) []claimtrail.PutResult {
	tb.Helper()
	res, err := s.PutArticles(context.Background(), in)
	if err != nil {
		tb.Fatalf("PutArticles: %v", err)
	}
	if len(res) != len(in) {
		tb.Fatalf("PutArticles returned %d results for %d inputs", len(res), len(in))
	}
	return res
}

// MustFindStatements runs f and fails the test on error.
func MustFindStatements(tb testing.TB, s claimtrail.Store, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int) {
	tb.Helper()
	out, n, err := s.FindStatements(context.Background(), f)
	if err != nil {
		tb.Fatalf("FindStatements(%+v): %v", f, err)
	}
	return out, n
}

// MustStats returns s's stats, failing the test on error.
func MustStats(tb testing.TB, s claimtrail.Store) *claimtrail.Stats {
	tb.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		tb.Fatalf("Stats: %v", err)
	}
	return st
}

// CheckNow checks that s stamps IngestedAt with the clock setNow gives
// it, to the microsecond (the precision PostgreSQL keeps). Run cannot:
// the clock is a field of each store's DB, not of claimtrail.Store.
func CheckNow(t *testing.T, s claimtrail.Store, setNow func(func() time.Time)) {
	t.Helper()
	at := time.Date(2026, 11, 29, 12, 30, 15, 123456789, time.UTC)
	setNow(func() time.Time { return at })
	res := MustPut(t, s, corpus()[0])
	a, err := s.FindArticleByID(context.Background(), res[0].ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if want := at.Truncate(time.Microsecond); !a.IngestedAt.Equal(want) {
		t.Errorf("IngestedAt = %v, want %v", a.IngestedAt, want)
	}
}

// keys returns "doc#n" for each statement, for readable comparisons.
func keys(sts []*claimtrail.StoredStatement) []string {
	out := []string{}
	for _, s := range sts {
		out = append(out, s.Doc+"#"+itoa(s.N))
	}
	return out
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func str(s string) *string { return &s }

func ptrTime(t time.Time) *time.Time { return &t }

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func testInvalidPage(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	MustPut(t, s, quarry())
	_, _, err1 := s.FindStatements(ctx, claimtrail.StatementFilter{Offset: -1})
	_, _, err2 := s.FindArticles(ctx, claimtrail.ArticleFilter{Limit: -1})
	_, _, err3 := s.FindSpeakers(ctx, claimtrail.SpeakerFilter{Offset: -5})
	for i, err := range []error{err1, err2, err3} {
		if code := claimtrail.ErrorCode(err); code != claimtrail.EINVALID {
			t.Errorf("call %d: %v (code %q), want EINVALID", i+1, err, code)
		}
	}
}
