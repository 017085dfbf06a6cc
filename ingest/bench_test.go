package ingest_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/ingest"
)

// syntheticPage is a fictional news page of about the size of a real one:
// navigation, an article of n paragraphs, related links, a footer, scripts.
func syntheticPage(seed, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council report %d | The Synthetic Herald</title>
<meta property="og:site_name" content="The Synthetic Herald"><meta name="author" content="Reporter %d">
<meta property="article:published_time" content="2026-06-%02dT08:00:00Z"><link rel="canonical" href="https://herald.example/news/%d">
<script>var cfg = {a: 1, b: [1,2,3]};</script><style>body{font:16px serif}</style></head><body>
<header><nav><ul>`, seed, seed, seed%28+1, seed)
	for i := range 30 {
		fmt.Fprintf(&b, `<li><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav></header><main><article><h1>Council delays vote on harbour plan</h1>`)
	for i := range n {
		fmt.Fprintf(&b, `<p>Paragraph %d: the council said on Tuesday that it would delay a vote on the harbour plan, and a spokesperson told reporters that “no decision has been taken”, according to minutes seen by the <em>Herald</em>. Officials added that the budget of %d crowns was not final.</p>`, i, 1000*i+seed)
	}
	b.WriteString(`</article><aside><h2>Related</h2><ul>`)
	for i := range 10 {
		fmt.Fprintf(&b, `<li><a href="/news/%d">Related story %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></aside></main><footer><p>© 2026 The Synthetic Herald</p></footer><script>track();</script></body></html>`)
	return b.String()
}

func BenchmarkHTML(b *testing.B) {
	for _, n := range []int{10, 40} {
		pages := make([]string, 16)
		size := 0
		for i := range pages {
			pages[i] = syntheticPage(i, n)
			size += len(pages[i])
		}
		b.Run(fmt.Sprintf("paras=%d/bytes=%d", n, size/len(pages)), func(b *testing.B) {
			b.SetBytes(int64(size / len(pages)))
			b.ReportAllocs()
			start := time.Now()
			docs := 0
			for i := 0; b.Loop(); i++ {
				opt := ingest.Options{Stdin: strings.NewReader(pages[i%len(pages)]), Format: "html", Now: now}
				err := ingest.Read(context.Background(), []string{"-"}, opt, ingest.Handler{
					Doc:  func(d *claimtrail.Document) error { docs++; return nil },
					Fail: func(e *ingest.Error) { b.Fatal(e) },
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(docs)/time.Since(start).Seconds(), "docs/s")
		})
	}
}
