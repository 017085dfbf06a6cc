package watch_test

import (
	"context"
	"flag"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Invented places and people for the benchmark's corpus: ten subjects
// and ten things said of them make its hundred claims.
var (
	benchSubjects = []string{"the Saltmere harbour", "the Kelby bridge", "the Ardmoor airport", "the Wrenfield library",
		"the Dunhallow stadium", "the Marrow Vale hospital", "the Cotter tunnel", "the Lisk market", "the Brenna museum", "the Ashgrove railway"}
	// benchPredicates: as a claim says it, and as a statement reports it
	benchPredicates = [][2]string{
		{"will reopen in April", "would reopen in April"}, {"will close for repairs", "would close for repairs"},
		{"was sold to investors", "had been sold to investors"}, {"will cost more than planned", "would cost more than planned"},
		{"was damaged by the storm", "had been damaged by the storm"}, {"will be rebuilt next year", "would be rebuilt next year"},
		{"received new funding", "had received new funding"}, {"failed its safety inspection", "had failed its safety inspection"},
		{"will hire more staff", "would hire more staff"}, {"was flooded last week", "had been flooded last week"},
	}
	benchFirsts = []string{"Dana", "Ilya", "Mara", "Tomas", "Ines", "Pavel", "Rosa", "Emil"}
	benchLasts  = []string{"Whitlock", "Brandt", "Quill", "Okafor", "Lind", "Serra", "Vance", "Moro"}
)

// benchClaim is the c-th of the hundred claims.
func benchClaim(c int) string { return benchSubjects[c%10] + " " + benchPredicates[c/10%10][0] }

// benchItem is item j of feed i: four sentences, one statement about a
// claim (asserted, or denied every third item), one about something
// else, a quotation.
func benchItem(i, j int) string {
	k := i*100 + j
	name := benchFirsts[k%8] + " " + benchLasts[(k/8)%8]
	verb := "said on Monday that"
	if k%3 == 0 {
		verb = "denied on Tuesday that"
	}
	subject, pred := benchSubjects[k%10], benchPredicates[(k/10+i)%10][1]
	return fmt.Sprintf("Council official %s %s %s %s. "+
		"A spokesperson for the regional transport board said new timetables would be published in the spring. "+
		"Residents gathered at the quay on Wednesday evening. "+
		"\"We have waited long enough for the cranes to move,\" %s told reporters.",
		name, verb, subject, pred, benchLasts[k%8])
}

var (
	benchFeeds  = flag.Int("bench-feeds", 50, "feeds of BenchmarkCycle")
	benchClaims = flag.Int("bench-claims", 100, "saved claims of BenchmarkCycle")
)

// BenchmarkCycle is one watch cycle over 50 local feeds of 100 items
// each and 100 saved claims, from an empty store: every item is new,
// stored through the pipeline and matched against every claim. It
// reports the cycle's CPU seconds, the peak heap and the alerts raised
// (docs/evaluation.md):
//
//	go test ./watch -run XXX -bench Cycle -benchtime 1x -count 3
func BenchmarkCycle(b *testing.B) {
	feeds, items, claims := *benchFeeds, 100, *benchClaims
	for range b.N {
		b.StopTimer()
		e := newEnv(b)
		for i := range feeds {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				w.Header().Set("Content-Type", "application/rss+xml")
				fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title>`, i)
				for j := range items {
					fmt.Fprintf(w, "<item><title>%d</title><link>http://feed%d.example/news/%d</link><pubDate>Mon, 30 Nov 2026 09:00:00 +0000</pubDate><description>%s</description></item>",
						j, i, j, html.EscapeString(benchItem(i, j)))
				}
				fmt.Fprint(w, "</channel></rss>")
			}))
			defer srv.Close()
			if err := e.store.CreateSource(context.Background(), &claimtrail.Source{URL: srv.URL + "/feed.xml"}); err != nil {
				b.Fatal(err)
			}
		}
		for c := range claims {
			e.saveClaim(benchClaim(c))
		}
		w := e.watcher(30 * time.Second)
		peak, stop := heapPeak()
		cpu0 := cpuTime()
		b.StartTimer()
		if err := w.Cycle(context.Background()); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu := cpuTime() - cpu0
		stop()
		if got := w.Stats.Articles.Load(); got != int64(feeds*items) {
			b.Fatalf("%d articles stored, want %d", got, feeds*items)
		}
		// A second cycle: every feed unchanged (each answers in full: the
		// local feeds send no validators), every item stored already.
		start := time.Now()
		if err := w.Cycle(context.Background()); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(time.Since(start).Seconds(), "unchanged-cycle-s")
		b.ReportMetric(cpu.Seconds(), "cpu-s/cycle")
		b.ReportMetric(float64(*peak)/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(w.Stats.Statements.Load()), "statements")
		b.ReportMetric(float64(w.Stats.Alerts.Load()), "alerts")
	}
}

// heapPeak samples the heap in use every 10 ms until stop is called.
func heapPeak() (*uint64, func()) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	out := new(uint64)
	return out, func() { close(done); wg.Wait(); *out = peak.Load() }
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
