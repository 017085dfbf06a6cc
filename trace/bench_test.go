package trace_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/storetest"
	"github.com/claimtrail/claimtrail/trace"
)

// benchArticles × 8 statements make the benchmark store's million.
const benchArticles = 125_000

// planted are statements about real claims written into one synthetic
// article in every 500, so that traces find work to do.
var planted = []string{
	"Iran has supplied drones to Russia",
	"Tehran shipped unmanned aerial vehicles to Moscow",
	"Iran never sent weapons to Russia",
	"Russia is buying Shahed-136 drones from Iran",
	"China sold weapons to Russia last year",
	"the United States funds Ukraine's army",
	"Israel attacked Iran's nuclear sites",
	"the government raised taxes on fuel",
}

// benchStore opens (building it the first time) a SQLite store of a
// million synthetic statements whose text mixes invented words with the
// English words of the claim-matching tables (countries, organs of
// government, weapons, verbs of giving, attacking, funding …): one word in
// twenty is one of them, in Zipf-like frequencies, so the commonest of
// them (a country, "weapon") is in 2–5 % of statements, as a hot topic is
// in news. (One in six, every claim word in 10 % of statements, is a
// stress test: p95 then rises to about 170 ms.)
// It is kept in $CLAIMTRAIL_BENCH_DB or the temp folder between runs, its
// full-text index merged as claimtrail ingest leaves it (CompactIndex).
func benchStore(b *testing.B) claimtrail.Store {
	path := os.Getenv("CLAIMTRAIL_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), "claimtrail-trace-bench-v2.db")
	}
	ctx := context.Background()
	_, err := os.Stat(path)
	fresh := err != nil
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if !fresh {
		if s, err := st.Stats(ctx); err == nil && s.Statements >= 8*benchArticles {
			compact(b, st) // a store built before ingest compacted
			return st
		}
	}
	b.Logf("building the benchmark store at %s (once)", path)
	start := time.Now()
	g := storetest.NewGenerator(7).WithTopics(topicWords(b), 20)
	const batch = 500
	for i := 0; i < benchArticles; i += batch {
		in := make([]claimtrail.ArticleInput, 0, batch)
		for j := i; j < min(i+batch, benchArticles); j++ {
			a := g.Article(j, 8)
			if j%500 == 0 {
				plant(&a, planted[(j/500)%len(planted)])
			}
			in = append(in, a)
		}
		if _, err := st.PutArticles(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
	compact(b, st)
	b.Logf("built in %s", time.Since(start).Round(time.Second))
	return st
}

// compact merges the store's full-text index as claimtrail ingest does
// at the end of a load (a no-op when it is merged already).
func compact(b *testing.B, st *sqlite.DB) {
	start := time.Now()
	if err := st.CompactIndex(context.Background()); err != nil {
		b.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		b.Logf("compacted the full-text index in %s", d.Round(time.Second))
	}
}

// plant appends a sentence "NAME said CONTENT." to an article and makes
// it the article's last statement.
func plant(a *claimtrail.ArticleInput, content string) {
	d := a.Doc
	name := "Planted Source"
	start := len(d.Text)
	text := d.Text + name + " said " + content + ". "
	cs := start + len(name) + len(" said ")
	d.Text = text
	a.Statements = append(a.Statements, claimtrail.Statement{
		Doc: d.ID, N: len(a.Statements) + 1,
		Speaker:  claimtrail.Speaker{Name: name, Mention: name, Span: &claimtrail.Span{Start: start, End: start + len(name)}, Type: claimtrail.SpeakerPerson},
		Cue:      claimtrail.Cue{Text: "said", Span: claimtrail.Span{Start: start + len(name) + 1, End: start + len(name) + 5}, Lemma: "say"},
		Content:  claimtrail.Content{Text: content, Spans: []claimtrail.Span{{Start: cs, End: cs + len(content)}}},
		Form:     claimtrail.FormIndirect,
		Polarity: claimtrail.Affirm,
		SaidOn:   &claimtrail.TimeRef{Value: d.Published.Format("2006-01-02"), Grain: claimtrail.GrainDay, Basis: claimtrail.BasisContext},
		Channel:  claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
		Span:     claimtrail.Span{Start: start, End: cs + len(content)},
	})
}

// topicWords are the words and phrases of the English matching tables.
func topicWords(tb testing.TB) []string {
	var out []string
	for _, name := range []string{"demonyms", "aliases", "synonyms"} {
		t, err := lang.Load("en", name)
		if err != nil {
			tb.Fatal(err)
		}
		for _, k := range t.Order {
			if name == "synonyms" {
				out = append(out, strings.Split(t.Field(k, 0), "|")...)
			} else {
				out = append(out, k)
			}
		}
	}
	return out
}

// BenchmarkTrace1M traces five claims in turn over a million statements
// and reports latency percentiles (one op is one trace).
func BenchmarkTrace1M(b *testing.B) {
	st := benchStore(b)
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		b.Fatal(err)
	}
	claims := []string{
		"Iran supplies drones to Russia",
		"China sells weapons to Russia",
		"the U.S. funds Ukraine",
		"Israel attacked Iran",
		"the government raised taxes",
	}
	ctx := context.Background()
	// Warm the page cache once, as a running server would be.
	for _, c := range claims {
		if _, err := tr.Trace(ctx, c, claimtrail.TraceOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	var lat []time.Duration
	found := 0
	cpu0 := storetest.CPUTime()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		t0 := time.Now()
		t, err := tr.Trace(ctx, claims[i%len(claims)], claimtrail.TraceOptions{})
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
		found += len(t.Statements)
	}
	// The process's CPU per trace: on a loaded machine the latencies
	// measure the load, this the work (every goroutine's, GC's too).
	cpu := float64((storetest.CPUTime() - cpu0).Microseconds()) / 1000 / float64(len(lat))
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(found)/float64(len(lat)), "statements/trace")
	if cpu > 0 {
		b.ReportMetric(cpu, "cpu-ms/trace")
	}
	fmt.Fprintf(os.Stderr, "trace over 1M statements: %d traces, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, CPU %.1f ms a trace\n", len(lat), pct(0.5), pct(0.95), pct(0.99), cpu)
}
