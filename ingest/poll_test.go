package ingest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/claimtrail/claimtrail/ingest"
)

const pollFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tidewater</title>
<item><title>Harbor</title><link>/harbor</link><description>The port said the harbor would reopen.</description></item>
</channel></rss>`

// TestPoller_Conditional: the second poll sends the first answer's
// validators and a 304 comes back as NotModified, with them kept.
func TestPoller_Conditional(t *testing.T) {
	var full, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case r.Header.Get("If-None-Match") == `"v1"` && r.Header.Get("If-Modified-Since") == "Tue, 01 Dec 2026 09:00:00 GMT":
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
		default:
			full.Add(1)
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Last-Modified", "Tue, 01 Dec 2026 09:00:00 GMT")
			w.Write([]byte(pollFeed))
		}
	}))
	defer srv.Close()
	p := ingest.NewPoller(ingest.Options{Clock: newFakeClock()})
	defer p.Close()
	ctx := context.Background()
	first, err := p.Poll(ctx, srv.URL+"/feed", ingest.Validators{})
	if err != nil || first.NotModified || !strings.Contains(string(first.Body), "Tidewater") || first.Validators.ETag != `"v1"` {
		t.Fatalf("first poll = %+v, %v", first, err)
	}
	second, err := p.Poll(ctx, srv.URL+"/feed", first.Validators)
	if err != nil || !second.NotModified || second.Body != nil || second.Validators != first.Validators {
		t.Fatalf("second poll = %+v, %v; want not modified", second, err)
	}
	if full.Load() != 1 || notModified.Load() != 1 {
		t.Errorf("server answered %d in full and %d not modified; want 1 and 1", full.Load(), notModified.Load())
	}
}

// TestPoller_Refuses: an HTML page, an error status and robots.txt's
// refusal are errors.
func TestPoller_Refuses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /private\n"))
		case "/page":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<p>hi</p>"))
		default:
			http.Error(w, "down", http.StatusInternalServerError)
		}
	}))
	defer srv.Close()
	p := ingest.NewPoller(ingest.Options{Clock: newFakeClock()})
	defer p.Close()
	for _, path := range []string{"/page", "/broken", "/private/feed"} {
		if got, err := p.Poll(context.Background(), srv.URL+path, ingest.Validators{}); err == nil {
			t.Errorf("Poll(%s) = %+v, want an error", path, got)
		}
	}
}

// TestPoller_RobotsRetried: a robots.txt that could not be fetched is
// asked for again on the next poll, not held against the host for good.
func TestPoller_RobotsRetried(t *testing.T) {
	var down atomic.Bool
	down.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" && down.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		} else if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(pollFeed))
	}))
	defer srv.Close()
	p := ingest.NewPoller(ingest.Options{Clock: newFakeClock()})
	defer p.Close()
	if _, err := p.Poll(context.Background(), srv.URL+"/feed", ingest.Validators{}); err == nil {
		t.Fatal("Poll with robots.txt down succeeded")
	}
	down.Store(false)
	if _, err := p.Poll(context.Background(), srv.URL+"/feed", ingest.Validators{}); err != nil {
		t.Fatalf("Poll after robots.txt came back: %v", err)
	}
}
