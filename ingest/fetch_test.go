package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/ingest"
)

// site is a loopback test server that records the requests it gets.
type site struct {
	*httptest.Server
	mu     sync.Mutex
	hits   map[string]int
	agents []string
	times  []time.Time // by the site's clock
	clock  *fakeClock
}

// fakeClock is an ingest.Clock whose Sleep moves time on at once: rate
// limits are tested on the times it tells, not on how fast the machine is.
type fakeClock struct {
	mu    sync.Mutex
	t     time.Time
	slept time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if d > 0 {
		c.t = c.t.Add(d)
		c.slept += d
	}
	return nil
}

func newSite(t *testing.T, robots string) *site {
	s := &site{hits: map[string]int{}, clock: newFakeClock()}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.agents = append(s.agents, r.UserAgent())
		s.times = append(s.times, s.clock.Now())
		s.mu.Unlock()
		switch p := r.URL.Path; {
		case p == "/robots.txt":
			if robots == "" {
				http.NotFound(w, r)
				return
			}
			if robots == "500" {
				http.Error(w, "down", 500)
				return
			}
			fmt.Fprint(w, robots)
		case strings.HasPrefix(p, "/page"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page("", "<h1>"+p+"</h1>"+para))
		case p == "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.4")
		case p == "/big":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, page("", strings.Repeat(para, 200)))
		case p == "/plain":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprint(w, "Plain words from the server.")
		case p == "/slow":
			time.Sleep(300 * time.Millisecond)
			fmt.Fprint(w, page("", para))
		case strings.HasPrefix(p, "/loop"):
			http.Redirect(w, r, p+"x", http.StatusFound)
		case p == "/moved":
			http.Redirect(w, r, "/page-new", http.StatusMovedPermanently)
		default:
			http.NotFound(w, r)
		}
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestRead_URL(t *testing.T) {
	s := newSite(t, "User-agent: claimtrail\nDisallow: /page-secret\n\nUser-agent: *\nDisallow: /\n")
	for _, tc := range []struct {
		path     string
		opt      ingest.Options
		wantText string
		wantFail string
	}{
		{path: "/page-a", wantText: "/page-a\n\nThe fictional ministry"},
		{path: "/plain", wantText: "Plain words from the server."},
		{path: "/moved", wantText: "/page-new"},
		{path: "/page-secret", wantFail: "disallowed by robots.txt"},
		{path: "/pdf", wantFail: `content type "application/pdf" is not HTML`},
		{path: "/nope", wantFail: "HTTP 404"},
		{path: "/big", opt: ingest.Options{MaxBytes: 4 << 10}, wantFail: "larger than the limit"},
		{path: "/loop", opt: ingest.Options{MaxRedirects: 3}, wantFail: "stopped after 3 redirects"},
		{path: "/slow", opt: ingest.Options{Timeout: 100 * time.Millisecond}, wantFail: "Timeout"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			tc.opt.RatePerHost = 1000
			r := mustRead(t, []string{s.URL + tc.path}, tc.opt)
			if tc.wantFail != "" {
				if len(r.fails) != 1 || !strings.Contains(r.fails[0].Error(), tc.wantFail) || r.fails[0].Input != s.URL+tc.path {
					t.Fatalf("want failure %q; docs=%d fails:\n%s", tc.wantFail, len(r.docs), r.failText())
				}
				return
			}
			if len(r.docs) != 1 || !strings.Contains(r.docs[0].Text, tc.wantText) {
				t.Fatalf("docs=%v fails:\n%s", r.docs, r.failText())
			}
			if d := r.docs[0]; d.ID != s.URL+tc.path {
				t.Errorf("id %q, want the URL", d.ID)
			}
		})
	}
	for _, ua := range s.agents {
		if !strings.HasPrefix(ua, "claimtrail/") {
			t.Errorf("User-Agent %q does not name claimtrail", ua)
		}
	}
}

func TestRead_URLRobotsOnceAndRate(t *testing.T) {
	s := newSite(t, "User-agent: *\nAllow: /\n")
	var urls []string
	for i := range 4 {
		urls = append(urls, fmt.Sprintf("%s/page-%d", s.URL, i))
	}
	r := mustRead(t, urls, ingest.Options{RatePerHost: 10, Clock: s.clock})
	if len(r.docs) != 4 {
		t.Fatalf("docs=%d fails:\n%s", len(r.docs), r.failText())
	}
	if n := s.hits["/robots.txt"]; n != 1 {
		t.Errorf("robots.txt fetched %d times, want once", n)
	}
	// Five requests (robots.txt + 4 pages) at 10/s: 100ms apart each.
	if len(s.times) != 5 {
		t.Fatalf("%d requests, want 5", len(s.times))
	}
	for i := 1; i < len(s.times); i++ {
		if gap := s.times[i].Sub(s.times[i-1]); gap < 100*time.Millisecond {
			t.Errorf("requests %d and %d only %v apart", i-1, i, gap)
		}
	}
}

func TestRead_URLRobotsUnreachable(t *testing.T) {
	for _, tc := range []struct {
		robots   string
		wantDocs int
	}{
		{"", 1},    // 404: everything allowed
		{"500", 0}, // server error: everything disallowed
	} {
		s := newSite(t, tc.robots)
		r := mustRead(t, []string{s.URL + "/page-x"}, ingest.Options{RatePerHost: 1000})
		if len(r.docs) != tc.wantDocs {
			t.Errorf("robots %q: docs=%d fails:\n%s", tc.robots, len(r.docs), r.failText())
		}
	}
}

func TestRead_URLCrawlDelay(t *testing.T) {
	s := newSite(t, "User-agent: *\nCrawl-delay: 0.3\n")
	r := mustRead(t, []string{s.URL + "/page-1", s.URL + "/page-2"}, ingest.Options{RatePerHost: 1000, Clock: s.clock})
	if len(r.docs) != 2 {
		t.Fatalf("fails:\n%s", r.failText())
	}
	if len(s.times) != 3 {
		t.Fatalf("%d requests, want 3", len(s.times))
	}
	for i := 1; i < len(s.times); i++ {
		if gap := s.times[i].Sub(s.times[i-1]); gap < 300*time.Millisecond {
			t.Errorf("Crawl-delay 0.3 ignored: requests %d and %d %v apart", i-1, i, gap)
		}
	}
}
