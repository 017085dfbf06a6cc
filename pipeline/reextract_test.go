package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/internal/childtest"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/sqlite"
)

// reextractChildEnv, when set, makes TestReextract_KillAndRerun the child
// that reextracts the store it names until killed.
const reextractChildEnv = "CLAIMTRAIL_REEXTRACT_CHILD"

// oldModel is the version the fixture's older extractor records.
const oldModel = "0-oldmodel"

// TestReextract_KillAndRerun builds a store as an older extractor would
// have left it, kills a reextract with SIGKILL after a few batches, reruns
// it, and checks that the store then equals a fresh ingest with the
// current extractor: the same articles under the same ids, the same
// statements.
func TestReextract_KillAndRerun(t *testing.T) {
	if path := os.Getenv(reextractChildEnv); path != "" {
		reextractChild(path)
		return
	}
	if testing.Short() {
		t.Skip("kills a child process; skipped with -short")
	}
	ctx := context.Background()
	dir := t.TempDir()
	input := writeNewsJSONL(t, dir, 240)
	x := newExtractor(t)

	old := openSQLite(t, filepath.Join(dir, "old.db"))
	putAsOldModel(t, old, x, input)
	current := pipeline.ExtractorVersion(x)
	if n, err := old.CountStale(ctx, current); err != nil || n != 240 {
		t.Fatalf("stale before reextract: %d, %v; want 240", n, err)
	}
	before := export(t, old)
	old.Close()

	killed := reextractAndKill(t, filepath.Join(dir, "old.db"), 3)
	old = openSQLite(t, filepath.Join(dir, "old.db"))
	stale, err := old.CountStale(ctx, current)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed after %d articles reported stored; %d stale", killed, stale)
	if stale == 0 || stale > 240-killed {
		t.Fatalf("after the kill %d stale articles, want between 1 and %d", stale, 240-killed)
	}
	var c pipeline.ReextractCounts
	if err := (&pipeline.Reextractor{Store: old, Extractor: x, Workers: 2, Batch: 7}).Run(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if c.Stale.Load() != int64(stale) || c.Done.Load() != int64(stale) || c.Failed.Load() != 0 {
		t.Errorf("rerun counts: stale %d done %d failed %d, want %d, %d, 0", c.Stale.Load(), c.Done.Load(), c.Failed.Load(), stale, stale)
	}
	if n, _ := old.CountStale(ctx, current); n != 0 {
		t.Errorf("%d stale after the rerun", n)
	}

	fresh := openSQLite(t, filepath.Join(dir, "fresh.db"))
	var ic pipeline.Counts
	if err := (&pipeline.Ingester{Store: fresh, Extractor: x, Workers: 2}).Run(ctx, []string{input}, ingest.Options{}, &ic); err != nil {
		t.Fatal(err)
	}
	if n, err := fresh.CountStale(ctx, current); err != nil || n != 0 {
		t.Errorf("a fresh ingest left %d stale articles (%v): ingest records the version", n, err)
	}
	got, want := export(t, old), export(t, fresh)
	if len(want) < 240+400 || slices.Equal(before, want) {
		t.Fatalf("the fresh ingest exported %d lines, equal to the older model's: the fixture tests nothing", len(want))
	}
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("export differs from a fresh ingest (%d and %d lines); first at %d:\n got %s\nwant %s", len(got), len(want), i, got[i], want[i])
			}
		}
		t.Fatalf("export has %d lines, a fresh ingest %d", len(got), len(want))
	}
}

// reextractAndKill runs a child reextracting the store at path with
// batches of 5, kills it with SIGKILL once it reports `batches` batches
// stored, and returns the articles it reported stored.
func reextractAndKill(t *testing.T, path string, batches int) int {
	t.Helper()
	child := childtest.StartCounter(t, "TestReextract_KillAndRerun", reextractChildEnv+"="+path, "stored ")
	done := child.Counts()
	stored := 0
	deadline := time.After(2 * time.Minute)
	for stored < 5*batches {
		select {
		case n, ok := <-done:
			if !ok {
				child.Kill(t)
				t.Fatalf("the child ended before it was killed (%d stored)", stored)
			}
			stored = n
		case <-deadline:
			child.Kill(t)
			t.Fatal("the child stored too little in two minutes")
		}
	}
	child.Kill(t) // what it reports after the count asked for is not counted
	return stored
}

