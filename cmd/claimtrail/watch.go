package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/trace"
	"github.com/claimtrail/claimtrail/watch"
	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"
)

type watchFlags struct {
	db               string
	every            time.Duration
	once, neutral    bool
	webhook, secret  string
	rate             float64
	timeout          time.Duration
	maxBytes         int
	workers, retries int
	progress         string
}

func (a *app) watchCmd() *cobra.Command {
	var f watchFlags
	cmd := &cobra.Command{
		Use:   "watch [--db PATH|postgres://…] [--every 15m] [--once] [--webhook URL]",
		Short: "Poll the followed feeds and alert on each new statement about a saved claim",
		Long: `Polls every source (claimtrail sources) politely: robots.txt, a rate per host,
conditional GET (ETag, Last-Modified), timeouts, retries with backoff and
jitter; a failing feed waits longer before its next poll while the others go
on. New items are stored as claimtrail ingest stores them; every saved claim
(claimtrail claims) is traced over the new statements only, and each match
that asserts or denies the claim is an alert (--neutral: every match), stored
once under a unique key (no restart, re-polled item or second watcher repeats
it).

Alerts go to standard output as JSON Lines, and with --webhook to a URL as a
POST of the same JSON, signed with HMAC-SHA256 under --webhook-secret (else
$CLAIMTRAIL_WEBHOOK_SECRET) in the header X-Claimtrail-Signature:
sha256=HEX. An alert is delivered to each output once, after it is stored:
a watcher stopped in between delivers it when it starts again.

Runs until SIGINT or SIGTERM (the cycle in progress stops, what it stored
stays); --once runs one cycle, for cron, and exits 1 when a source failed.`,
		Example: `  claimtrail claims add "the harbour will reopen in April"
  claimtrail sources add https://example.org/news.rss
  claimtrail watch --every 15m --webhook https://hooks.example.org/claimtrail`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return a.watch(cmd.Context(), f) },
	}
	dbFlag(cmd, &f.db)
	fl := cmd.Flags()
	fl.DurationVar(&f.every, "every", 15*time.Minute, "time between cycles; a failing source waits EVERY·2^(failures-1), at most 6h")
	fl.BoolVar(&f.once, "once", false, "run one cycle and exit (for cron)")
	fl.BoolVar(&f.neutral, "neutral", false, "alert on matching statements that neither assert nor deny the claim too")
	fl.StringVar(&f.webhook, "webhook", "", "also POST each alert as JSON to this URL")
	fl.StringVar(&f.secret, "webhook-secret", "", "key of the webhook's HMAC-SHA256 signature (else $CLAIMTRAIL_WEBHOOK_SECRET)")
	fl.Float64Var(&f.rate, "rate", 1, "requests per second to one host")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "the longest one fetch may take")
	fl.IntVar(&f.maxBytes, "max-bytes", 64<<20, "largest feed or page read")
	fl.IntVar(&f.workers, "workers", 0, "extraction workers (default: one per core)")
	fl.IntVar(&f.retries, "retries", 2, "retries of a failed poll within a cycle")
	fl.StringVar(&f.progress, "progress", "auto", "status line: auto (on a terminal), always, never")
	return cmd
}

func (a *app) watch(ctx context.Context, f watchFlags) error {
	if f.secret == "" {
		f.secret = os.Getenv("CLAIMTRAIL_WEBHOOK_SECRET")
	}
	if f.webhook != "" && !strings.HasPrefix(f.webhook, "http://") && !strings.HasPrefix(f.webhook, "https://") {
		return fmt.Errorf("--webhook %q: want an http(s) URL", f.webhook)
	}
	st, err := openStore(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()
	ws, err := watchStore(st)
	if err != nil {
		return err
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		return err
	}
	fetch := ingest.Options{RatePerHost: f.rate, Timeout: f.timeout, MaxBytes: f.maxBytes, LimitHint: "see --max-bytes"}
	poller := ingest.NewPoller(fetch)
	defer poller.Close()
	sinks := []watch.Sink{watch.NewJSONLines(a.stdout, "stdout")}
	if f.webhook != "" {
		sinks = append(sinks, &watch.Webhook{URL: f.webhook, Secret: []byte(f.secret), Client: nil})
	}
	var w *watch.Watcher
	logger, stop := a.statusLine(f.progress, func() string { return watchStatus(&w.Stats) })
	defer stop()
	ing := &pipeline.Ingester{Store: st, Extractor: x, Workers: f.workers, Log: func(s string) { logger.Warn(s) }}
	retries := f.retries
	if retries == 0 {
		retries = -1 // watch.Options: 0 is the default, below 0 none
	}
	w = watch.New(ws, poller, ing, tr, sinks, watch.Options{Every: f.every, Retries: retries, Fetch: fetch, Log: logger, Neutral: f.neutral})
	if !f.once {
		logger.Info("watching", "every", f.every)
		return w.Run(ctx)
	}
	err = w.Cycle(ctx)
	stop()
	fmt.Fprintln(a.stderr, watchStatus(&w.Stats))
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("interrupted: what was stored stays; alerts not yet delivered are delivered by the next run")
	case err != nil:
		return err
	case w.Stats.Failed.Load() > 0:
		return fmt.Errorf("%d source(s) failed: %w", w.Stats.Failed.Load(), errPartial)
	}
	return nil
}

// watchStatus is the status line of a watcher.
func watchStatus(s *watch.Stats) string {
	return fmt.Sprintf("cycles %d  polled %d  304 %d  failed %d  articles %d  alerts %d",
		s.Cycles.Load(), s.Polled.Load(), s.NotModified.Load(), s.Failed.Load(), s.Articles.Load(), s.Alerts.Load())
}

// statusLine returns the watcher's logger and a stop function. On a
// terminal (or with mode "always") a status line stays at the bottom of
// stderr and only warnings and errors are logged above it; otherwise
// structured logs (log/slog, text) go to stderr.
func (a *app) statusLine(mode string, status func() string) (*slog.Logger, func()) {
	show := mode == "always"
	if f, ok := a.stderr.(*os.File); ok && mode == "auto" && term.IsTerminal(int(f.Fd())) {
		show = true
	}
	if !show {
		return slog.New(slog.NewTextHandler(a.stderr, nil)), func() {}
	}
	p := mpb.New(mpb.WithOutput(a.stderr), mpb.WithAutoRefresh(), mpb.WithRefreshRate(500*time.Millisecond))
	bar := p.New(0, mpb.NopStyle(), mpb.PrependDecorators(decor.Any(func(decor.Statistics) string { return status() })))
	var once sync.Once
	logger := slog.New(slog.NewTextHandler(lockedWriter{w: p}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	return logger, func() {
		once.Do(func() {
			bar.Abort(true)
			p.Wait()
		})
	}
}

// lockedWriter serialises writes to w.
type lockedWriter struct{ w io.Writer }

var lockedMu sync.Mutex

func (l lockedWriter) Write(b []byte) (int, error) {
	lockedMu.Lock()
	defer lockedMu.Unlock()
	return l.w.Write(b)
}
