package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/internal/tracetest"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/trace"
	"github.com/claimtrail/claimtrail/web"
	"github.com/mmcdole/gofeed"
)

// claimsServer serves the demo corpus with the demo claim saved and three
// of its traced statements recorded as alerts, a minute apart (the
// newest last), and POST /api/claims allowed under the token "tok".
func claimsServer(tb testing.TB) (h http.Handler, claim *claimtrail.SavedClaim, alerts []claimtrail.Alert) {
	tb.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "claims.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	tracetest.LoadDemo(tb, st)
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	got, err := tr.Trace(ctx, examples.DemoClaim, claimtrail.TraceOptions{NoNarration: true})
	if err != nil || len(got.Statements) < 3 {
		tb.Fatalf("demo trace: %v, %d statements", err, len(got.Statements))
	}
	claim = &claimtrail.SavedClaim{Text: examples.DemoClaim, Name: "demo"}
	if err := st.CreateClaim(ctx, claim); err != nil {
		tb.Fatal(err)
	}
	seen := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	var in []claimtrail.Alert
	for i, ts := range got.Statements[:3] {
		in = append(in, claimtrail.Alert{Claim: claimtrail.AlertClaim{ID: claim.ID, Text: claim.Text},
			Statement: ts.StoredStatement, Stance: ts.Stance, Match: ts.Match, FirstSeen: seen.Add(time.Duration(i) * time.Minute),
			Earliest: i == 0, Key: claimtrail.StatementKey(&ts.StoredStatement, ts.URL)})
	}
	if alerts, err = st.RecordAlerts(ctx, in, nil, nil); err != nil || len(alerts) != 3 {
		tb.Fatalf("RecordAlerts: %d, %v", len(alerts), err)
	}
	save := func(ctx context.Context, c *claimtrail.SavedClaim) error { return st.CreateClaim(ctx, c) }
	return web.New(st, tr, web.Options{AllowIngest: true, IngestToken: "tok", SaveClaim: save}), claim, alerts
}

func TestClaimsAPI(t *testing.T) {
	h, claim, _ := claimsServer(t)
	var list struct {
		Claims []struct {
			ID     int64  `json:"id"`
			Text   string `json:"text"`
			Alerts int    `json:"alerts"`
		} `json:"claims"`
		Total int `json:"total"`
	}
	w := do(t, h, "GET", "/api/claims", nil)
	if err := json.Unmarshal(w.Body.Bytes(), &list); err != nil || w.Code != 200 || list.Total != 1 || list.Claims[0].Alerts != 3 {
		t.Fatalf("GET /api/claims: %d %s", w.Code, w.Body)
	}
	body := `{"text": "the council will close the pier", "name": "pier"}`
	apiErr(t, do(t, h, "POST", "/api/claims", strings.NewReader(body)), 401, "unauthorized")
	apiErr(t, do(t, h, "POST", "/api/claims", strings.NewReader(`{"txt": 1}`), "Authorization", "Bearer tok"), 400, claimtrail.EINVALID)
	apiErr(t, do(t, h, "POST", "/api/claims", strings.NewReader(`{"text": " "}`), "Authorization", "Bearer tok"), 400, claimtrail.EINVALID)
	if w := do(t, h, "POST", "/api/claims", strings.NewReader(body), "Authorization", "Bearer tok"); w.Code != 201 || !strings.Contains(w.Body.String(), `"name":"pier"`) {
		t.Fatalf("POST /api/claims: %d %s", w.Code, w.Body)
	}
	var page struct {
		Claim  struct{ Text string } `json:"claim"`
		Alerts []struct {
			ID        int64  `json:"id"`
			Stance    string `json:"stance"`
			Statement struct {
				ID int64 `json:"statement_id"`
			} `json:"statement"`
		} `json:"alerts"`
		Total int `json:"total"`
	}
	w = do(t, h, "GET", "/api/claims/1/alerts?limit=2", nil)
	if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil || page.Total != 3 || len(page.Alerts) != 2 || page.Alerts[0].ID < page.Alerts[1].ID || page.Alerts[0].Statement.ID == 0 {
		t.Fatalf("GET alerts: %d %s", w.Code, w.Body)
	}
	if w := do(t, h, "DELETE", "/api/claims/1", nil, "Authorization", "Bearer tok"); w.Code != 200 {
		t.Fatalf("DELETE: %d %s", w.Code, w.Body)
	}
	apiErr(t, do(t, h, "GET", "/api/claims/1/alerts", nil), 404, claimtrail.ENOTFOUND)
	apiErr(t, do(t, h, "DELETE", "/api/claims/1", nil, "Authorization", "Bearer tok"), 404, claimtrail.ENOTFOUND)
	if w := do(t, h, "PUT", "/api/claims", nil); w.Code != 405 || w.Header().Get("Allow") != "GET, HEAD, POST" {
		t.Errorf("PUT /api/claims: %d, Allow %q", w.Code, w.Header().Get("Allow"))
	}
	_ = claim
}

