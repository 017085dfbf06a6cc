package web_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkTraceAPI is a loopback load test of GET /api/trace on the demo
// store (claimtrail demo's corpus, the real extractor and tracer): 16
// concurrent keep-alive clients tracing four wordings of the demo claim in
// turn. It reports requests/s and the 50th and 99th percentile latency.
func BenchmarkTraceAPI(b *testing.B) {
	h, claim, _ := e2eServer(b)
	srv := httptest.NewServer(h)
	defer srv.Close()
	const clients = 16
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var urls []string
	for _, c := range []string{claim, "Marisca bought patrol boats from Veldovia", "Veldovia shipped armed boats to Marisca", "Ostria accuses Veldovia of selling boats"} {
		urls = append(urls, srv.URL+"/api/trace?claim="+url.QueryEscape(c))
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
