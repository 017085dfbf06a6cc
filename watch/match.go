package watch

import (
	"context"
	"slices"
	"time"

	"github.com/claimtrail/claimtrail"
)

// matchAll matches the saved claims over the watch queue, window by
// window: each claim's alerts are recorded with its earliest days, then
// the window's entries are removed from the queue. The queue, unlike a
// position in statement ids, holds an article stored by a writer that
// committed after others with larger ids. A crash before the removal
// leaves the entries queued; matched again, they raise nothing twice
// (alerts are unique by claim and statement key).
func (w *Watcher) matchAll(ctx context.Context) error {
	for {
		queued, err := w.store.QueuedArticles(ctx, w.opt.Window)
		if err != nil || len(queued) == 0 {
			return err
		}
		window := cutWindow(queued, w.opt.Window)
		// Read after the window: a claim saved since is positioned at or
		// above its entries (CreateClaim), so none is new to it.
		claims, err := w.store.FindClaims(ctx)
		if err != nil {
			return err
		}
		for _, c := range claims {
			if err := w.matchClaim(ctx, c, window); err != nil {
				return err
			}
		}
		done := make([]int64, len(window))
		for i, q := range window {
			done[i] = q.Seq
		}
		if _, err := w.store.RecordAlerts(ctx, nil, nil, done); err != nil {
			return err
		}
	}
}

// cutWindow is the oldest entries of queued whose statements number at
// most limit (at least one entry).
func cutWindow(queued []claimtrail.QueuedArticle, limit int) []claimtrail.QueuedArticle {
	n := queued[0].Statements
	end := 1
	for end < len(queued) && n+queued[end].Statements <= limit {
		n += queued[end].Statements
		end++
	}
	return queued[:end]
}

// matchClaim traces c over the articles of window queued after it was
// saved and records the alerts with its earliest days.
func (w *Watcher) matchClaim(ctx context.Context, c *claimtrail.SavedClaim, window []claimtrail.QueuedArticle) error {
	var articles []int64
	keys := map[int64]string{}
	for _, q := range window {
		if q.Seq > c.TracedTo && q.Statements > 0 {
			articles = append(articles, q.ArticleID)
			keys[q.ArticleID] = q.Key
		}
	}
	if len(articles) == 0 {
		return nil
	}
	slices.Sort(articles)
	articles = slices.Compact(articles)
	traced, err := w.tracer.MatchNew(ctx, c.Text, c.MinMatch, articles, 0)
	if err != nil {
		return err
	}
	now := w.opt.Clock.Now().UTC().Truncate(time.Second)
	var alerts []claimtrail.Alert
	for i := range traced {
		ts := &traced[i]
		articleKey, ok := keys[ts.ArticleID]
		if !ok || ts.Stance == claimtrail.Neutral && !w.opt.Neutral {
			continue
		}
		a := claimtrail.Alert{Claim: claimtrail.AlertClaim{ID: c.ID, Text: c.Text}, Statement: ts.StoredStatement,
			Stance: ts.Stance, Match: ts.Match, FirstSeen: now, Key: claimtrail.StatementKey(&ts.StoredStatement, articleKey)}
		a.Statement.Rank = 0
		a.Earliest = earlier(c, ts)
		alerts = append(alerts, a)
	}
	progress := claimtrail.ClaimProgress{ClaimID: c.ID, EarliestAssertion: c.EarliestAssertion, EarliestDenial: c.EarliestDenial}
	stored, err := w.store.RecordAlerts(ctx, alerts, []claimtrail.ClaimProgress{progress}, nil)
	if err != nil {
		return err
	}
	w.Stats.Alerts.Add(int64(len(stored)))
	if len(stored) > 0 {
		w.log.Info("alerts", "claim", c.ID, "new", len(stored))
	}
	return nil
}

// earlier tells whether ts asserts (denies) the claim and is older than
// every assertion (denial) known before; it moves c's earliest day then.
// Statements come in trace order, oldest first, so of a batch only the
// oldest is flagged.
func earlier(c *claimtrail.SavedClaim, ts *claimtrail.TracedStatement) bool {
	var known *string
	switch ts.Stance {
	case claimtrail.Asserts:
		known = &c.EarliestAssertion
	case claimtrail.Denies:
		known = &c.EarliestDenial
	default:
		return false
	}
	day, _, ok := ts.FirstDay()
	if !ok {
		return false
	}
	d := day.Format("2006-01-02")
	if *known != "" && d >= *known {
		return false
	}
	*known = d
	return true
}
