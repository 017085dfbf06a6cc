package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/web"
)

// do sends a request to h and returns the response.
func do(t *testing.T, h http.Handler, method, target string, body io.Reader, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// apiErr decodes an API error body, failing unless it has the JSON shape
// and status wanted.
func apiErr(t *testing.T, w *httptest.ResponseRecorder, status int, code string) string {
	t.Helper()
	if w.Code != status {
		t.Fatalf("status %d, want %d: %s", w.Code, status, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	var e struct {
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
		t.Fatalf("error body is not JSON: %v: %s", err, w.Body)
	}
	if e.Error.Code != code || e.Error.Message == "" {
		t.Errorf("error %+v, want code %q and a message", e.Error, code)
	}
	return e.Error.Message
}

func decode[T any](t *testing.T, w *httptest.ResponseRecorder) T {
	t.Helper()
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var v T
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("%v: %s", err, w.Body)
	}
	return v
}

func TestAPI_Trace(t *testing.T) {
	h, st := newHandler(t, web.Options{})
	w := do(t, h, "GET", "/api/trace?claim="+url.QueryEscape(testClaim), nil)
	// the body is the tracer's trace, byte for byte as encoding/json writes it
	want, err := fakeTracer{st}.Trace(context.Background(), testClaim, claimtrail.TraceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	if got := strings.TrimSpace(w.Body.String()); got != string(wantJSON) {
		t.Errorf("trace JSON differs from the tracer's:\n got %s\nwant %s", got, wantJSON)
	}
	var m map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"claim", "statements", "earliest_assertion", "earliest_denial", "origins", "date_conflicts"} {
		if _, ok := m[f]; !ok {
			t.Errorf("contract field %q missing", f)
		}
	}
	s0 := m["statements"].([]any)[0].(map[string]any)
	for _, f := range []string{"doc", "n", "speaker", "cue", "content", "form", "polarity", "hedged", "said_on", "channel", "addressee", "via", "url", "published", "source", "stance", "match"} {
		if _, ok := s0[f]; !ok {
			t.Errorf("statement field %q missing", f)
		}
	}
	if p := s0["published"]; p != "2025-04-02" {
		t.Errorf("published = %v, want a calendar date", p)
	}
	// (a trace's published is a calendar date: decode the statements loosely)
	tr := decode[struct{ Statements []map[string]any }](t, do(t, h, "GET", "/api/trace?claim=x&limit=2", nil))
	if len(tr.Statements) != 2 {
		t.Errorf("limit=2 gave %d statements", len(tr.Statements))
	}
}

func TestAPI_Trace_Errors(t *testing.T) {
	var logs bytes.Buffer
	h, _ := newHandler(t, web.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil)), RequestTimeout: 50 * time.Millisecond})
	apiErr(t, do(t, h, "GET", "/api/trace", nil), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "GET", "/api/trace?claim=++", nil), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "GET", "/api/trace?claim="+strings.Repeat("a", 1001), nil), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "GET", "/api/trace?claim=%ff%fe", nil), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "GET", "/api/trace?claim=x&limit=-1", nil), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "GET", "/api/trace?claim=x&limit=abc", nil), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "GET", "/api/trace?claim=x&from=next+week", nil), 400, claimtrail.EINVALID)
	if msg := apiErr(t, do(t, h, "GET", "/api/trace?claim=invalid", nil), 400, claimtrail.EINVALID); msg != "claim has no content words" {
		t.Errorf("EINVALID message %q", msg)
	}
	// an internal error: 500, logged, its text not sent
	w := do(t, h, "GET", "/api/trace?claim=fail", nil)
	if msg := apiErr(t, w, 500, claimtrail.EINTERNAL); strings.Contains(msg, "secret") {
		t.Errorf("internal error leaked: %q", msg)
	}
	if !strings.Contains(logs.String(), "/secret/path") {
		t.Errorf("internal error not logged: %q", logs.String())
	}
	// the per-request deadline stops a slow tracer
	apiErr(t, do(t, h, "GET", "/api/trace?claim=slow", nil), 503, "timeout")
	w = do(t, h, "POST", "/api/trace?claim=x", strings.NewReader("{}"))
	apiErr(t, w, 405, "method_not_allowed")
	if a := w.Header().Get("Allow"); a != "GET, HEAD" {
		t.Errorf("Allow %q", a)
	}
}

