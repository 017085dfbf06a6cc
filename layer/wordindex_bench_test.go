package layer

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkMarkWords measures markWords on BBC articles with the word
// table's filter ("filtered") and with a filter that lets every word
// through to the map ("map", what markWords did before the filter).
func BenchmarkMarkWords(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "bbc", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("../shared/data/bbc not found: the BBC corpus is needed for this benchmark")
	}
	lb, err := New("en", Options{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*Doc
	for _, f := range files[:min(len(files), 300)] {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := *lb.Build(string(text), time.Time{})
		d.Toks = append(d.Toks[:0:0], d.Toks...)
		docs = append(docs, &d)
	}
	open := &wordIndex{entries: lb.words.entries}
	for i := range open.keys {
		open.keys[i] = ^uint64(0)
	}
	for _, c := range []struct {
		name  string
		words *wordIndex
	}{{"filtered", lb.words}, {"map", open}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, d := range docs {
					d.markWords(c.words, lb.lx)
				}
			}
		})
	}
}
