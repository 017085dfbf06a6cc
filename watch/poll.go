package watch

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/pipeline"
)

// Statuses a poll records (SourcePoll.Status); an error records its text.
const (
	StatusOK          = "ok"
	StatusNotModified = "not-modified"
)

// pollAll polls every due source, Fetchers at a time.
func (w *Watcher) pollAll(ctx context.Context) error {
	sources, err := w.store.FindSources(ctx)
	if err != nil {
		return err
	}
	work := make(chan *claimtrail.Source)
	var wg sync.WaitGroup
	for range min(w.opt.Fetchers, len(sources)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for src := range work {
				w.pollSource(ctx, src)
			}
		}()
	}
	now := w.opt.Clock.Now()
	for _, src := range sources {
		if !w.due(src, now) {
			w.log.Debug("source backing off", "url", src.URL, "failures", src.Failures)
			continue
		}
		select {
		case work <- src:
		case <-ctx.Done():
		}
	}
	close(work)
	wg.Wait()
	return ctx.Err()
}

// due tells whether a source is to be polled: always unless it failed
// last time; then once Every·2^(failures-1) (at most MaxBackoff) passed.
func (w *Watcher) due(src *claimtrail.Source, now time.Time) bool {
	if src.Failures == 0 || src.LastPolled.IsZero() {
		return true
	}
	wait := w.opt.Every
	for i := 1; i < src.Failures && wait < w.opt.MaxBackoff; i++ {
		wait *= 2
	}
	return !now.Before(src.LastPolled.Add(min(wait, w.opt.MaxBackoff)))
}

// pollSource polls one source, retrying a failure with backoff, stores
// its items and records the poll.
func (w *Watcher) pollSource(ctx context.Context, src *claimtrail.Source) {
	v := ingest.Validators{ETag: src.ETag, LastModified: src.LastModified}
	var err error
	for attempt := 0; ; attempt++ {
		var polled *ingest.Polled
		polled, err = w.poller.Poll(ctx, src.URL, v)
		if err == nil {
			err = w.store1(ctx, src, polled)
		}
		if err == nil {
			w.record(ctx, src, polled, nil)
			return
		}
		if ctx.Err() != nil || attempt >= w.opt.Retries {
			break
		}
		w.Stats.Retried.Add(1)
		delay := time.Duration(float64(w.opt.RetryDelay<<attempt) * (0.5 + w.opt.Rand()))
		w.log.Warn("poll failed; retrying", "url", src.URL, "attempt", attempt+1, "in", delay, "err", err)
		if w.opt.Clock.Sleep(ctx, delay) != nil {
			break
		}
	}
	if ctx.Err() != nil {
		return // not the source's failure
	}
	w.Stats.Failed.Add(1)
	w.log.Error("poll failed", "url", src.URL, "err", err)
	w.record(ctx, src, nil, err)
}

// store1 stores a polled feed's items through the ingest pipeline.
func (w *Watcher) store1(ctx context.Context, src *claimtrail.Source, p *ingest.Polled) error {
	w.Stats.Polled.Add(1)
	if p.NotModified {
		w.Stats.NotModified.Add(1)
		return nil
	}
	select {
	case w.ingestMu <- struct{}{}:
		defer func() { <-w.ingestMu }()
	case <-ctx.Done():
		return ctx.Err()
	}
	var c pipeline.Counts
	opt := w.opt.Fetch
	opt.Stdin, opt.Format, opt.StdinURL, opt.Follow = bytes.NewReader(p.Body), "feed", p.URL, src.Follow
	opt.Now, opt.Clock = w.opt.Clock.Now(), w.opt.Clock
	if err := w.ing.Run(ctx, []string{"-"}, opt, &c); err != nil {
		return fmt.Errorf("store items: %w", err)
	}
	w.Stats.Articles.Add(c.Created.Load() + c.Versions.Load())
	w.Stats.Statements.Add(c.Statements.Load())
	if c.Read.Load() == 0 && c.Failed.Load() > 0 {
		return errNoItems
	}
	w.log.Info("polled", "url", src.URL, "items", c.Read.Load(), "new", c.Created.Load(),
		"new_versions", c.Versions.Load(), "statements", c.Statements.Load())
	return nil
}

// record stores what came of a poll: the new validators after a success,
// the failures in a row after an error (the old validators kept).
func (w *Watcher) record(ctx context.Context, src *claimtrail.Source, p *ingest.Polled, failed error) {
	rec := claimtrail.SourcePoll{Polled: w.opt.Clock.Now(), ETag: src.ETag, LastModified: src.LastModified}
	switch {
	case failed != nil:
		rec.Status, rec.Failures = trimStatus(failed.Error()), src.Failures+1
	case p.NotModified:
		rec.Status = StatusNotModified
	default:
		rec.Status, rec.ETag, rec.LastModified = StatusOK, p.Validators.ETag, p.Validators.LastModified
	}
	if err := w.store.UpdateSource(context.WithoutCancel(ctx), src.ID, rec); err != nil {
		w.log.Error("record poll", "url", src.URL, "err", err)
	}
}

func trimStatus(s string) string {
	if len(s) > 300 {
		s = s[:300]
	}
	return s
}
