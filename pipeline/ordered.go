package pipeline

import (
	"context"
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"golang.org/x/sync/semaphore"
)

// orderedJob is one document on its way through ExtractOrdered.
type orderedJob struct {
	d    *claimtrail.Document
	sts  []claimtrail.Statement
	own  bool          // the writer handles it itself (see ExtractOrdered)
	done chan struct{} // closed when sts is ready
}

// ExtractOrdered extracts the documents read (read calls its fn once per
// document) on workers goroutines and hands each document's statements to
// write in reading order, so the output is the same as one goroutine's.
// Documents longer than one extraction window, and every document when
// own reports so, are not extracted by the workers but given to write with
// nil statements in their turn, for write to stream them (Extractor.Each)
// with flat memory. Text waiting in memory is bounded by queueBytes.
func ExtractOrdered(ctx context.Context, x *extract.Extractor, workers int,
	read func(fn func(*claimtrail.Document) error) error,
	own func(*claimtrail.Document) bool,
	write func(d *claimtrail.Document, sts []claimtrail.Statement, own bool) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if workers < 1 {
		workers = 1
	}
	queued := semaphore.NewWeighted(queueBytes)
	weight := func(d *claimtrail.Document) int64 { return min(int64(len(d.Text)), queueBytes) }
	work := make(chan *orderedJob, workers*extractGroup)
	order := make(chan *orderedJob, 2*workers*extractGroup)
	var readErr error
	go func() {
		defer close(order)
		defer close(work)
		readErr = read(func(d *claimtrail.Document) error {
			if err := queued.Acquire(ctx, weight(d)); err != nil {
				return err
			}
			j := &orderedJob{d: d, own: own(d) || len(d.Text) > extract.WindowBytes, done: make(chan struct{})}
			if j.own {
				close(j.done)
			} else {
				select {
				case work <- j:
				case <-ctx.Done():
					queued.Release(weight(d))
					return ctx.Err()
				}
			}
			select {
			case order <- j:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var group []*orderedJob
			var docs []*claimtrail.Document
			for j := range work {
				group = takeWaiting(append(group[:0], j), len(j.d.Text), work, func(j *orderedJob) int { return len(j.d.Text) })
				docs = docs[:0]
				for _, j := range group {
					docs = append(docs, j.d)
				}
				if ctx.Err() == nil {
					for i, sts := range x.ExtractBatch(docs) {
						group[i].sts = sts
					}
				}
				for _, j := range group {
					close(j.done)
				}
			}
		}()
	}
	var writeErr error
	for j := range order {
		<-j.done
		if writeErr == nil && ctx.Err() == nil {
			writeErr = write(j.d, j.sts, j.own)
			if writeErr != nil {
				cancel() // stop reading and extracting; drain what is queued
			}
		}
		j.sts = nil
		queued.Release(weight(j.d))
	}
	wg.Wait()
	if writeErr != nil {
		return writeErr
	}
	return readErr
}
