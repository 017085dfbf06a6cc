package trace_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/trace"
)

// hugeSentences are the sentences a 20 MB synthetic document repeats:
// every one of them is about "the deal", so a trace of "the deal was
// done" matches a statement in each, and its cost must still be bounded.
var hugeSentences = []string{
	"the deal was done on Friday",
	"the deal was not done yet",
	"the merger deal was signed",
	"talks on the deal had stalled",
}

// BenchmarkTraceHugeDocument traces "the deal was done" over a store
// holding one generated 20 MB document with 50,000 statements about it
// (issue 16 item 2: the cost must not grow with the matches) and reports
// the time and the heap a trace takes.
func BenchmarkTraceHugeDocument(b *testing.B) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "huge.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	d := &claimtrail.Document{ID: "huge", Title: "The deal", Published: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}
	var text strings.Builder
	var sts []claimtrail.Statement
	for i := 0; text.Len() < 20<<20; i++ {
		content := hugeSentences[i%len(hugeSentences)]
		if i%10 != 0 {
			fmt.Fprintf(&text, "Paragraph %d went on about other things entirely. ", i)
			continue
		}
		start := text.Len()
		text.WriteString("Officials said " + content + ". ")
		cs := start + len("Officials said ")
		sts = append(sts, claimtrail.Statement{Doc: d.ID, N: len(sts) + 1,
			Speaker: claimtrail.Speaker{Name: "Officials", Mention: "Officials", Span: &claimtrail.Span{Start: start, End: start + 9}, Type: claimtrail.SpeakerPerson},
			Cue:     claimtrail.Cue{Text: "said", Span: claimtrail.Span{Start: start + 10, End: start + 14}, Lemma: "say"},
			Content: claimtrail.Content{Text: content, Spans: []claimtrail.Span{{Start: cs, End: cs + len(content)}}},
			Form:    claimtrail.FormIndirect, Polarity: claimtrail.Affirm,
			Channel: claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
			Span:    claimtrail.Span{Start: start, End: cs + len(content)}})
	}
	d.Text = text.String()
	if _, err := st.PutArticles(ctx, []claimtrail.ArticleInput{{Doc: d, Hash: claimtrail.ArticleHash(d), Statements: sts}}); err != nil {
		b.Fatal(err)
	}
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	start := time.Now()
	n := 0
	for b.Loop() {
		t, err := tr.Trace(ctx, "the deal was done", claimtrail.TraceOptions{})
		if err != nil {
			b.Fatal(err)
		}
		n++
		if len(t.Statements) == 0 {
			b.Fatal("no statement traced")
		}
	}
	runtime.ReadMemStats(&after)
	per := time.Since(start) / time.Duration(n)
	b.ReportMetric(float64(per.Milliseconds()), "ms/trace")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n)/(1<<20), "MB-alloc/trace")
	fmt.Fprintf(os.Stderr, "20 MB document, %d statements: %s per trace, %.0f MB allocated per trace, heap high %.0f MB\n",
		len(sts), per.Round(time.Millisecond), float64(after.TotalAlloc-before.TotalAlloc)/float64(n)/(1<<20), float64(after.HeapSys)/(1<<20))
}
