package pipeline

import (
	"cmp"
	"context"
	"fmt"

	"github.com/claimtrail/claimtrail"
)

// committer gathers an ingest's extracted articles into batches and
// writes each in one transaction on a goroutine of its own while the next
// is gathered: with the commit on the gathering goroutine, extraction
// stalled for every batch's write, and ingest used 1.6 of 2 cores. Three
// batches are in memory at most: one being written, one queued, one
// being gathered.
type committer struct {
	store claimtrail.Store
	ctx   context.Context // outlives the run's: committed work lands when interrupted
	c     *Counts
	log   func(string)

	version    string // the extractor's, recorded with each article
	batch      int
	batchBytes int64
	pending    []claimtrail.ArticleInput
	size       int64

	batches chan []claimtrail.ArticleInput
	failed  chan struct{} // closed when a batch failed to store, err set
	err     error
	done    chan struct{} // closed when every batch is written
}

func (g *Ingester) startCommitter(ctx context.Context, c *Counts, log func(string)) *committer {
	version := g.ExtractorVersion
	if version == "" {
		version = ExtractorVersion(g.Extractor)
	}
	k := &committer{store: g.Store, ctx: context.WithoutCancel(ctx), c: c, log: log, version: version,
		batch: cmp.Or(g.Batch, 1000), batchBytes: cmp.Or(g.BatchBytes, DefaultBatchBytes),
		batches: make(chan []claimtrail.ArticleInput, 1), failed: make(chan struct{}), done: make(chan struct{})}
	go k.loop()
	return k
}

// add gathers one extracted document (the pool's write, in reading
// order). Once a batch has failed to store it returns that error, which
// ends the run.
func (k *committer) add(j *job) error {
	if j.skip {
		k.c.Unchanged.Add(1)
		return nil
	}
	k.pending = append(k.pending, claimtrail.ArticleInput{Doc: j.doc, Hash: j.hash, Statements: j.sts, ExtractorVersion: k.version})
	k.size += int64(len(j.doc.Text))
	if len(k.pending) >= k.batch || k.size >= k.batchBytes {
		return k.flush()
	}
	return nil
}

// flush queues the batch gathered for writing.
func (k *committer) flush() error {
	select {
	case <-k.failed:
		return k.err
	default:
	}
	if len(k.pending) > 0 {
		k.batches <- k.pending
		k.pending, k.size = make([]claimtrail.ArticleInput, 0, k.batch), 0
	}
	return nil
}

// close writes what is gathered, waits for every batch to be written
// and returns the store's error.
func (k *committer) close() error {
	k.flush()
	close(k.batches)
	<-k.done
	return k.err
}

func (k *committer) loop() {
	defer close(k.done)
	for pending := range k.batches {
		if k.err != nil {
			continue // drain: the store failed, the rest is not written
		}
		if err := k.write(pending); err != nil {
			k.err = err
			close(k.failed)
		}
	}
}

// write stores one batch. A batch that fails on one invalid document is
// stored one by one, so that only that document fails.
func (k *committer) write(pending []claimtrail.ArticleInput) error {
	res, err := k.store.PutArticles(k.ctx, pending)
	switch {
	case err == nil:
		k.count(res, pending)
		return nil
	case claimtrail.ErrorCode(err) != claimtrail.EINVALID:
		return fmt.Errorf("store batch: %w", err)
	}
	for _, in := range pending {
		one := []claimtrail.ArticleInput{in}
		res, err := k.store.PutArticles(k.ctx, one)
		if err != nil {
			k.c.Failed.Add(1)
			k.log(fmt.Sprintf("error: %s: %s", in.Doc.Origin, claimtrail.ErrorMessage(err)))
			continue
		}
		k.count(res, one)
	}
	return nil
}

// count adds what storing in did to the counts.
func (k *committer) count(res []claimtrail.PutResult, in []claimtrail.ArticleInput) {
	for i, r := range res {
		switch r.Status {
		case claimtrail.PutCreated:
			k.c.Created.Add(1)
			k.countStatements(in[i].Statements, in[i].Doc.HasPublished())
		case claimtrail.PutVersion:
			k.c.Versions.Add(1)
			k.countStatements(in[i].Statements, in[i].Doc.HasPublished())
		case claimtrail.PutUnchanged:
			k.c.Unchanged.Add(1)
		}
	}
}

// countStatements counts the statements of an article stored, and how
// they are dated: a statement the text does not date is dated by its
// article's publication date when the article has one (a trace orders it
// so), and not at all otherwise.
func (k *committer) countStatements(sts []claimtrail.Statement, published bool) {
	k.c.Statements.Add(int64(len(sts)))
	for i := range sts {
		switch {
		case sts[i].SaidOn == nil && !published:
			k.c.Undated.Add(1)
		case sts[i].SaidOn == nil, sts[i].SaidOn.Basis == claimtrail.BasisPublished:
			k.c.PublicationDated.Add(1)
		}
	}
}
