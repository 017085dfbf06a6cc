// Package pipeline runs the stages over inputs: Ingester reads,
// extracts, hashes and stores articles; ExtractOrdered extracts documents
// on every core and hands their statements back in reading order. Both
// hold a bounded amount of text in memory whatever the inputs' sizes.
// cmd/claimtrail and the web upload wire it to a store.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"golang.org/x/sync/semaphore"
)

// Counts are the figures of one ingest run. They are atomic: a progress
// display reads them while the run updates them.
type Counts struct {
	Read, Bytes                  atomic.Int64 // documents and bytes of text read
	Created, Versions, Unchanged atomic.Int64 // articles stored new, as new versions, or already stored
	Statements                   atomic.Int64 // statements of the articles stored
	Skipped, Failed              atomic.Int64 // inputs skipped (not articles) and failed
}

// Articles counts the articles stored or found stored.
func (c *Counts) Articles() int64 { return c.Created.Load() + c.Versions.Load() + c.Unchanged.Load() }

// Ingester reads articles, extracts their statements and stores them.
type Ingester struct {
	Store     claimtrail.Store
	Extractor *extract.Extractor
	// Workers extract in parallel; default one per core.
	Workers int
	// Batch bounds the articles of one transaction; default 1000.
	Batch int
	// Log receives one line per failed input, failed article and
	// warning; nil discards them.
	Log func(string)
}

// extractGroup and extractGroupBytes bound the waiting documents a worker
// extracts together (extract.Extractor.ExtractBatch).
const (
	extractGroup      = 32
	extractGroupBytes = 256 << 10
)

// Bytes of document text held in memory, whatever the documents' sizes
// (up to --max-bytes each): queueBytes bounds what is read but not yet
// extracted (a document over the bound passes alone), batchBytes a
// transaction's batch, which is committed early when its texts reach it.
// Variables so that tests can make them small.
var (
	queueBytes int64 = 16 << 20
	batchBytes       = 64 << 20
)

// takeWaiting appends to group whatever else is waiting on ch, without
// waiting for more, until the group holds extractGroup items or
// extractGroupBytes of text (size says how much an item holds; the group
// holds size0 already). ExtractBatch reads a group faster than one
// document at a time; the byte bound keeps one worker from taking the
// whole read-ahead while another idles.
func takeWaiting[T any](group []T, size0 int, ch <-chan T, size func(T) int) []T {
	for n := size0; len(group) < extractGroup && n < extractGroupBytes; {
		select {
		case v, ok := <-ch:
			if !ok {
				return group
			}
			group = append(group, v)
			n += size(v)
		default:
			return group
		}
	}
	return group
}

// item is one document on its way from the workers to the writer.
type item struct {
	in        claimtrail.ArticleInput
	unchanged bool
}

