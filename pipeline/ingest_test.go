package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

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
