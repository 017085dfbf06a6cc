// Package watch follows saved claims over feeds (claimtrail watch): each
// cycle polls the sources politely (ingest.Poller: robots.txt, a rate per
// host, conditional GET, timeouts, retries with backoff and jitter),
// stores their new items through the ingest pipeline, traces every saved
// claim over the new statements only (trace.Tracer.MatchNew), records
// each new matching statement as an alert under a unique key in the store,
// and delivers the alerts to their outputs (JSON Lines, a webhook).
//
// What a cycle did lives in the store, not in memory: a claim's progress
// (the last statement it was matched against) moves in the transaction
// that stores its alerts, and each output's deliveries are recorded, so a
// watcher killed at any moment resumes where it stopped, and no restart,
// re-polled item or second watcher raises an alert twice.
package watch

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sync/atomic"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/pipeline"
)

// Tracer matches claims against statements (trace.Tracer).
type Tracer interface {
	// MatchNew traces claim over the statements of articles with an id
	// above after.
	MatchNew(ctx context.Context, claim string, minMatch float64, articles []int64, after int64) ([]claimtrail.TracedStatement, error)
}

// Ingester stores documents read from inputs (pipeline.Ingester).
type Ingester interface {
	Run(ctx context.Context, inputs []string, opt ingest.Options, c *pipeline.Counts) error
}

// Options configure a Watcher. Zero fields take the defaults.
type Options struct {
	// Every is the time between cycles (default 15 minutes); a source
	// that failed waits Every·2^(failures-1), at most MaxBackoff, before
	// it is polled again.
	Every      time.Duration
	MaxBackoff time.Duration // default 6 hours
	// Retries is how often a failed poll is tried again within a cycle
	// (default 2), after RetryDelay, then twice that, … each with ±50 %
	// jitter (default 2 s); a negative Retries retries nothing.
	Retries    int
	RetryDelay time.Duration
	// Fetchers poll sources at once (default 4); one host's sources
	// queue behind each other (Poller).
	Fetchers int
	// Window bounds the new statements matched at once (default 20,000):
	// a long backlog is matched window by window in bounded memory.
	Window int
	// Fetch holds the politeness and limits of the item pages a source
	// with Follow fetches (RatePerHost, Timeout, MaxBytes, UserAgent,
	// Transport), as the Poller's own.
	Fetch ingest.Options
	// Clock tells the time and sleeps (default the wall clock); tests
	// give a fake one. Rand gives jitter in [0, 1) (default math/rand).
	Clock ingest.Clock
	Rand  func() float64
	// Log receives what happens (default slog.Default()).
	Log *slog.Logger
	// Neutral alerts on matching statements that neither assert nor
	// deny the claim too; by default an alert is an assertion or a
	// denial, what a fact-checker following a claim asks to hear of.
	Neutral bool
}

// Stats count what a Watcher did, for a progress line. They are atomic:
// a display reads them while a cycle runs.
type Stats struct {
	Cycles, Polled, NotModified, Failed, Retried atomic.Int64
	Articles, Statements, Alerts, Delivered      atomic.Int64
}

// Watcher runs watch cycles over a store.
type Watcher struct {
	store  claimtrail.WatchStore
	poller *ingest.Poller
	ing    Ingester
	tracer Tracer
	sinks  []Sink
	opt    Options
	log    *slog.Logger
	Stats  Stats
	// ingestMu lets one source's items be stored at a time: the store
	// has one writer.
	ingestMu chan struct{}
}

// New returns a Watcher that polls with poller, stores with ing, matches
// with tracer and delivers to sinks.
func New(store claimtrail.WatchStore, poller *ingest.Poller, ing Ingester, tracer Tracer, sinks []Sink, opt Options) *Watcher {
	if opt.Every <= 0 {
		opt.Every = 15 * time.Minute
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = 6 * time.Hour
	}
	if opt.Retries < 0 {
		opt.Retries = 0
	} else if opt.Retries == 0 {
		opt.Retries = 2
	}
	if opt.RetryDelay <= 0 {
		opt.RetryDelay = 2 * time.Second
	}
	if opt.Fetchers <= 0 {
		opt.Fetchers = 4
	}
	if opt.Window <= 0 {
		opt.Window = 20000
	}
	if opt.Clock == nil {
		opt.Clock = ingest.WallClock{}
	}
	if opt.Rand == nil {
		opt.Rand = rand.Float64
	}
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	return &Watcher{store: store, poller: poller, ing: ing, tracer: tracer, sinks: sinks, opt: opt, log: opt.Log,
		ingestMu: make(chan struct{}, 1)}
}

// Run runs cycles until ctx ends, Every apart (±10 % jitter, so that
// watchers started together drift apart). A cycle's error is logged and
// the next cycle tries again; only ctx's end stops it, and returns nil.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		if err := w.Cycle(ctx); err != nil && ctx.Err() == nil {
			w.log.Error("watch cycle failed", "err", err)
		}
		if ctx.Err() != nil {
			return nil
		}
		wait := time.Duration(float64(w.opt.Every) * (0.9 + 0.2*w.opt.Rand()))
		if err := w.opt.Clock.Sleep(ctx, wait); err != nil {
			return nil
		}
	}
}

// Cycle runs one cycle: deliver what an earlier run stored but did not
// send, poll the due sources and store their new items, match the claims
// over the new statements, deliver the new alerts. A failed source is
// logged and counted, not returned: the others go on.
func (w *Watcher) Cycle(ctx context.Context) error {
	defer w.Stats.Cycles.Add(1)
	if err := w.deliver(ctx); err != nil {
		return err
	}
	if err := w.pollAll(ctx); err != nil {
		return err
	}
	if err := w.matchAll(ctx); err != nil {
		return err
	}
	return w.deliver(ctx)
}

var errNoItems = errors.New("no item could be read (not a feed, or every item failed)")
