package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/sqlite"
)

// TestReextract ingests the demo articles, makes them stale as an older
// extractor would have left them (no statements, another version), and
// checks that reextract restores what ingest stored, and that a second
// run finds nothing to do.
func TestReextract(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if code, _, errs := run(t, "", "ingest", "--db", db, filepath.Join("..", "..", "examples", "demo")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	want := exportLines(t, db)
	if code, _, errs := run(t, "", "reextract", "--db", db); code != 0 || !strings.Contains(errs, "reextracted 0 of 0 stale") {
		t.Fatalf("reextract of a fresh ingest: exit %d: %s", code, errs)
	}
	stale := makeStale(t, db)
	if code, _, errs := run(t, "", "reextract", "--db", db, "--batch", "2", "--progress", "always"); code != 0 ||
		!strings.Contains(errs, "reextracted "+itoa(stale)+" of "+itoa(stale)+" stale") {
		t.Fatalf("reextract: exit %d: %s", code, errs)
	}
	if got := exportLines(t, db); !slices.Equal(got, want) {
		t.Errorf("after reextract the export has %d lines, %d before", len(got), len(want))
	}
	if code, _, errs := run(t, "", "reextract", "--db", db); code != 0 || !strings.Contains(errs, "reextracted 0 of 0 stale") {
		t.Fatalf("second reextract: exit %d: %s", code, errs)
	}
}

// makeStale empties every article's statements under another extractor
// version and returns the number of articles.
func makeStale(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	as, err := s.StaleArticles(ctx, "no such version", 0, 1000)
	if err != nil || len(as) == 0 {
		t.Fatalf("articles: %d, %v", len(as), err)
	}
	in := make([]claimtrail.Reextracted, len(as))
	for i, a := range as {
		in[i] = claimtrail.Reextracted{Article: a, ExtractorVersion: "0-older"}
	}
	if err := s.ReplaceStatements(ctx, in); err != nil {
		t.Fatal(err)
	}
	return len(as)
}

// exportLines returns `claimtrail export`'s statements without their ids
// (which reextract changes), sorted.
func exportLines(t *testing.T, db string) []string {
	t.Helper()
	code, out, errs := run(t, "", "export", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("export line %q: %v", l, err)
		}
		delete(m, "statement_id")
		b, _ := json.Marshal(m)
		lines = append(lines, string(b))
	}
	slices.Sort(lines)
	return lines
}

func itoa(n int) string { return strconv.Itoa(n) }
