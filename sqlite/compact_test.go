package sqlite

import (
	"context"
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/storetest"
)

// segments counts the segments of a full-text index.
func segments(t *testing.T, s *DB, fts string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(DISTINCT segid) FROM ` + fts + `_idx`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// searches runs the searches a trace makes and returns what they found.
func searches(t *testing.T, s *DB, g *storetest.Generator) []any {
	t.Helper()
	ctx := context.Background()
	a, b := []string{g.Word(0), g.Word(1)}, []string{g.Word(2), g.Word(3), g.Word(4)}
	var out []any
	for _, f := range []claimtrail.StatementFilter{
		{Concepts: [][]string{a, b}, Latest: true, Limit: 30, SkipTotal: true, Unranked: true},
		{Concepts: [][]string{a, b}, MinConcepts: 1, Latest: true, Limit: 30},
		{Query: g.Word(0), Limit: 20},
	} {
		sts, n, err := s.FindStatements(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(sts) == 0 {
			t.Fatalf("%+v found nothing: the test searches for nothing", f)
		}
		out = append(out, sts, n)
	}
	n, df, err := s.TermGroupFrequencies(ctx, [][]string{a, b}, 50)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := s.SearchArticles(ctx, claimtrail.ArticleSearch{Groups: [][]string{a, b}, Limit: 10, TextWindow: 100})
	if err != nil {
		t.Fatal(err)
	}
	return append(out, n, df, hits)
}

// TestDB_CompactIndex writes a store in many transactions (a segment
// each), compacts it and checks that every kind of search finds the same
// rows in the same order from fewer segments; compacting again is a no-op.
func TestDB_CompactIndex(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir()+"/compact.db")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g := storetest.NewGenerator(3)
	if err := g.Fill(ctx, s, 0, 120, 10, 6); err != nil {
		t.Fatal(err)
	}
	for _, fts := range ftsIndexes {
		if n := segments(t, s, fts); n <= compactSegments {
			t.Fatalf("%s: %d segments after 12 batches: nothing to compact", fts, n)
		}
	}
	before := searches(t, s, g)
	if err := s.CompactIndex(ctx); err != nil {
		t.Fatal(err)
	}
	for _, fts := range ftsIndexes {
		if n := segments(t, s, fts); n != 1 {
			t.Errorf("%s: %d segments after CompactIndex, want 1", fts, n)
		}
	}
	if after := searches(t, s, g); !reflect.DeepEqual(before, after) {
		t.Errorf("searches differ after CompactIndex:\nbefore %v\nafter  %v", before, after)
	}
	if err := s.CompactIndex(ctx); err != nil {
		t.Fatalf("again: %v", err)
	}
}