func TestAPI_Statements(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	type page struct {
		Statements           []claimtrail.StoredStatement
		Total, Offset, Limit int
	}
	p := decode[page](t, do(t, h, "GET", "/api/statements", nil))
	if p.Total != 7 || len(p.Statements) != 7 || p.Limit != 50 {
		t.Fatalf("all: total %d, %d statements, limit %d", p.Total, len(p.Statements), p.Limit)
	}
	p = decode[page](t, do(t, h, "GET", "/api/statements?speaker=ana+reyes", nil))
	if p.Total != 2 {
		t.Errorf("speaker: total %d, want 2", p.Total)
	}
	p = decode[page](t, do(t, h, "GET", "/api/statements?polarity=deny", nil))
	for _, s := range p.Statements {
		if s.Polarity != claimtrail.Deny {
			t.Errorf("polarity filter let %s through", s.Polarity)
		}
	}
	if p.Total != 3 {
		t.Errorf("deny: total %d, want 3", p.Total)
	}
	p = decode[page](t, do(t, h, "GET", "/api/statements?q=Kestrel", nil))
	if p.Total != 2 {
		t.Errorf("q=Kestrel: total %d, want 2", p.Total)
	}
	p = decode[page](t, do(t, h, "GET", "/api/statements?from=2025-04-03&to=2025-04-07", nil))
	if p.Total != 2 {
		t.Errorf("from/to: total %d, want 2", p.Total)
	}
	p = decode[page](t, do(t, h, "GET", "/api/statements?limit=2&offset=6", nil))
	if p.Total != 7 || len(p.Statements) != 1 || p.Offset != 6 {
		t.Errorf("paging: total %d, %d statements, offset %d", p.Total, len(p.Statements), p.Offset)
	}
	// query syntax is data, not an error
	p = decode[page](t, do(t, h, "GET", "/api/statements?q="+url.QueryEscape(`"plant* OR NEAR( -) AND`), nil))
	p = decode[page](t, do(t, h, "GET", "/api/statements?speaker=nobody", nil))
	if p.Statements == nil || len(p.Statements) != 0 {
		t.Errorf("no match must be an empty list, got %v", p.Statements)
	}
	for _, bad := range []string{"polarity=maybe", "limit=0", "limit=1001", "offset=-3", "from=2025-13-45", "from=2025-04-05&to=2025-04-01", "q=" + strings.Repeat("x", 1001)} {
		apiErr(t, do(t, h, "GET", "/api/statements?"+bad, nil), 400, claimtrail.EINVALID)
	}
}

func TestAPI_Article(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	var b struct {
		Article    claimtrail.Article
		Statements []claimtrail.StoredStatement
	}
	b = decode[struct {
		Article    claimtrail.Article
		Statements []claimtrail.StoredStatement
	}](t, do(t, h, "GET", "/api/articles/1", nil))
	if b.Article.ID != 1 || b.Article.Text != saleText || len(b.Statements) != 2 || b.Statements[0].N != 1 {
		t.Errorf("article 1: id %d, %d statements, text %q", b.Article.ID, len(b.Statements), b.Article.Text)
	}
	apiErr(t, do(t, h, "GET", "/api/articles/999", nil), 404, claimtrail.ENOTFOUND)
	apiErr(t, do(t, h, "GET", "/api/articles/abc", nil), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "GET", "/api/articles/0", nil), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "GET", "/api/articles/99999999999999999999999", nil), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "DELETE", "/api/articles/1", nil), 405, "method_not_allowed")
}

func TestAPI_SpeakersStatsOpenAPI(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	type page struct {
		Speakers []claimtrail.SpeakerSummary
		Total    int
	}
	p := decode[page](t, do(t, h, "GET", "/api/speakers", nil))
	if p.Total != 5 || p.Speakers[0].Name != "Ana Reyes" && p.Speakers[0].Name != "Ilya Brandt" {
		t.Errorf("speakers: total %d, first %+v", p.Total, p.Speakers[0])
	}
	p = decode[page](t, do(t, h, "GET", "/api/speakers?q=nand", nil))
	if p.Total != 1 || p.Speakers[0].Name != "Priya Nand" {
		t.Errorf("q=nand: %+v", p)
	}
	apiErr(t, do(t, h, "GET", "/api/speakers?limit=x", nil), 400, claimtrail.EINVALID)
	s := decode[claimtrail.Stats](t, do(t, h, "GET", "/api/stats", nil))
	if s.Articles != 4 || s.Statements != 7 {
		t.Errorf("stats %+v", s)
	}
	w := do(t, h, "GET", "/api/openapi.json", nil)
	var doc map[string]any
	if w.Code != 200 || json.Unmarshal(w.Body.Bytes(), &doc) != nil || doc["openapi"] != "3.1.0" {
		t.Errorf("openapi: %d %.100s", w.Code, w.Body)
	}
	apiErr(t, do(t, h, "GET", "/api/nope", nil), 404, claimtrail.ENOTFOUND)
	apiErr(t, do(t, h, "PUT", "/api/stats", nil), 405, "method_not_allowed")
	if w := do(t, h, "HEAD", "/api/stats", nil); w.Code != 200 {
		t.Errorf("HEAD: %d", w.Code)
	}
}

func TestAPI_SecurityHeaders(t *testing.T) {
	h, _ := newHandler(t, web.Options{AllowedHosts: web.LoopbackHosts})
	for _, p := range []string{"/", "/api/stats", "/api/nope", "/trace?claim=x", "/static/app.js", "/nope"} {
		r := httptest.NewRequest("GET", "http://127.0.0.1:8080"+p, nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		csp := w.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("%s: CSP %q", p, csp)
		}
		if w.Header().Get("X-Content-Type-Options") != "nosniff" || w.Header().Get("Referrer-Policy") == "" || w.Header().Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: headers %v", p, w.Header())
		}
	}
	// a rebound DNS name pointing at the loopback server is refused
	r := httptest.NewRequest("GET", "http://attacker.example/api/stats", nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	apiErr(t, w, 421, "misdirected")
	for _, host := range []string{"localhost:8080", "[::1]:8080", "127.0.0.1"} {
		r := httptest.NewRequest("GET", "/api/stats", nil)
		r.Host = host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 200 {
			t.Errorf("host %s: %d", host, w.Code)
		}
	}
}

// ingestRecorder is an Ingest callback that reads the whole body.
type ingestRecorder struct {
	mu    sync.Mutex
	names []string
	body  []byte
}

func (rec *ingestRecorder) ingest(ctx context.Context, name string, body io.Reader) (*web.IngestSummary, error) {
	b, err := io.ReadAll(body)
	if err != nil {
		return nil, err
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.names, rec.body = append(rec.names, name), b
	if name == "bad.txt" {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "no text in bad.txt")
	}
	return &web.IngestSummary{Name: name, Articles: int64(len(b)), Messages: []string{"warning: " + name}}, nil
}

func TestAPI_Ingest(t *testing.T) {
	rec := &ingestRecorder{}
	const token = "s3cret-token"
	h, _ := newHandler(t, web.Options{AllowIngest: true, IngestToken: token, Ingest: rec.ingest, MaxBodyBytes: 1 << 10})
	auth := []string{"Authorization", "Bearer " + token}

	w := do(t, h, "POST", "/api/ingest?name=story.txt", strings.NewReader("The mayor said no."), auth...)
	// the summary's JSON is the API's contract (openapi.json IngestSummary)
	want := `{"name":"story.txt","articles":18,"created":0,"new_versions":0,"unchanged":0,"statements":0,"skipped":0,"failed":0,"messages":["warning: story.txt"]}` + "\n"
	if w.Code != 200 || w.Body.String() != want {
		t.Errorf("summary %d %s, want %s", w.Code, w.Body, want)
	}
	apiErr(t, do(t, h, "POST", "/api/ingest?name=story.txt", strings.NewReader("x")), 401, "unauthorized")
	w = do(t, h, "POST", "/api/ingest?name=story.txt", strings.NewReader("x"), "Authorization", "Bearer wrong")
	apiErr(t, w, 401, "unauthorized")
	if !strings.HasPrefix(w.Header().Get("WWW-Authenticate"), "Bearer") {
		t.Errorf("WWW-Authenticate %q", w.Header().Get("WWW-Authenticate"))
	}
	apiErr(t, do(t, h, "POST", "/api/ingest?name=story.txt", strings.NewReader("x"), "Authorization", "Basic "+token), 401, "unauthorized")
	apiErr(t, do(t, h, "POST", "/api/ingest?name=../../etc/passwd", strings.NewReader("x"), auth...), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "POST", "/api/ingest?name=.hidden", strings.NewReader("x"), auth...), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "POST", "/api/ingest?name=bad.txt", strings.NewReader("x"), auth...), 400, claimtrail.EINVALID)
	// too large: by Content-Length, and while streaming (no length known)
	apiErr(t, do(t, h, "POST", "/api/ingest?name=big.txt", strings.NewReader(strings.Repeat("x", 2<<10)), auth...), 413, "too_large")
	r := httptest.NewRequest("POST", "/api/ingest?name=big.txt", io.MultiReader(strings.NewReader(strings.Repeat("y", 2<<10))))
	r.ContentLength = -1
	r.Header.Set("Authorization", "Bearer "+token)
	w = httptest.NewRecorder()
	h.ServeHTTP(w, r)
	apiErr(t, w, 413, "too_large")
	apiErr(t, do(t, h, "GET", "/api/ingest", nil, auth...), 405, "method_not_allowed")
}

func TestAPI_Ingest_Disabled(t *testing.T) {
	rec := &ingestRecorder{}
	for _, opt := range []web.Options{
		{},                                      // read-only
		{AllowIngest: true, Ingest: rec.ingest}, // no token: stays disabled
	} {
		h, _ := newHandler(t, opt)
		apiErr(t, do(t, h, "POST", "/api/ingest?name=a.txt", strings.NewReader("x"), "Authorization", "Bearer "), 403, "forbidden")
	}
	if len(rec.names) != 0 {
		t.Errorf("ingest ran while disabled: %v", rec.names)
	}
}

func TestAPI_PanicIs500(t *testing.T) {
	st := mustStore(t)
	h := web.New(st, panicTracer{}, web.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	apiErr(t, do(t, h, "GET", "/api/trace?claim=x", nil), 500, claimtrail.EINTERNAL)
	if w := do(t, h, "GET", "/trace?claim=x", nil); w.Code != 500 || !strings.Contains(w.Body.String(), "Internal error") {
		t.Errorf("page: %d", w.Code)
	}
}

type panicTracer struct{}

func (panicTracer) Trace(context.Context, string, claimtrail.TraceOptions) (*claimtrail.Trace, error) {
	panic("boom")
}
