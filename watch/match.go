package watch

import (
	"context"
	"slices"
	"time"

	"github.com/claimtrail/claimtrail"
)

// newStatement is a statement new to some claim: its id, article and key.
type newStatement struct {
	id, article int64
	key         string
}

// matchAll matches every saved claim over the statements new to it,
// window by window, and records the alerts with each claim's progress.
func (w *Watcher) matchAll(ctx context.Context) error {
	claims, err := w.store.FindClaims(ctx)
	if err != nil || len(claims) == 0 {
		return err
	}
	low := claims[0].TracedTo
	for _, c := range claims {
		low = min(low, c.TracedTo)
	}
	for {
		page, keys, err := w.store.StatementsAfter(ctx, low, w.opt.Window)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		window := make([]newStatement, len(page))
		for i, st := range page {
			window[i] = newStatement{id: st.ID, article: st.ArticleID, key: keys[i]}
		}
		last := window[len(window)-1].id
		for _, c := range claims {
			if c.TracedTo >= last {
				continue
			}
			if err := w.matchClaim(ctx, c, window, last); err != nil {
				return err
			}
		}
		low = last
	}
}

// matchClaim traces c over the statements of window above its progress
// and records the alerts and its progress to last.
func (w *Watcher) matchClaim(ctx context.Context, c *claimtrail.SavedClaim, window []newStatement, last int64) error {
	var articles []int64
	keys := map[int64]string{}
	for _, s := range window {
		if s.id > c.TracedTo {
			articles = append(articles, s.article)
			keys[s.id] = s.key
		}
	}
	slices.Sort(articles)
	articles = slices.Compact(articles)
	traced, err := w.tracer.MatchNew(ctx, c.Text, c.MinMatch, articles, c.TracedTo)
	if err != nil {
		return err
	}
	now := w.opt.Clock.Now().UTC().Truncate(time.Second)
	var alerts []claimtrail.Alert
	for i := range traced {
		ts := &traced[i]
		key, ok := keys[ts.ID]
		if !ok || ts.Stance == claimtrail.Neutral && !w.opt.Neutral {
			continue
		}
		a := claimtrail.Alert{Claim: claimtrail.AlertClaim{ID: c.ID, Text: c.Text}, Statement: ts.StoredStatement,
			Stance: ts.Stance, Match: ts.Match, FirstSeen: now, Key: key}
		a.Statement.Rank = 0
		a.Earliest = earlier(c, ts)
		alerts = append(alerts, a)
	}
	progress := claimtrail.ClaimProgress{ClaimID: c.ID, TracedTo: last,
		EarliestAssertion: c.EarliestAssertion, EarliestDenial: c.EarliestDenial}
	stored, err := w.store.RecordAlerts(ctx, alerts, []claimtrail.ClaimProgress{progress})
	if err != nil {
		return err
	}
	c.TracedTo = last
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
