// Package pipeline runs the stages over inputs: Ingester reads,
// extracts, hashes and stores articles; ExtractOrdered extracts documents
// on every core and hands their statements back in reading order. Both
// run on one worker pool that holds a bounded amount of text in memory
// whatever the inputs' sizes. cmd/claimtrail wires it to a store, for the
// ingest command and for uploads to the web server.
package pipeline

import (
	"cmp"
	"context"
	"errors"
	"runtime"
	"sync/atomic"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
)

// Counts are the figures of one ingest run. They are atomic: a progress
// display reads them while the run updates them.
type Counts struct {
	Read, Bytes                  atomic.Int64 // documents and bytes of text read
	Created, Versions, Unchanged atomic.Int64 // articles stored new, as new versions, or already stored
	Statements                   atomic.Int64 // statements of the articles stored
	// Undated and PublicationDated count the statements stored with no date
	// at all (neither the text's nor the article's), and dated only by their
	// article's publication date (BasisPublished, or no date of the text's).
	Undated, PublicationDated atomic.Int64
	Skipped, Failed           atomic.Int64 // inputs skipped (not articles), inputs and articles failed
}

// Articles counts the articles stored or found stored.
func (c *Counts) Articles() int64 { return c.Created.Load() + c.Versions.Load() + c.Unchanged.Load() }

// DefaultBatchBytes bounds the texts of one batch: a batch is committed
// early once they reach it, though it holds fewer articles than Batch.
const DefaultBatchBytes = 64 << 20

// Ingester reads articles, extracts their statements and stores them.
// Articles are keyed by claimtrail.ArticleKey and ArticleHash: an article
// stored already is skipped before extraction.
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
	// QueueBytes bounds the text read but not yet gathered into a batch
	// (default DefaultQueueBytes), BatchBytes the texts of one batch
	// (default DefaultBatchBytes).
	QueueBytes, BatchBytes int64
	// ExtractorVersion is recorded with each article stored (default
	// ExtractorVersion(Extractor)); tests set it to fake an older one.
	ExtractorVersion string
}

// Run ingests inputs (files, folders, - for opt.Stdin, URLs), updating c
// as it goes. Documents are extracted on the workers and gathered into
// batches that one committer writes, each in one transaction, while the
// next is gathered: the store sees one writer. When ctx ends, reading
// stops and what was read is still extracted and committed, so a rerun
// resumes. A failed input or article is counted in c.Failed and logged;
// Run returns an error only for storage, reading, or ctx's end.
func (g *Ingester) Run(ctx context.Context, inputs []string, opt ingest.Options, c *Counts) error {
	log := g.Log
	if log == nil {
		log = func(string) {}
	}
	workers := g.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	p := &pool{x: g.Extractor, workers: workers,
		queueBytes: cmp.Or(g.QueueBytes, DefaultQueueBytes), finish: true, prepare: g.prepare(ctx, c)}
	read := func(ctx context.Context, fn func(*claimtrail.Document) error) error {
		return ingest.Read(ctx, inputs, opt, ingest.Handler{
			Doc:  fn,
			Fail: func(e *ingest.Error) { c.Failed.Add(1); log("error: " + e.Error()) },
			Warn: func(e *ingest.Warning) { log("warning: " + e.Error()) },
			Skip: func(s *ingest.Skip) {
				c.Skipped.Add(1)
				if s.Reason == ingest.SkipNotArticle { // one a folder: named, for the user may disagree
					log("skipped: " + s.Input + ": " + s.Detail)
				}
			},
		})
	}
	k := g.startCommitter(ctx, c, log)
	err := p.run(ctx, read, k.add)
	if err := k.close(); err != nil {
		return err
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return ctx.Err()
}

// prepare returns the pool's prepare: it counts and hashes a worker's
// group and marks the articles stored already, so that a rerun skips
// them before paying for extraction. A store that is empty when the run
// starts is not asked (the committer's PutArticles still folds repeats
// within the run).
func (g *Ingester) prepare(ctx context.Context, c *Counts) func(group []*job) {
	stored := true
	if as, _, err := g.Store.FindArticles(ctx, claimtrail.ArticleFilter{Limit: 1}); err == nil && len(as) == 0 {
		stored = false
	}
	ctx = context.WithoutCancel(ctx) // what was read is extracted after ctx's end: skip it then too
	return func(group []*job) {
		for _, j := range group {
			c.Read.Add(1)
			c.Bytes.Add(int64(len(j.doc.Text)))
			j.hash = claimtrail.ArticleHash(j.doc)
			if stored {
				ok, err := g.Store.HasArticle(ctx, claimtrail.ArticleKey(j.doc), j.hash)
				j.skip = err == nil && ok
			}
		}
	}
}
