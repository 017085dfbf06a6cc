package watch

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/ingest"
)

// Sink is an output alerts are delivered to.
type Sink interface {
	// Name names the sink in the store's account of deliveries: a sink
	// of the same name resumes where the last one stopped.
	Name() string
	// Send delivers one alert; an error leaves it due for the next cycle.
	Send(ctx context.Context, a *claimtrail.Alert) error
}

// deliverBatch bounds the pending alerts read at once.
const deliverBatch = 100

// deliver sends each sink the alerts due to it, marking each delivered
// as soon as it is sent (a watcher killed in between sends that one
// again on restart: an alert's id tells a receiver it has seen it). A
// sink that fails keeps the rest for the next cycle; the others go on.
func (w *Watcher) deliver(ctx context.Context) error {
	for _, s := range w.sinks {
		if err := w.deliverTo(ctx, s); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			w.log.Error("deliver alerts", "sink", s.Name(), "err", err)
		}
	}
	return nil
}

func (w *Watcher) deliverTo(ctx context.Context, s Sink) error {
	for {
		pending, err := w.store.PendingAlerts(ctx, s.Name(), deliverBatch)
		if err != nil || len(pending) == 0 {
			return err
		}
		for _, a := range pending {
			if err := s.Send(ctx, a); err != nil {
				return err
			}
			if err := w.store.MarkDelivered(context.WithoutCancel(ctx), s.Name(), a.ID); err != nil {
				return err
			}
			w.Stats.Delivered.Add(1)
		}
	}
}

// JSONLines writes each alert as one line of JSON (contract: alerts).
type JSONLines struct {
	mu   sync.Mutex
	w    io.Writer
	name string
}

// NewJSONLines returns a sink writing to w, named name in the store's
// account of deliveries ("stdout").
func NewJSONLines(w io.Writer, name string) *JSONLines { return &JSONLines{w: w, name: name} }

func (j *JSONLines) Name() string { return j.name }

// Send writes the alert's line in one write.
func (j *JSONLines) Send(_ context.Context, a *claimtrail.Alert) error {
	b, err := json.Marshal(a)
	if err != nil {
		return err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	_, err = j.w.Write(append(b, '\n'))
	return err
}

// SignatureHeader carries a webhook body's HMAC-SHA256 under the shared
// secret, as "sha256=" and its hex digest; AlertIDHeader the alert's id,
// the same on every retry.
const (
	SignatureHeader = "X-Claimtrail-Signature"
	AlertIDHeader   = "X-Claimtrail-Alert-Id"
)

// Sign returns the SignatureHeader value of body under secret; a
// receiver computes it again and compares with hmac.Equal.
func Sign(secret, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Webhook POSTs each alert as JSON to a URL, signed, retrying failures
// (a network error, a 5xx, a 429) with backoff and jitter.
type Webhook struct {
	URL    string
	Secret []byte
	Client *http.Client
	// Retries after the first attempt (default 4), the first after
	// RetryDelay (default 1 s), each next twice as long, ±50 % jitter.
	Retries    int
	RetryDelay time.Duration
	Clock      ingest.Clock
	Rand       func() float64
}

func (h *Webhook) Name() string { return "webhook " + h.URL }

// Send posts the alert until the receiver answers 2xx; a 4xx other than
// 408 and 429 is the receiver's refusal, not retried.
func (h *Webhook) Send(ctx context.Context, a *claimtrail.Alert) error {
	body, err := json.Marshal(a)
	if err != nil {
		return err
	}
	clock, jitter := h.Clock, h.Rand
	if clock == nil {
		clock = ingest.WallClock{}
	}
	if jitter == nil {
		jitter = rand.Float64
	}
	retries, delay := h.Retries, h.RetryDelay
	if retries <= 0 {
		retries = 4
	}
	if delay <= 0 {
		delay = time.Second
	}
	for attempt := 0; ; attempt++ {
		retry, err := h.post(ctx, a.ID, body)
		if err == nil {
			return nil
		}
		if !retry || attempt >= retries || ctx.Err() != nil {
			return fmt.Errorf("webhook %s: %w", h.URL, err)
		}
		d := time.Duration(float64(delay<<attempt) * (0.5 + jitter()))
		if err := clock.Sleep(ctx, d); err != nil {
			return err
		}
	}
}

// post sends one attempt; retry tells whether a failure may pass.
func (h *Webhook) post(ctx context.Context, id int64, body []byte) (retry bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", ingest.DefaultUserAgent)
	req.Header.Set(AlertIDHeader, strconv.FormatInt(id, 10))
	if len(h.Secret) > 0 {
		req.Header.Set(SignatureHeader, Sign(h.Secret, body))
	}
	client := h.Client
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := client.Do(req)
	if err != nil {
		return true, err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	switch c := resp.StatusCode; {
	case c >= 200 && c < 300:
		return false, nil
	case c >= 500, c == http.StatusTooManyRequests, c == http.StatusRequestTimeout:
		return true, fmt.Errorf("HTTP %s", resp.Status)
	default:
		return false, fmt.Errorf("HTTP %s", resp.Status)
	}
}