// reextractChild reextracts the store at path one batch of 5 at a time,
// printing "stored N" as the count of stored articles grows, until the
// parent kills it.
func reextractChild(path string) {
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var c pipeline.ReextractCounts
	go func() {
		last := int64(0)
		for {
			if n := c.Done.Load(); n != last {
				fmt.Printf("stored %d\n", n)
				last = n
			}
			time.Sleep(time.Millisecond)
		}
	}()
	err = (&pipeline.Reextractor{Store: db, Extractor: x, Workers: 1, Batch: 5}).Run(context.Background(), &c)
	fmt.Fprintln(os.Stderr, "child finished before it was killed:", err)
	os.Exit(3)
}

func openSQLite(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// putAsOldModel stores the documents of input as an older extractor read
// them: the current extractor's statements less the last of each article,
// speakers in capitals, no dates, recorded with version oldModel. The
// articles go in in reading order, as an ingest stores them.
func putAsOldModel(t *testing.T, s claimtrail.Store, x *extract.Extractor, input string) {
	t.Helper()
	var in []claimtrail.ArticleInput
	err := ingest.Read(context.Background(), []string{input}, ingest.Options{}, ingest.Handler{Doc: func(d *claimtrail.Document) error {
		sts := x.Extract(d)
		if len(sts) > 0 {
			sts = sts[:len(sts)-1]
		}
		for i := range sts {
			sts[i].Speaker.Name = strings.ToUpper(sts[i].Speaker.Name)
			sts[i].SaidOn, sts[i].SaidOnExpr = nil, nil
		}
		in = append(in, claimtrail.ArticleInput{Doc: d, Hash: claimtrail.ArticleHash(d), Statements: sts, ExtractorVersion: oldModel})
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(in); i += 50 {
		if _, err := s.PutArticles(context.Background(), in[i:min(i+50, len(in))]); err != nil {
			t.Fatal(err)
		}
	}
}

// export lists a store's articles and statements, one line each, sorted:
// what must not differ between two stores that hold the same readings
// (statement ids aside, which a reextract changes).
func export(t *testing.T, s claimtrail.Store) []string {
	t.Helper()
	ctx := context.Background()
	as, _, err := s.FindArticles(ctx, claimtrail.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range as {
		full, err := s.FindArticleByID(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		full.IngestedAt = time.Time{}
		b, _ := json.Marshal(full)
		out = append(out, "article "+string(b))
	}
	sts, _, err := s.FindStatements(ctx, claimtrail.StatementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range sts {
		// ids are the store's: statements get new ones when re-read, and a
		// speaker's follows the order its names were first linked
		st.ID, st.Speaker.ID = 0, 0
		b, _ := json.Marshal(st)
		out = append(out, "statement "+string(b))
	}
	slices.Sort(out)
	return out
}

// writeNewsJSONL writes n invented news articles as JSON Lines into dir
// and returns the file's path. Names, places and events vary with the
// article's number, so the articles read differently.
func writeNewsJSONL(t *testing.T, dir string, n int) string {
	t.Helper()
	people := []string{"Mirela Dostal", "Arvo Lindqvist", "Tomas Adler", "Ida Brandt", "Selin Okafor", "Piet Varga"}
	roles := []string{"chief executive", "union secretary", "harbour master", "finance minister"}
	orgs := []string{"the Varnholm ferry operator", "the Seafarers' Union", "the harbour authority", "the transport ministry"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Friday"}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i := range n {
		p, q := people[i%len(people)], people[(i+1)%len(people)]
		role, org, org2 := roles[i%len(roles)], orgs[i%len(orgs)], orgs[(i+2)%len(orgs)]
		text := fmt.Sprintf("Dispute %d over the Eskerby route\n\n"+
			"%s, the %s of %s, said on %s that the route would reopen within %d weeks.\n\n"+
			"\"We have done nothing wrong,\" %s told reporters. According to %s, the inspection was delayed last week.\n\n"+
			"%s denied the report and said it was based on rumours. Two people familiar with the talks said a deal was close.\n",
			i, p, role, org, days[i%len(days)], 2+i%5, p, org2, q)
		rec := map[string]string{"id": fmt.Sprintf("route-%03d", i), "published": fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), "text": text}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
