package watch_test

import (
	"context"
	"crypto/hmac"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/watch"
)

// receiver is a webhook endpoint that checks each POST's signature,
// fails the first `fail` attempts with 503, and counts the alerts it
// accepted by id.
type receiver struct {
	mu       sync.Mutex
	secret   []byte
	fail     int
	attempts int
	badSig   int
	accepted map[int64]int
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.attempts++
	if !hmac.Equal([]byte(r.Header.Get(watch.SignatureHeader)), []byte(watch.Sign(rc.secret, body))) {
		rc.badSig++
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	if rc.fail > 0 {
		rc.fail--
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	var a alertLine
	if err := json.Unmarshal(body, &a); err != nil || a.Claim.Text == "" || a.Statement.ID == 0 {
		http.Error(w, "not an alert", http.StatusBadRequest)
		return
	}
	rc.accepted[a.ID]++
}

// TestWebhook: the receiver sees each alert once, signed, after the
// watcher retried the attempts it failed.
func TestWebhook(t *testing.T) {
	e := newEnv(t)
	f := newFeed(t, item{"assert", harbourAssert, "2026-11-30"}, item{"deny", harbourDeny, "2026-11-29"})
	e.addSource(f)
	e.saveClaim(harbourClaim)
	rc := &receiver{secret: []byte("s3cret"), fail: 2, accepted: map[int64]int{}}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	hook := &watch.Webhook{URL: srv.URL, Secret: rc.secret, Client: srv.Client(), Clock: e.clock, Rand: func() float64 { return 0.5 }}
	w := e.watcher(5*time.Second, hook)
	e.cycle(w)
	e.clock.advance(15 * time.Minute)
	e.cycle(w) // nothing new: nothing sent again
	if rc.badSig != 0 || rc.attempts != 4 || len(rc.accepted) != 2 {
		t.Fatalf("receiver: %d attempts, %d bad signatures, accepted %v; want 4, 0, two alerts", rc.attempts, rc.badSig, rc.accepted)
	}
	for id, n := range rc.accepted {
		if n != 1 {
			t.Errorf("alert %d accepted %d times", id, n)
		}
	}
}

// TestWebhook_Down: a receiver down for longer than the retries keeps the
// alerts due; the next cycle delivers them, once.
func TestWebhook_Down(t *testing.T) {
	e := newEnv(t)
	f := newFeed(t, item{"assert", harbourAssert, "2026-11-30"})
	e.addSource(f)
	e.saveClaim(harbourClaim)
	rc := &receiver{secret: []byte("k"), fail: 5, accepted: map[int64]int{}}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	hook := &watch.Webhook{URL: srv.URL, Secret: rc.secret, Client: srv.Client(), Retries: 2, Clock: e.clock, Rand: func() float64 { return 0.5 }}
	w := e.watcher(5*time.Second, hook)
	e.cycle(w)
	if len(rc.accepted) != 0 || rc.attempts != 3 {
		t.Fatalf("down receiver: %d attempts, accepted %v; want 3 attempts, none", rc.attempts, rc.accepted)
	}
	e.clock.advance(15 * time.Minute)
	e.cycle(w) // two more failures, then delivered
	e.cycle(w)
	if len(rc.accepted) != 1 {
		t.Fatalf("accepted %v after the receiver came back, want one alert", rc.accepted)
	}
	for _, n := range rc.accepted {
		if n != 1 {
			t.Errorf("accepted %d times", n)
		}
	}
}

// failingSink fails every Send: the alerts stay due for the other sinks'
// sake too.
type failingSink struct{}

func (failingSink) Name() string { return "failing" }
func (failingSink) Send(context.Context, *claimtrail.Alert) error {
	return errors.New("broken pipe")
}

// TestDeliver_Restart: alerts stored by a watcher whose output failed
// reach the output of the next watcher (a restart), once.
func TestDeliver_Restart(t *testing.T) {
	e := newEnv(t)
	f := newFeed(t, item{"assert", harbourAssert, "2026-11-30"})
	e.addSource(f)
	e.saveClaim(harbourClaim)
	dead := watch.NewJSONLines(errWriter{}, "stdout")
	e.cycle(e.watcher(5*time.Second, dead, failingSink{}))
	if _, total, _ := e.store.FindAlerts(context.Background(), claimtrail.AlertFilter{}); total != 1 {
		t.Fatalf("stored alerts %d, want 1", total)
	}
	w := e.watcher(5 * time.Second) // stdout again, working
	e.cycle(w)
	e.cycle(w)
	if n := len(e.lines()); n != 1 {
		t.Errorf("restarted watcher wrote %d lines, want the one alert", n)
	}
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errors.New("closed") }
