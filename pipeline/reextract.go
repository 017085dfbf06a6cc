package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
)

// DefaultReextractBatch is the number of articles Reextractor reads again
// and replaces in one transaction.
const DefaultReextractBatch = 200

// Reextractor reads stored articles again with the current extractor and
// replaces their statements (`claimtrail reextract`), so that an upgrade
// leaves no stale readings. It takes the articles whose recorded
// extractor version differs from the current one in id order, a batch at
// a time, extracts each batch on the worker pool ingest uses, and
// replaces the batch's statements in one transaction. A run that stops —
// Ctrl-C, a crash, kill -9 — loses at most the batch in hand: the
// articles replaced carry the current version, so a rerun takes up the
// rest. Article ids stay; statement ids change.
type Reextractor struct {
	Store     claimtrail.Reextracter
	Extractor *extract.Extractor
	// ExtractorVersion is recorded with the new statements, and articles
	// stored with another are stale (default ExtractorVersion(Extractor)).
	ExtractorVersion string
	// Workers extract in parallel; default one per core.
	Workers int
	// Batch bounds the articles of one transaction; default
	// DefaultReextractBatch.
	Batch int
	// Log receives one line per article that failed; nil discards them.
	Log func(string)
}

// ReextractCounts are the figures of one run. They are atomic: a progress
// display reads them while the run updates them.
type ReextractCounts struct {
	Stale      atomic.Int64 // articles to read again when the run started
	Done       atomic.Int64 // articles read again and stored
	Bytes      atomic.Int64 // their text
	Statements atomic.Int64 // their new statements
	Failed     atomic.Int64 // articles whose statements the store refused
}

// Run reads every stale article again, updating c as it goes. When ctx
// ends, the batch in hand is still extracted and stored, then Run returns
// ctx's error. A batch the store refuses as invalid is stored article by
// article, so that only the bad article fails (counted, logged, and left
// stale); any other storage error ends the run.
func (r *Reextractor) Run(ctx context.Context, c *ReextractCounts) error {
	version := r.ExtractorVersion
	if version == "" {
		version = ExtractorVersion(r.Extractor)
	}
	log := r.Log
	if log == nil {
		log = func(string) {}
	}
	n, err := r.Store.CountStale(ctx, version)
	if err != nil {
		return err
	}
	c.Stale.Store(int64(n))
	workers := cmp.Or(r.Workers, runtime.GOMAXPROCS(0))
	p := &pool{x: r.Extractor, workers: workers, queueBytes: DefaultQueueBytes, finish: true}
	var after int64
	for ctx.Err() == nil {
		arts, err := r.Store.StaleArticles(ctx, version, after, cmp.Or(r.Batch, DefaultReextractBatch))
		if err != nil || len(arts) == 0 {
			return err
		}
		in, err := reextractBatch(ctx, p, arts, version)
		if err != nil {
			return err
		}
		if err := r.replace(context.WithoutCancel(ctx), in, c, log); err != nil {
			return err
		}
		after = arts[len(arts)-1].ID
	}
	return ctx.Err()
}

// reextractBatch extracts the documents of arts on p, in order. When ctx
// ends, it returns the articles extracted so far.
func reextractBatch(ctx context.Context, p *pool, arts []*claimtrail.Article, version string) ([]claimtrail.Reextracted, error) {
	in := make([]claimtrail.Reextracted, 0, len(arts))
	read := func(ctx context.Context, fn func(*claimtrail.Document) error) error {
		for _, a := range arts {
			d := a.Document
			d.Origin = a.Key
			if err := fn(&d); err != nil {
				return err
			}
		}
		return nil
	}
	err := p.run(ctx, read, func(j *job) error {
		in = append(in, claimtrail.Reextracted{Article: arts[len(in)], ExtractorVersion: version, Statements: j.sts})
		return nil
	})
	if err != nil && !errors.Is(err, context.Canceled) {
		return nil, err
	}
	return in, nil
}

// replace stores one batch, or article by article when the store finds
// one invalid.
func (r *Reextractor) replace(ctx context.Context, in []claimtrail.Reextracted, c *ReextractCounts, log func(string)) error {
	count := func(in []claimtrail.Reextracted) {
		for i := range in {
			c.Done.Add(1)
			c.Bytes.Add(int64(len(in[i].Article.Text)))
			c.Statements.Add(int64(len(in[i].Statements)))
		}
	}
	err := r.Store.ReplaceStatements(ctx, in)
	switch {
	case err == nil:
		count(in)
		return nil
	case claimtrail.ErrorCode(err) != claimtrail.EINVALID:
		return fmt.Errorf("store batch: %w", err)
	}
	for i := range in {
		one := in[i : i+1]
		if err := r.Store.ReplaceStatements(ctx, one); err != nil {
			c.Failed.Add(1)
			log(fmt.Sprintf("error: article %d (%s): %s", in[i].Article.ID, in[i].Article.Key, claimtrail.ErrorMessage(err)))
			continue
		}
		count(one)
	}
	return nil
}
