package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/pipeline"
)

// invented text
const para = "The harbour master, Ivo Marsh, said the ferry licence was never sold. "

func newExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// docs returns n documents of different lengths; every long-th is longer
// than one extraction window.
func docs(n, long int) []*claimtrail.Document {
	var ds []*claimtrail.Document
	for i := range n {
		reps := 1 + i%7*10
		if long > 0 && i%long == long-1 {
			reps = extract.WindowBytes/len(para) + 10
		}
		ds = append(ds, &claimtrail.Document{ID: fmt.Sprintf("d%02d", i), Text: strings.Repeat(para, reps)})
	}
	return ds
}

func readAll(ds []*claimtrail.Document) func(context.Context, func(*claimtrail.Document) error) error {
	return func(ctx context.Context, fn func(*claimtrail.Document) error) error {
		for _, d := range ds {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	}
}

// TestExtractOrdered checks that the documents reach write in reading
// order with the statements Extract gives, whatever the workers; that a
// document over one window, and one own reports, reach it unextracted
// with own set; and that a failed write ends the run with its error.
func TestExtractOrdered(t *testing.T) {
	x := newExtractor(t)
	ds := docs(40, 13)
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			var got []string
			own := func(d *claimtrail.Document) bool { return d.ID == "d05" }
			err := pipeline.ExtractOrdered(context.Background(), x, workers, readAll(ds), own,
				func(d *claimtrail.Document, sts []claimtrail.Statement, own bool) error {
					wantOwn := d.ID == "d05" || len(d.Text) > extract.WindowBytes
					if own != wantOwn || (own && sts != nil) {
						t.Errorf("%s: own %v with %d statements, want own %v", d.ID, own, len(sts), wantOwn)
					}
					if !own && len(sts) != len(x.Extract(d)) {
						t.Errorf("%s: %d statements, Extract gives %d", d.ID, len(sts), len(x.Extract(d)))
					}
					got = append(got, d.ID)
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(ds) {
				t.Fatalf("%d documents written, want %d", len(got), len(ds))
			}
			for i, id := range got {
				if id != ds[i].ID {
					t.Fatalf("document %d is %s, want %s: out of order", i, id, ds[i].ID)
				}
			}
		})
	}
	t.Run("write fails", func(t *testing.T) {
		boom := errors.New("disk full")
		n := 0
		err := pipeline.ExtractOrdered(context.Background(), x, 2, readAll(docs(200, 0)), nil,
			func(*claimtrail.Document, []claimtrail.Statement, bool) error {
				n++
				if n == 3 {
					return boom
				}
				return nil
			})
		if !errors.Is(err, boom) || n != 3 {
			t.Errorf("error %v after %d writes, want %v after 3", err, n, boom)
		}
	})
}
