package pipeline

import (
	"context"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
)

// ExtractOrdered extracts the documents read on workers goroutines and
// hands each document's statements to write in reading order, so the
// output is the same as one goroutine's. read calls its fn once per
// document and must stop when fn fails or ctx ends.
//
// Documents longer than one extraction window, and every document when
// own reports so, are not extracted by the workers but given to write
// with nil statements and own set in their turn, for write to stream them
// (Extractor.Each) with flat memory; own may be nil. Text waiting in memory is bounded by
// DefaultQueueBytes. When ctx ends or write fails, the run stops at once.
func ExtractOrdered(ctx context.Context, x *extract.Extractor, workers int,
	read func(ctx context.Context, fn func(*claimtrail.Document) error) error,
	own func(*claimtrail.Document) bool,
	write func(d *claimtrail.Document, sts []claimtrail.Statement, own bool) error) error {
	p := &pool{x: x, workers: workers, queueBytes: DefaultQueueBytes,
		own: func(d *claimtrail.Document) bool { return (own != nil && own(d)) || len(d.Text) > extract.WindowBytes }}
	return p.run(ctx, read, func(j *job) error { return write(j.doc, j.sts, j.skip) })
}
