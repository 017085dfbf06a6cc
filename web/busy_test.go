package web_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/web"
)

// blockingTracer holds each trace until release is closed, telling
// started when it begins.
type blockingTracer struct {
	started chan struct{}
	release chan struct{}
}

func (b blockingTracer) Trace(ctx context.Context, claim string, _ claimtrail.TraceOptions) (*claimtrail.Trace, error) {
	b.started <- struct{}{}
	select {
	case <-b.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return &claimtrail.Trace{Claim: claim, Statements: []claimtrail.TracedStatement{}}, nil
}

// A trace beyond MaxTraces is refused at once with a JSON 503, not
// queued behind the running ones (issue 16.2: the server sheds load);
// once a slot is free, traces run again. Ordered by channels, not by a
// clock.
func TestTrace_ShedsLoadBeyondMaxTraces(t *testing.T) {
	bt := blockingTracer{started: make(chan struct{}, 4), release: make(chan struct{})}
	h := web.New(nil, bt, web.Options{MaxTraces: 1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	srv := httptest.NewServer(h)
	defer srv.Close()

	first := make(chan int, 1)
	go func() {
		res, err := http.Get(srv.URL + "/api/trace?claim=boats+were+sold")
		if err != nil {
			first <- 0
			return
		}
		res.Body.Close()
		first <- res.StatusCode
	}()
	<-bt.started // the first trace holds the one slot

	for _, path := range []string{"/api/trace?claim=boats+were+sold", "/trace?claim=boats+were+sold"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("%s while the slot is taken: status %d, want 503: %s", path, res.StatusCode, body)
		}
		if path[:5] == "/api/" {
			var e struct {
				Error struct{ Code, Message string }
			}
			if err := json.Unmarshal(body, &e); err != nil || e.Error.Code != "busy" {
				t.Errorf("503 body %q: want a JSON error with code busy (%v)", body, err)
			}
		}
	}
	close(bt.release)
	if code := <-first; code != http.StatusOK {
		t.Fatalf("the first trace answered %d, want 200", code)
	}
	res, err := http.Get(srv.URL + "/api/trace?claim=boats+were+sold")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("a trace after the slot was freed: status %d, want 200", res.StatusCode)
	}
}
