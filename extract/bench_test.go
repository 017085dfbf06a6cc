package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
)

// bbcDocs reads up to n articles of the BBC corpus, skipping the benchmark
// when ../shared is absent.
func bbcDocs(tb testing.TB, n int) []claimtrail.Document {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "bbc", "*", "*.txt"))
	if len(files) == 0 {
		tb.Skip("../shared/data/bbc not found: the BBC corpus is needed for this benchmark")
	}
	var docs []claimtrail.Document
	for _, f := range files {
		if len(docs) == n {
			break
		}
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, claimtrail.Document{ID: f, Text: string(b)})
	}
	return docs
}

// BenchmarkExtractBBC measures whole extraction on BBC articles; the
// nodates variant measures it without time expressions and said_on, so
// the difference is what dating costs. The batch variants measure
// ExtractBatch whole, without the attribution tagger (so without
// statements), and without any learned tagger: the differences are what
// the taggers cost, the last what the rest of the pipeline does.
func BenchmarkExtractBBC(b *testing.B) {
	for _, c := range []struct {
		name string
		opt  extract.Options
	}{{"dated", extract.Options{}}, {"nodates", extract.Options{NoDates: true}}} {
		b.Run(c.name, func(b *testing.B) { benchBBC(b, c.opt) })
	}
	for _, c := range []struct {
		name    string
		omitted int
	}{{"batch", 0}, {"batch-no-attribution", 1}, {"batch-no-taggers", 2}} {
		b.Run(c.name, func(b *testing.B) { benchBBCBatch(b, c.omitted) })
	}
}

// benchBBCBatch measures ExtractBatch, as claimtrail ingest reads, with
// the taggers NewOmitting leaves out.
func benchBBCBatch(b *testing.B, omitted int) {
	docs := bbcDocs(b, 300)
	x, err := extract.NewOmitting(extract.Options{}, omitted)
	if err != nil {
		b.Fatal(err)
	}
	ptrs := make([]*claimtrail.Document, len(docs))
	var size int64
	for i := range docs {
		ptrs[i] = &docs[i]
		size += int64(len(docs[i].Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		x.ExtractBatch(ptrs)
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func benchBBC(b *testing.B, opt extract.Options) {
	docs := bbcDocs(b, 300)
	x, err := extract.New(opt)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i := range docs {
			x.Extract(&docs[i])
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