// TestClaimsAPI_ReadOnly: a server started without --allow-ingest lists
// claims and refuses to write them.
func TestClaimsAPI_ReadOnly(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := web.New(st, nil, web.Options{})
	if w := do(t, h, "GET", "/api/claims", nil); w.Code != 200 || !strings.Contains(w.Body.String(), `"total":0`) {
		t.Errorf("GET: %d %s", w.Code, w.Body)
	}
	apiErr(t, do(t, h, "POST", "/api/claims", strings.NewReader(`{"text":"x"}`), "Authorization", "Bearer tok"), 403, "forbidden")
	apiErr(t, do(t, h, "DELETE", "/api/claims/1", nil, "Authorization", "Bearer tok"), 403, "forbidden")
}

// TestClaimAtom: the feed parses back as Atom 1.0 with one entry per
// alert, newest first, each linked to its statement in its article.
func TestClaimAtom(t *testing.T) {
	h, claim, alerts := claimsServer(t)
	w := do(t, h, "GET", "/claims/1/alerts.atom", nil)
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("atom: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	f, err := gofeed.NewParser().ParseString(w.Body.String())
	if err != nil {
		t.Fatalf("gofeed: %v\n%s", err, w.Body)
	}
	if f.FeedType != "atom" || f.FeedVersion != "1.0" || !strings.Contains(f.Title, claim.Text) || f.UpdatedParsed == nil {
		t.Errorf("feed %s %s %q updated %v", f.FeedType, f.FeedVersion, f.Title, f.UpdatedParsed)
	}
	if len(f.Items) != len(alerts) {
		t.Fatalf("%d entries, want %d", len(f.Items), len(alerts))
	}
	newest := alerts[len(alerts)-1]
	it := f.Items[0]
	if !strings.HasSuffix(it.GUID, "#alert-"+itoa(newest.ID)) || it.UpdatedParsed == nil || !it.UpdatedParsed.Equal(newest.FirstSeen) ||
		!strings.Contains(it.Link, "/articles/") || !strings.Contains(it.Description, newest.Statement.Content.Text) {
		t.Errorf("newest entry: %+v", it)
	}
	if !strings.HasPrefix(f.Items[2].Title, "Earliest") {
		t.Errorf("the earliest alert's entry is titled %q", f.Items[2].Title)
	}
	if w := do(t, h, "GET", "/claims/99/alerts.atom", nil); w.Code != 404 {
		t.Errorf("atom of a missing claim: %d", w.Code)
	}
}

// TestClaimAlertsPage: the page lists the alerts newest first, each
// statement highlighted in its article's passage.
func TestClaimAlertsPage(t *testing.T) {
	h, _, alerts := claimsServer(t)
	w := do(t, h, "GET", "/claims/1", nil)
	body := w.Body.String()
	if w.Code != 200 || strings.Count(body, `<li id="alert-`) != 3 || !strings.Contains(body, "hl-content") ||
		!strings.Contains(body, "earliest assertion") && !strings.Contains(body, "earliest denial") {
		t.Fatalf("alerts page: %d\n%s", w.Code, body)
	}
	first, last := strings.Index(body, `id="alert-`+itoa(alerts[2].ID)+`"`), strings.Index(body, `id="alert-`+itoa(alerts[0].ID)+`"`)
	if first < 0 || last < 0 || first > last {
		t.Errorf("alerts are not newest first (%d, %d)", first, last)
	}
	if w := do(t, h, "GET", "/claims", nil); w.Code != 200 || !strings.Contains(w.Body.String(), `href="/claims/1"`) {
		t.Errorf("claims page: %d", w.Code)
	}
	if w := do(t, h, "GET", "/claims/x", nil); w.Code != 400 {
		t.Errorf("claims/x: %d", w.Code)
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }
