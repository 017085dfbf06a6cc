package watch_test

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/watch"
)

// alertLine is an alert as its JSON line says it (contract: alerts).
type alertLine struct {
	ID    int64 `json:"id"`
	Claim struct {
		ID   int64  `json:"id"`
		Text string `json:"text"`
	} `json:"claim"`
	Statement struct {
		ID        int64  `json:"statement_id"`
		Doc       string `json:"doc"`
		Published string `json:"published"`
		Content   struct {
			Text string `json:"text"`
		} `json:"content"`
	} `json:"statement"`
	Stance    string    `json:"stance"`
	Match     float64   `json:"match"`
	FirstSeen time.Time `json:"first_seen"`
	Earliest  *bool     `json:"earliest"`
}

func parseLines(t *testing.T, lines []string) []alertLine {
	t.Helper()
	out := make([]alertLine, len(lines))
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &out[i]); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, l)
		}
	}
	return out
}

// TestWatch_NewItemsAlertOnce: items published over time alert once each;
// an unchanged feed answers 304 and alerts nothing; an older denial found
// late is the new earliest; a second watcher, and a feed whose items come
// back under a new ETag, repeat nothing.
func TestWatch_NewItemsAlertOnce(t *testing.T) {
	e := newEnv(t)
	f := newFeed(t, item{"assert", harbourAssert, "2026-11-30"}, item{"library", libraryNews, "2026-11-30"})
	e.addSource(f)
	c := e.saveClaim(harbourClaim)
	w := e.watcher(5 * time.Second)

	e.cycle(w)
	got := parseLines(t, e.lines())
	if len(got) != 1 || got[0].Stance != claimtrail.Asserts || got[0].Claim.ID != c.ID || got[0].Claim.Text != harbourClaim ||
		got[0].Statement.ID == 0 || got[0].Match < 0.5 || got[0].Earliest == nil || !*got[0].Earliest ||
		got[0].FirstSeen.IsZero() || got[0].Statement.Published != "2026-11-30" {
		t.Fatalf("first cycle's alerts = %+v, want the assertion, flagged earliest", got)
	}

	e.clock.advance(15 * time.Minute)
	e.cycle(w)
	if _, nm := f.counts(); nm != 1 || w.Stats.NotModified.Load() != 1 {
		t.Errorf("304s: feed %d, watcher %d; want 1", nm, w.Stats.NotModified.Load())
	}
	if n := len(e.lines()); n != 1 {
		t.Fatalf("an unchanged feed raised alerts: %d lines", n)
	}

	f.publish(item{"deny", harbourDeny, "2026-11-02"}) // older than the assertion
	e.clock.advance(15 * time.Minute)
	e.cycle(w)
	got = parseLines(t, e.lines())
	if len(got) != 2 || got[1].Stance != claimtrail.Denies || !*got[1].Earliest || got[1].ID <= got[0].ID {
		t.Fatalf("after the denial: %+v", got)
	}

	// A second watcher over the same store, and the same items under a
	// new ETag (a comment in the feed changes nothing they say).
	f.publish(item{"library-2", libraryNews + " It will hold ten thousand books.", "2026-12-01"})
	w2 := e.watcher(5 * time.Second)
	e.clock.advance(15 * time.Minute)
	e.cycle(w2)
	e.cycle(w)
	if n := len(e.lines()); n != 2 {
		t.Errorf("a second watcher or a re-polled feed repeated alerts: %d lines, want 2", n)
	}
	alerts, total, err := e.store.FindAlerts(context.Background(), claimtrail.AlertFilter{ClaimID: c.ID})
	if err != nil || total != 2 || alerts[0].Stance != claimtrail.Denies {
		t.Errorf("stored alerts: %d, %v; want 2, newest (the denial) first", total, err)
	}
	if cl, _ := e.store.FindClaimByID(context.Background(), c.ID); cl.EarliestDenial != "2026-11-02" || cl.EarliestAssertion == "" {
		t.Errorf("claim's earliest days: %+v", cl)
	}
}

// TestWatch_SaveClaimBaseline: a claim saved over a store that holds its
// assertion already alerts on none of the old statements, and a newer
// assertion found later is no earliest.
func TestWatch_SaveClaimBaseline(t *testing.T) {
	e := newEnv(t)
	f := newFeed(t, item{"assert", harbourAssert, "2026-11-02"})
	e.addSource(f)
	w := e.watcher(5 * time.Second)
	e.cycle(w) // stored before the claim is saved
	c := e.saveClaim(harbourClaim)
	if c.EarliestAssertion == "" {
		t.Fatalf("saved claim %+v: want the stored assertion's day", c)
	}
	f.publish(item{"again", "Harbour master Ian Roe said the Saltmere harbour would reopen in April.", "2026-11-20"})
	e.clock.advance(15 * time.Minute)
	e.cycle(w)
	got := parseLines(t, e.lines())
	if len(got) != 1 || got[0].Stance != claimtrail.Asserts || *got[0].Earliest {
		t.Fatalf("alerts = %+v; want one assertion, not the earliest", got)
	}
}

// TestWatch_NeutralAlertsOnlyWhenAsked: a statement that matches the
// claim but neither asserts nor denies it ("asked whether")
// is no alert by default; with Options.Neutral it is one.
func TestWatch_NeutralAlertsOnlyWhenAsked(t *testing.T) {
	for _, neutral := range []bool{false, true} {
		e := newEnv(t)
		e.addSource(newFeed(t, item{"open", harbourOpen, "2026-11-30"}))
		e.saveClaim(harbourClaim)
		e.cycle(e.watcherWith(watch.Options{Neutral: neutral}, 5*time.Second))
		got := parseLines(t, e.lines())
		if neutral && (len(got) != 1 || got[0].Stance != claimtrail.Neutral || *got[0].Earliest) {
			t.Errorf("with Neutral: alerts = %+v, want the neutral statement, no earliest", got)
		}
		if !neutral && len(got) != 0 {
			t.Errorf("by default: alerts = %+v, want none", got)
		}
	}
}

// TestWatch_FailingFeeds: a feed that errors is retried with backoff
// within the cycle; one that hangs or serves garbage fails after its
// retries, is recorded, and waits longer before the next try; the good
// feeds go on meanwhile.
func TestWatch_FailingFeeds(t *testing.T) {
	e := newEnv(t)
	good := newFeed(t, item{"assert", harbourAssert, "2026-11-30"})
	flaky := newFeed(t, item{"deny", harbourDeny, "2026-11-29"})
	hang := newFeed(t, item{"h", libraryNews, "2026-11-29"})
	garbage := newFeed(t)
	flaky.set("", 2)
	hang.set("hang", 0)
	garbage.set("garbage", 0)
	for _, f := range []*feed{hang, garbage, good, flaky} {
		e.addSource(f)
	}
	e.saveClaim(harbourClaim)
	w := e.watcher(300 * time.Millisecond)
	e.cycle(w)

	if got := parseLines(t, e.lines()); len(got) != 2 {
		t.Fatalf("alerts = %d, want the good feed's and the flaky one's", len(got))
	}
	if n, _ := flaky.counts(); n != 3 {
		t.Errorf("flaky feed asked %d times, want 3 (two failures, then the answer)", n)
	}
	for name, f := range map[string]*feed{"hang": hang, "garbage": garbage} {
		if n, _ := f.counts(); n != 3 {
			t.Errorf("%s feed asked %d times, want 3 (one try, two retries)", name, n)
		}
	}
	if w.Stats.Failed.Load() != 2 || w.Stats.Retried.Load() != 6 {
		t.Errorf("failed %d, retried %d; want 2 and 6", w.Stats.Failed.Load(), w.Stats.Retried.Load())
	}
	// Backoff: 2 s then 4 s (jitter 0.5 keeps them), for each of three feeds.
	var backoffs []time.Duration
	for _, d := range e.clock.sleeps() {
		if d >= time.Second {
			backoffs = append(backoffs, d)
		}
	}
	slices.Sort(backoffs)
	if want := []time.Duration{2 * time.Second, 2 * time.Second, 2 * time.Second, 4 * time.Second, 4 * time.Second, 4 * time.Second}; !slices.Equal(backoffs, want) {
		t.Errorf("backoff sleeps %v, want %v", backoffs, want)
	}
	srcs, _ := e.store.FindSources(context.Background())
	failures := map[string]int{}
	for _, s := range srcs {
		failures[s.URL] = s.Failures
	}
	if failures[hang.URL+"/feed.xml"] != 1 || failures[garbage.URL+"/feed.xml"] != 1 || failures[flaky.URL+"/feed.xml"] != 0 {
		t.Errorf("failures recorded: %v", failures)
	}

	// Next cycle within the backoff: the failed feeds wait; after it, they
	// are asked again.
	e.clock.advance(time.Minute)
	e.cycle(w)
	if n, _ := hang.counts(); n != 3 {
		t.Errorf("hanging feed asked during its backoff (%d requests)", n)
	}
	e.clock.advance(15 * time.Minute)
	garbage.set("", 0)
	e.cycle(w)
	if n, _ := garbage.counts(); n != 4 {
		t.Errorf("garbage feed asked %d times after its backoff, want 4", n)
	}
}

// cancelClock is a fake clock whose first sleep between cycles (a
// minute or more) ends the watcher's context, as SIGINT would.
type cancelClock struct {
	*fakeClock
	cancel context.CancelFunc
}

func (c cancelClock) Sleep(ctx context.Context, d time.Duration) error {
	if d < time.Minute {
		return c.fakeClock.Sleep(ctx, d)
	}
	c.cancel()
	return ctx.Err()
}

// TestWatch_RunStops: Run cycles until its context ends, then returns
// nil; what the cycle stored stays.
func TestWatch_RunStops(t *testing.T) {
	e := newEnv(t)
	f := newFeed(t, item{"assert", harbourAssert, "2026-11-30"})
	e.addSource(f)
	e.saveClaim(harbourClaim)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w2 := watchWithClock(e, cancelClock{e.clock, cancel})
	if err := w2.Run(ctx); err != nil {
		t.Fatalf("Run = %v, want nil after the context ends", err)
	}
	if w2.Stats.Cycles.Load() != 1 || len(e.lines()) != 1 {
		t.Errorf("%d cycles, %d alerts; want one of each", w2.Stats.Cycles.Load(), len(e.lines()))
	}
}

// TestWatch_TwoStatementsOneArticle: an alert is one per claim and
// statement, not per article: an item where two speakers assert the
// claim raises two.
func TestWatch_TwoStatementsOneArticle(t *testing.T) {
	e := newEnv(t)
	e.addSource(newFeed(t, item{"both", harbourAssert + " " + harbourDeny, "2026-11-02"}))
	e.saveClaim(harbourClaim)
	e.cycle(e.watcher(5 * time.Second))
	got := parseLines(t, e.lines())
	stances := map[string]int{}
	for _, a := range got {
		stances[a.Stance]++
	}
	if len(got) != 2 || stances[claimtrail.Asserts] != 1 || stances[claimtrail.Denies] != 1 {
		t.Errorf("alerts = %+v; want the assertion and the denial of the one item", got)
	}
}
