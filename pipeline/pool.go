package pipeline

import (
	"context"
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"golang.org/x/sync/semaphore"
)

// extractGroup and extractGroupBytes bound the waiting documents a worker
// extracts together (extract.Extractor.ExtractBatch).
const (
	extractGroup      = 32
	extractGroupBytes = 256 << 10
)

// DefaultQueueBytes bounds the text read but not yet handed on, whatever
// the documents' sizes (up to ingest.Options.MaxBytes each): reading waits
// while that much is queued, and a document over the bound passes alone.
const DefaultQueueBytes = 16 << 20

// job is one document on its way through a pool.
type job struct {
	doc  *claimtrail.Document
	hash string // ArticleHash of doc, when the run stores it
	// skip: the workers do not extract it, for it is the writer's own
	// (see pool.own) or, in an ingest, stored already (see pool.prepare)
	skip bool
	sts  []claimtrail.Statement
	done chan struct{} // closed when sts is ready
}

// reader reads documents, calling fn once per document, and stops when fn
// fails or ctx ends.
type reader func(ctx context.Context, fn func(*claimtrail.Document) error) error

// pool extracts documents on worker goroutines, a group at a time
// (ExtractBatch), and hands them to one writer in reading order: the
// output does not depend on the number of workers, and the writer is the
// only goroutine that sees the results.
type pool struct {
	x          *extract.Extractor
	workers    int
	queueBytes int64
	// own reports the documents the workers leave to the writer,
	// unextracted (nil: none).
	own func(*claimtrail.Document) bool
	// prepare runs on a worker before its group is extracted and sets skip
	// on the jobs not to extract (nil: none).
	prepare func(group []*job)
	// finish: when ctx ends, reading stops but what was read is still
	// extracted and written (an ingest commits it); otherwise the workers
	// and the writer stop at once.
	finish bool
}

// weight is the part of the read-ahead bound a document holds: a document
// over the bound holds all of it, and so passes alone.
func (p *pool) weight(d *claimtrail.Document) int64 {
	return min(int64(len(d.Text)), p.queueBytes)
}

// run reads documents, extracts them on the workers, and calls write with
// each in reading order. A failed write stops reading and extracting; run
// returns write's first error, else read's.
func (p *pool) run(ctx context.Context, read reader, write func(*job) error) error {
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	workCtx := ctx
	if p.finish {
		workCtx = context.WithoutCancel(ctx)
	}
	workCtx, stopWork := context.WithCancel(workCtx)
	defer stopWork()
	workers := max(p.workers, 1)
	queued := semaphore.NewWeighted(p.queueBytes)
	work := make(chan *job, workers*extractGroup)
	order := make(chan *job, 2*workers*extractGroup)
	var readErr error
	go func() {
		defer close(order)
		defer close(work)
		readErr = read(readCtx, func(d *claimtrail.Document) error {
			return p.queue(readCtx, queued, d, work, order)
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() { p.extract(workCtx, work) })
	}
	var writeErr error
	for j := range order {
		<-j.done
		if writeErr == nil && workCtx.Err() == nil {
			if writeErr = write(j); writeErr != nil {
				stopReading() // and drain what is queued
				stopWork()
			}
		}
		j.sts = nil
		queued.Release(p.weight(j.doc))
	}
	wg.Wait()
	if writeErr != nil {
		return writeErr
	}
	return readErr
}

// queue waits for room in the read-ahead bound, then queues d for the
// workers (unless it is the writer's own) and for the writer.
func (p *pool) queue(ctx context.Context, queued *semaphore.Weighted, d *claimtrail.Document, work, order chan<- *job) error {
	if err := queued.Acquire(ctx, p.weight(d)); err != nil {
		return err
	}
	j := &job{doc: d, done: make(chan struct{})}
	if p.own != nil && p.own(d) {
		j.skip = true
		close(j.done)
	} else {
		select {
		case work <- j:
		case <-ctx.Done():
			queued.Release(p.weight(d))
			return ctx.Err()
		}
	}
	select {
	case order <- j:
		return nil
	case <-ctx.Done():
		return ctx.Err() // the run is over: nobody waits for the weight
	}
}

// extract is one worker: it takes the jobs waiting, prepares and
// extracts them as one group, and marks them done.
func (p *pool) extract(ctx context.Context, work <-chan *job) {
	var group, todo []*job
	var docs []*claimtrail.Document
	for j := range work {
		group = takeWaiting(append(group[:0], j), len(j.doc.Text), work)
		if ctx.Err() == nil {
			if p.prepare != nil {
				p.prepare(group)
			}
			todo, docs = todo[:0], docs[:0]
			for _, j := range group {
				if !j.skip {
					todo = append(todo, j)
					docs = append(docs, j.doc)
				}
			}
			for i, sts := range p.x.ExtractBatch(docs) {
				todo[i].sts = sts
			}
		}
		for _, j := range group {
			close(j.done)
		}
	}
}

// takeWaiting appends to group whatever else is waiting on work, without
// waiting for more, until the group holds extractGroup jobs or
// extractGroupBytes of text (it holds size0 already). ExtractBatch reads
// a group faster than one document at a time; the byte bound keeps one
// worker from taking the whole read-ahead while another idles.
func takeWaiting(group []*job, size0 int, work <-chan *job) []*job {
	for n := size0; len(group) < extractGroup && n < extractGroupBytes; {
		select {
		case j, ok := <-work:
			if !ok {
				return group
			}
			group = append(group, j)
			n += len(j.doc.Text)
		default:
			return group
		}
	}
	return group
}
