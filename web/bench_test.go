package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/storetest"
	"github.com/claimtrail/claimtrail/web"
)

// searchTracer traces a claim as the stand-in tracer does: a full-text
// search (at most 100 statements), polarity as stance. It gives the load
// test a realistic amount of store and encoding work per request.
type searchTracer struct{ st claimtrail.Store }

func (s searchTracer) Trace(ctx context.Context, claim string, opt claimtrail.TraceOptions) (*claimtrail.Trace, error) {
	sts, _, err := s.st.FindStatements(ctx, claimtrail.StatementFilter{Query: claim, Latest: true, Limit: 100})
	if err != nil {
		return nil, err
	}
	tr := &claimtrail.Trace{Claim: claim, Statements: make([]claimtrail.TracedStatement, 0, len(sts))}
	for _, st := range sts {
		stance := claimtrail.Asserts
		if st.Polarity == claimtrail.Deny {
			stance = claimtrail.Denies
		}
		tr.Statements = append(tr.Statements, claimtrail.TracedStatement{StoredStatement: *st, Stance: stance, Match: 1})
	}
	return tr, nil
}

// BenchmarkTraceAPI is a loopback load test of GET /api/trace: 16
// concurrent keep-alive clients over a store of 2,000 synthetic articles
// (16,000 statements), each request a full-text trace of a different
// claim word (about 100 statements of JSON back). It reports requests/s
// and the 50th and 99th percentile latency.
func BenchmarkTraceAPI(b *testing.B) {
	st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	g := storetest.NewGenerator(7)
	if err := g.Fill(context.Background(), st, 0, 2000, 250, 8); err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(web.New(st, searchTracer{st}, web.Options{}))
	defer srv.Close()
	const clients = 16
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var urls []string
	for i := 0; i < 200; i++ {
		urls = append(urls, srv.URL+"/api/trace?claim="+url.QueryEscape(g.Word(20+i)+" "+g.Word(5+i%10)))
	}

	var next atomic.Int64
	lat := make([][]time.Duration, clients)
	var failed atomic.Int64
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				resp, err := client.Get(urls[i%int64(len(urls))])
				if err != nil {
					failed.Add(1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					failed.Add(1)
				}
				lat[c] = append(lat[c], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	b.StopTimer()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d requests failed", n)
	}
	all := slices.Concat(lat...)
	slices.Sort(all)
	q := func(p float64) float64 {
		if len(all) == 0 {
			return 0
		}
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(b.N)/el.Seconds(), "req/s")
	b.ReportMetric(q(0.50), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	if testing.Verbose() {
		fmt.Printf("BenchmarkTraceAPI: %d requests, %d clients, %.0f req/s, p50 %.2f ms, p99 %.2f ms\n", b.N, clients, float64(b.N)/el.Seconds(), q(0.5), q(0.99))
	}
}
