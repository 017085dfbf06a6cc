package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/mock"
	"github.com/claimtrail/claimtrail/pipeline"
)

// TestIngester_ByteBounds checks that ingest holds a bounded amount of
// text whatever the documents' sizes: a batch is committed once its texts
// reach batchBytes, though it holds fewer articles than --batch, and
// documents larger than the read-ahead bound still pass (the bound would
// otherwise wait for them forever).
func TestIngester_ByteBounds(t *testing.T) {
	const queueBytes, batchBytes = 20_000, 30_000

	dir := t.TempDir()
	para := "The minister said the boats were delivered in March. "
	for i := range 12 {
		n := 150 // about 8 KB
		if i%4 == 0 {
			n = 500 // about 27 KB: over queueBytes
		}
		text := fmt.Sprintf("Article %d.\n\n%s", i, strings.Repeat(para, n))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	var batches []int
	stored := 0
	st := &mock.Store{
		FindArticlesFn: func(context.Context, claimtrail.ArticleFilter) ([]*claimtrail.Article, int, error) {
			return nil, 0, nil
		},
		PutArticlesFn: func(_ context.Context, in []claimtrail.ArticleInput) ([]claimtrail.PutResult, error) {
			mu.Lock()
			defer mu.Unlock()
			size := 0
			res := make([]claimtrail.PutResult, len(in))
			for i, a := range in {
				size += len(a.Doc.Text)
				res[i] = claimtrail.PutResult{ArticleID: int64(stored + i + 1), Status: claimtrail.PutCreated, Version: 1}
			}
			stored += len(in)
			batches = append(batches, size)
			return res, nil
		},
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var c pipeline.Counts
	g := &pipeline.Ingester{Store: st, Extractor: x, Workers: 2, QueueBytes: queueBytes, BatchBytes: batchBytes}
	if err := g.Run(context.Background(), []string{dir}, ingest.Options{}, &c); err != nil {
		t.Fatal(err)
	}
	if stored != 12 || c.Created.Load() != 12 {
		t.Fatalf("stored %d articles (created %d), want 12", stored, c.Created.Load())
	}
	if len(batches) < 3 {
		t.Fatalf("%d batches for 12 articles of ≈160 KB with batchBytes 30 KB: %v", len(batches), batches)
	}
	for _, b := range batches[:len(batches)-1] {
		if b < batchBytes || b > batchBytes+30_000 {
			t.Errorf("a full batch held %d bytes, want it cut at %d (plus at most one article)", b, batchBytes)
		}
	}
}

// TestIngester_ResumeMixedGroups reruns an ingest over documents of
// different sizes of which some are stored already. Workers extract
// documents in groups; a group that mixes stored and new documents once
// released the weight of the wrong documents to the read-ahead bound
// ("semaphore: released more than held"), a panic that lost the rerun.
func TestIngester_ResumeMixedGroups(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		n := 1 + (i%5)*20 // 60 bytes to 5 KB
		text := fmt.Sprintf("Article %d.\n\n%s", i, strings.Repeat("The minister said the boats were delivered. ", n))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for round := range 20 {
		var mu sync.Mutex
		stored := map[string]bool{}
		st := &mock.Store{
			FindArticlesFn: func(context.Context, claimtrail.ArticleFilter) ([]*claimtrail.Article, int, error) {
				return []*claimtrail.Article{{}}, 1, nil // not empty: ask about each document
			},
			// the small documents, and every third of the others, are stored
			HasArticleFn: func(_ context.Context, key, _ string) (bool, error) {
				var i int
				fmt.Sscanf(filepath.Base(key), "a%02d.txt", &i)
				return i%5 == 0 || (i+round)%3 == 0, nil
			},
			PutArticlesFn: func(_ context.Context, in []claimtrail.ArticleInput) ([]claimtrail.PutResult, error) {
				mu.Lock()
				defer mu.Unlock()
				res := make([]claimtrail.PutResult, len(in))
				for i, a := range in {
					stored[a.Doc.Origin] = true
					res[i] = claimtrail.PutResult{ArticleID: int64(len(stored)), Status: claimtrail.PutCreated, Version: 1}
				}
				return res, nil
			},
		}
		var c pipeline.Counts
		if err := (&pipeline.Ingester{Store: st, Extractor: x, Workers: 2, QueueBytes: 40_000}).Run(context.Background(), []string{dir}, ingest.Options{}, &c); err != nil {
			t.Fatal(err)
		}
		if got := c.Created.Load() + c.Unchanged.Load(); got != 40 {
			t.Fatalf("round %d: %d created + unchanged, want 40", round, got)
		}
	}
}

// memStore is a mock store that keeps what it is given; fail says which
// batches fail and how.
func memStore(t *testing.T, fail func(in []claimtrail.ArticleInput) error) (*mock.Store, func() []string) {
	var mu sync.Mutex
	var ids []string
	st := &mock.Store{
		FindArticlesFn: func(context.Context, claimtrail.ArticleFilter) ([]*claimtrail.Article, int, error) {
			return nil, 0, nil
		},
		PutArticlesFn: func(ctx context.Context, in []claimtrail.ArticleInput) ([]claimtrail.PutResult, error) {
			if ctx.Err() != nil {
				t.Errorf("a batch written with a context that ended: committed work would be lost")
			}
			if err := fail(in); err != nil {
				return nil, err
			}
			mu.Lock()
			defer mu.Unlock()
			res := make([]claimtrail.PutResult, len(in))
			for i, a := range in {
				if a.Hash != claimtrail.ArticleHash(a.Doc) {
					t.Errorf("%s: hash %s, want ArticleHash's", a.Doc.ID, a.Hash)
				}
				ids = append(ids, a.Doc.ID)
				res[i] = claimtrail.PutResult{ArticleID: int64(len(ids)), Status: claimtrail.PutCreated, Version: 1}
			}
			return res, nil
		},
	}
	return st, func() []string { mu.Lock(); defer mu.Unlock(); return slices.Clone(ids) }
}

func jsonl(ids ...string) string {
	var b strings.Builder
	for _, id := range ids {
		fmt.Fprintf(&b, `{"id":%q,"text":"The harbour master said no ferry licence was sold (%s)."}`+"\n", id, id)
	}
	return b.String()
}

// TestIngester_Interrupted ends the context while standard input is still
// open: reading stops, and every document read is extracted and committed
// (with a context that outlives the run's), so that a rerun resumes.
func TestIngester_Interrupted(t *testing.T) {
	st, stored := memStore(t, func([]claimtrail.ArticleInput) error { return nil })
	pr, pw := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var c pipeline.Counts
	done := make(chan error, 1)
	go func() {
		g := &pipeline.Ingester{Store: st, Extractor: newExtractor(t), Workers: 2, Batch: 4}
		done <- g.Run(ctx, []string{"-"}, ingest.Options{Stdin: pr, Format: "jsonl"}, &c)
	}()
	io.WriteString(pw, jsonl("a", "b", "c", "d", "e", "f", "g"))
	for c.Read.Load() < 7 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	pw.Close() // the reader waits in a read until then, as it would on a terminal
	err := <-done
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run returned %v, want context.Canceled", err)
	}
	if got := stored(); !slices.Equal(got, []string{"a", "b", "c", "d", "e", "f", "g"}) || c.Created.Load() != 7 {
		t.Errorf("stored %v (created %d), want a to g in reading order", got, c.Created.Load())
	}
}

// TestIngester_BadDocument checks that a batch the store refuses for one
// invalid document is stored one by one, so only that document fails, and
// that any other store error ends the run.
func TestIngester_BadDocument(t *testing.T) {
	invalid := func(in []claimtrail.ArticleInput) error {
		for _, a := range in {
			if a.Doc.ID == "bad" {
				return claimtrail.Errorf(claimtrail.EINVALID, "bad article")
			}
		}
		return nil
	}
	st, stored := memStore(t, invalid)
	var c pipeline.Counts
	var logged []string
	g := &pipeline.Ingester{Store: st, Extractor: newExtractor(t), Workers: 2, Batch: 3, Log: func(s string) { logged = append(logged, s) }}
	opt := ingest.Options{Stdin: strings.NewReader(jsonl("a", "b", "bad", "c", "d")), Format: "jsonl"}
	if err := g.Run(context.Background(), []string{"-"}, opt, &c); err != nil {
		t.Fatal(err)
	}
	if got := stored(); !slices.Equal(got, []string{"a", "b", "c", "d"}) || c.Failed.Load() != 1 || c.Created.Load() != 4 {
		t.Errorf("stored %v, %d failed, %d created; want a b c d, 1, 4", got, c.Failed.Load(), c.Created.Load())
	}
	if len(logged) != 1 || !strings.Contains(logged[0], "bad article") {
		t.Errorf("logged %q, want the bad article named", logged)
	}

	down := errors.New("disk I/O error")
	st, _ = memStore(t, func([]claimtrail.ArticleInput) error { return down })
	g.Store = st
	opt.Stdin = strings.NewReader(jsonl("a", "b", "c", "d", "e", "f", "g", "h"))
	if err := g.Run(context.Background(), []string{"-"}, opt, &pipeline.Counts{}); !errors.Is(err, down) {
		t.Errorf("Run returned %v, want the store's error", err)
	}
}
