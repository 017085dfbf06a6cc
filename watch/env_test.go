package watch_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/trace"
	"github.com/claimtrail/claimtrail/watch"
)

// The fixture sentences are invented for these tests.
const (
	harbourClaim  = "the Saltmere harbour will reopen in April"
	harbourAssert = "Port commissioner Dana Whitlock said on Monday that the Saltmere harbour would reopen in April."
	harbourDeny   = "The Ministry of Ports denied that the Saltmere harbour would reopen in April."
	libraryNews   = "The town council said the new library would open its doors in June."
	harbourOpen   = "Councillors asked on Monday whether the Saltmere harbour would reopen in April."
)

// fakeClock tells a time that moves only when someone sleeps: backoff is
// checked on the durations slept, never on the machine's speed.
type fakeClock struct {
	mu    sync.Mutex
	t     time.Time
	slept []time.Duration
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)} }

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
	c.t = c.t.Add(d)
	c.slept = append(c.slept, d)
	return nil
}

func (c *fakeClock) advance(d time.Duration) { c.Sleep(context.Background(), d) }

func (c *fakeClock) sleeps() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.slept...)
}

// item is one feed item.
type item struct {
	id, text  string
	published string // YYYY-MM-DD
}

// feed is a loopback RSS server whose items a test changes over time. It
// answers conditional GETs by its ETag (a hash of the body) and counts
// what it answered. fail makes its next answers 500s; mode "hang" holds
// each request until the client gives up, "garbage" serves no feed.
type feed struct {
	*httptest.Server
	mu                    sync.Mutex
	items                 []item
	mode                  string
	fail                  int
	requests, notModified int
}

func newFeed(t *testing.T, items ...item) *feed {
	f := &feed{items: items}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *feed) publish(it item) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.items = append(f.items, it)
}

func (f *feed) set(mode string, fail int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.mode, f.fail = mode, fail
}

func (f *feed) counts() (requests, notModified int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.requests, f.notModified
}

func (f *feed) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/robots.txt" {
		http.NotFound(w, r)
		return
	}
	f.mu.Lock()
	f.requests++
	mode, body := f.mode, f.body()
	if f.fail > 0 {
		f.fail--
		f.mu.Unlock()
		http.Error(w, "down for maintenance", http.StatusInternalServerError)
		return
	}
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	if mode == "" && r.Header.Get("If-None-Match") == etag {
		f.notModified++
		f.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
		return
	}
	f.mu.Unlock()
	switch mode {
	case "hang":
		<-r.Context().Done()
		return
	case "garbage":
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("<rss><channel><item><title>broken"))
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	w.Header().Set("ETag", etag)
	w.Write(body)
}

// body is the RSS document of the items (f.mu held).
func (f *feed) body() []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tidewater</title><link>` +
		f.URL + `/</link>`)
	for _, it := range f.items {
		day, _ := time.Parse("2006-01-02", it.published)
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s/news/%s</link><pubDate>%s</pubDate><description>%s</description></item>",
			it.id, f.URL, it.id, day.Add(9*time.Hour).Format(time.RFC1123Z), html.EscapeString(it.text))
	}
	b.WriteString("</channel></rss>")
	return b.Bytes()
}

// env is a store, the pipeline and a tracer over it, and a watcher's
// parts; each test makes its watchers from it.
type env struct {
	t      testing.TB
	store  *sqlite.DB
	ing    *pipeline.Ingester
	tracer *trace.Tracer
	clock  *fakeClock
	out    *bytes.Buffer
}

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

func newEnv(t testing.TB) *env {
	t.Helper()
	extractorOnce.Do(func() { extractor, extractorErr = extract.New(extract.Options{}) })
	if extractorErr != nil {
		t.Fatal(extractorErr)
	}
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "watch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	tr, err := trace.New(db, trace.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, store: db, tracer: tr, clock: newFakeClock(), out: &bytes.Buffer{},
		ing: &pipeline.Ingester{Store: db, Extractor: extractor, Workers: 2}}
}

// watcher returns a watcher over the env with sinks (default: JSON Lines
// into e.out) and a poller giving up on a request after timeout.
func (e *env) watcher(timeout time.Duration, sinks ...watch.Sink) *watch.Watcher {
	return e.watcherWith(watch.Options{}, timeout, sinks...)
}

// watcherWith is e.watcher with opt's choices (Neutral) kept.
func (e *env) watcherWith(opt watch.Options, timeout time.Duration, sinks ...watch.Sink) *watch.Watcher {
	if len(sinks) == 0 {
		sinks = []watch.Sink{watch.NewJSONLines(e.out, "stdout")}
	}
	p := ingest.NewPoller(ingest.Options{Clock: e.clock, Timeout: timeout, RatePerHost: 1000})
	e.t.Cleanup(p.Close)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	opt.Clock, opt.Rand, opt.Every, opt.Log = e.clock, func() float64 { return 0.5 }, 15*time.Minute, log
	return watch.New(e.store, p, e.ing, e.tracer, sinks, opt)
}

// watchWithClock is e.watcher with another clock.
func watchWithClock(e *env, clock ingest.Clock) *watch.Watcher {
	p := ingest.NewPoller(ingest.Options{Clock: clock, Timeout: 5 * time.Second, RatePerHost: 1000})
	e.t.Cleanup(p.Close)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	return watch.New(e.store, p, e.ing, e.tracer, []watch.Sink{watch.NewJSONLines(e.out, "stdout")},
		watch.Options{Clock: clock, Rand: func() float64 { return 0.5 }, Log: log})
}

func (e *env) addSource(f *feed) *claimtrail.Source {
	e.t.Helper()
	src := &claimtrail.Source{URL: f.URL + "/feed.xml"}
	if err := e.store.CreateSource(context.Background(), src); err != nil {
		e.t.Fatal(err)
	}
	return src
}

func (e *env) saveClaim(text string) *claimtrail.SavedClaim {
	e.t.Helper()
	c := &claimtrail.SavedClaim{Text: text}
	if err := watch.SaveClaim(context.Background(), e.store, e.tracer, c); err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *env) cycle(w *watch.Watcher) {
	e.t.Helper()
	if err := w.Cycle(context.Background()); err != nil {
		e.t.Fatal(err)
	}
}

// lines returns the JSON lines written so far.
func (e *env) lines() []string {
	s := strings.TrimSpace(e.out.String())
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