// Run ingests inputs (files, folders, - for opt.Stdin, URLs), updating
// c as it goes. Extraction runs on the workers; one committer writes
// batches, so the store sees one writer. An interrupted run (ctx done)
// stops reading, and what was read is extracted and committed: a rerun
// skips what is stored before extracting it.
func (g *Ingester) Run(ctx context.Context, inputs []string, opt ingest.Options, c *Counts) error {
	st, x, workers, batch, log := g.Store, g.Extractor, g.Workers, g.Batch, g.Log
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if batch <= 0 {
		batch = 1000
	}
	if log == nil {
		log = func(string) {}
	}
	docs := make(chan *claimtrail.Document, workers*extractGroup)
	items := make(chan item, workers*4)
	queued := semaphore.NewWeighted(queueBytes)
	weight := func(d *claimtrail.Document) int64 { return min(int64(len(d.Text)), queueBytes) }
	var readErr error
	go func() {
		defer close(docs)
		readErr = ingest.Read(ctx, inputs, opt, ingest.Handler{
			Doc: func(d *claimtrail.Document) error {
				if err := queued.Acquire(ctx, weight(d)); err != nil {
					return err
				}
				select {
				case docs <- d:
					return nil
				case <-ctx.Done():
					queued.Release(weight(d))
					return ctx.Err()
				}
			},
			Fail: func(e *ingest.Error) { c.Failed.Add(1); log("error: " + e.Error()) },
			Warn: func(e *ingest.Warning) { log("warning: " + e.Error()) },
			Skip: func(s *ingest.Skip) { c.Skipped.Add(1) },
		})
	}()
	// An empty store holds nothing to skip: a first ingest does not ask
	// about every document (PutArticles still folds repeats within the run).
	stored := true
	if as, _, err := st.FindArticles(ctx, claimtrail.ArticleFilter{Limit: 1}); err == nil && len(as) == 0 {
		stored = false
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var group []*claimtrail.Document
			var hashes []string
			for d := range docs {
				group = takeWaiting(append(group[:0], d), len(d.Text), docs, func(d *claimtrail.Document) int { return len(d.Text) })
				// the weight to release is the group's as acquired: count it
				// before todo, which shares group's storage, overwrites it
				var n int64
				for _, d := range group {
					n += weight(d)
				}
				todo := group[:0]
				hashes = hashes[:0]
				for _, d := range group {
					c.Read.Add(1)
					c.Bytes.Add(int64(len(d.Text)))
					h := claimtrail.ArticleHash(d)
					// a rerun skips what is stored before paying for extraction
					if stored {
						if ok, err := st.HasArticle(ctx, claimtrail.ArticleKey(d), h); err == nil && ok {
							items <- item{unchanged: true}
							continue
						}
					}
					todo = append(todo, d)
					hashes = append(hashes, h)
				}
				for i, sts := range x.ExtractBatch(todo) {
					items <- item{in: claimtrail.ArticleInput{Doc: todo[i], Hash: hashes[i], Statements: sts}}
				}
				queued.Release(n)
			}
		}()
	}
	go func() { wg.Wait(); close(items) }()

	// A committer goroutine writes full batches while this one gathers the
	// next: with the commit on the gathering goroutine, extraction stalled
	// for every batch's write (the item queue holds a handful of
	// articles), and ingest used 1.6 of 2 cores.
	batches := make(chan []claimtrail.ArticleInput, 1)
	var writeErr error
	committed := make(chan struct{})
	go func() {
		defer close(committed)
		for pending := range batches {
			if writeErr != nil {
				continue // drain: the store failed, the rest is not written
			}
			// committed work must land even when interrupted: write with a
			// context that outlives Ctrl-C
			wctx := context.WithoutCancel(ctx)
			res, err := st.PutArticles(wctx, pending)
			if err != nil && claimtrail.ErrorCode(err) == claimtrail.EINVALID {
				// one bad document fails its batch: store the others one by one
				for _, in := range pending {
					r, err := st.PutArticles(wctx, []claimtrail.ArticleInput{in})
					if err != nil {
						c.Failed.Add(1)
						log(fmt.Sprintf("error: %s: %s", in.Doc.Origin, claimtrail.ErrorMessage(err)))
						continue
					}
					count(c, r, []claimtrail.ArticleInput{in})
				}
			} else if err != nil {
				writeErr = fmt.Errorf("store batch: %w", err)
			} else {
				count(c, res, pending)
			}
		}
	}()
	var pending []claimtrail.ArticleInput
	size := 0
	for it := range items {
		if it.unchanged {
			c.Unchanged.Add(1)
			continue
		}
		pending = append(pending, it.in)
		size += len(it.in.Doc.Text)
		if len(pending) >= batch || size >= batchBytes {
			batches <- pending
			pending = make([]claimtrail.ArticleInput, 0, batch)
			size = 0
		}
	}
	if len(pending) > 0 {
		batches <- pending
	}
	close(batches)
	<-committed
	if writeErr != nil {
		return writeErr
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return readErr
	}
	return ctx.Err()
}

func count(c *Counts, res []claimtrail.PutResult, in []claimtrail.ArticleInput) {
	for i, r := range res {
		switch r.Status {
		case claimtrail.PutCreated:
			c.Created.Add(1)
			c.Statements.Add(int64(len(in[i].Statements)))
		case claimtrail.PutVersion:
			c.Versions.Add(1)
			c.Statements.Add(int64(len(in[i].Statements)))
		case claimtrail.PutUnchanged:
			c.Unchanged.Add(1)
		}
	}
}
