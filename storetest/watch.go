// The watch tests: saved claims, sources and alerts
// (claimtrail.WatchStore).

package storetest

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// mustWatchStore returns s as a WatchStore, failing the test when it is
// none: every store implements it.
func mustWatchStore(t *testing.T, s claimtrail.Store) claimtrail.WatchStore {
	t.Helper()
	w, ok := s.(claimtrail.WatchStore)
	if !ok {
		t.Fatalf("%T does not implement claimtrail.WatchStore", s)
	}
	return w
}

func testClaims(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	w := mustWatchStore(t, s)
	if err := w.CreateClaim(ctx, &claimtrail.SavedClaim{Text: "  "}); claimtrail.ErrorCode(err) != claimtrail.EINVALID {
		t.Errorf("CreateClaim(empty) = %v, want EINVALID", err)
	}
	a := &claimtrail.SavedClaim{Text: "the harbor will reopen in April", Name: "harbor", MinMatch: 0.6, TracedTo: 7, EarliestAssertion: "2025-03-10"}
	b := &claimtrail.SavedClaim{Text: "a dredging contract was signed"}
	for _, c := range []*claimtrail.SavedClaim{a, b} {
		if err := w.CreateClaim(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if a.ID == 0 || b.ID == a.ID || a.Created.IsZero() {
		t.Fatalf("ids %d, %d, created %v: want distinct ids and a time", a.ID, b.ID, a.Created)
	}
	got, err := w.FindClaims(ctx)
	if err != nil || len(got) != 2 || !reflect.DeepEqual(got[0], a) || !reflect.DeepEqual(got[1], b) {
		t.Fatalf("FindClaims = %+v, %v; want %+v, %+v", got, err, a, b)
	}
	if c, err := w.FindClaimByID(ctx, b.ID); err != nil || !reflect.DeepEqual(c, b) {
		t.Errorf("FindClaimByID = %+v, %v", c, err)
	}
	if err := w.DeleteClaim(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := w.FindClaimByID(ctx, a.ID); claimtrail.ErrorCode(err) != claimtrail.ENOTFOUND {
		t.Errorf("FindClaimByID(deleted) = %v, want ENOTFOUND", err)
	}
	if err := w.DeleteClaim(ctx, a.ID); claimtrail.ErrorCode(err) != claimtrail.ENOTFOUND {
		t.Errorf("DeleteClaim(deleted) = %v, want ENOTFOUND", err)
	}
}

func testSources(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	w := mustWatchStore(t, s)
	if err := w.CreateSource(ctx, &claimtrail.Source{URL: "ftp://x.example/feed"}); claimtrail.ErrorCode(err) != claimtrail.EINVALID {
		t.Errorf("CreateSource(ftp) = %v, want EINVALID", err)
	}
	src := &claimtrail.Source{URL: "https://tidewater.example/feed.xml", Follow: true}
	if err := w.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	if err := w.CreateSource(ctx, &claimtrail.Source{URL: src.URL}); claimtrail.ErrorCode(err) != claimtrail.ECONFLICT {
		t.Errorf("CreateSource(again) = %v, want ECONFLICT", err)
	}
	polled := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	p := claimtrail.SourcePoll{Polled: polled, Status: "ok", Failures: 0, ETag: `"v1"`, LastModified: "Tue, 01 Dec 2026 09:00:00 GMT"}
	if err := w.UpdateSource(ctx, src.ID, p); err != nil {
		t.Fatal(err)
	}
	src.LastPolled, src.LastStatus, src.ETag, src.LastModified = polled, "ok", p.ETag, p.LastModified
	got, err := w.FindSources(ctx)
	if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], src) {
		t.Fatalf("FindSources = %+v, %v; want %+v", got, err, src)
	}
	if err := w.UpdateSource(ctx, src.ID+100, p); claimtrail.ErrorCode(err) != claimtrail.ENOTFOUND {
		t.Errorf("UpdateSource(missing) = %v, want ENOTFOUND", err)
	}
	if err := w.DeleteSource(ctx, src.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := w.FindSources(ctx); len(got) != 0 {
		t.Errorf("sources after delete: %+v", got)
	}
}

// testQueue: each article stored is queued once, oldest first, with its
// key and statements; a new version empties its predecessor's entry; a
// claim is positioned at the newest entry; RecordAlerts removes exactly
// the entries done.
func testQueue(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	w := mustWatchStore(t, s)
	if q, err := w.QueuedArticles(ctx, 10); err != nil || len(q) != 0 {
		t.Errorf("QueuedArticles(empty) = %+v, %v", q, err)
	}
	if _, err := w.QueuedArticles(ctx, 0); claimtrail.ErrorCode(err) != claimtrail.EINVALID {
		t.Errorf("QueuedArticles(limit 0) = %v, want EINVALID", err)
	}
	res := MustPut(t, s, harbor(), lighthouse())
	q := mustQueued(t, w, 10)
	if len(q) != 2 || q[0].ArticleID != res[0].ArticleID || q[1].ArticleID != res[1].ArticleID || q[0].Seq >= q[1].Seq {
		t.Fatalf("queue = %+v; want the two articles in order", q)
	}
	if want := claimtrail.ArticleKey(harbor().Doc); q[0].Key != want || q[0].Statements != len(harbor().Statements) {
		t.Errorf("entry %+v: want key %q and %d statements", q[0], want, len(harbor().Statements))
	}
	if page := mustQueued(t, w, 1); len(page) != 1 || page[0] != q[0] {
		t.Errorf("QueuedArticles(1) = %+v; want %+v", page, q[0])
	}
	c := &claimtrail.SavedClaim{Text: "the harbor will reopen", TracedTo: 999}
	if err := w.CreateClaim(ctx, c); err != nil || c.TracedTo != q[1].Seq {
		t.Fatalf("CreateClaim: traced_to %d, %v; want the newest entry %d", c.TracedTo, err, q[1].Seq)
	}
	MustPut(t, s, harbor()) // unchanged: not queued again
	v2 := MustPut(t, s, harborV2())
	q = mustQueued(t, w, 10)
	if len(q) != 3 || q[0].Statements != 0 || q[2].ArticleID != v2[0].ArticleID || q[2].Seq <= c.TracedTo {
		t.Fatalf("queue after a new version = %+v; want the old one emptied, the new one above %d", q, c.TracedTo)
	}
	if _, err := w.RecordAlerts(ctx, nil, nil, []int64{q[0].Seq, q[2].Seq}); err != nil {
		t.Fatal(err)
	}
	if left := mustQueued(t, w, 10); len(left) != 1 || left[0] != q[1] {
		t.Errorf("queue after two are done = %+v; want %+v", left, q[1])
	}
}

func mustQueued(t *testing.T, w claimtrail.WatchStore, limit int) []claimtrail.QueuedArticle {
	t.Helper()
	q, err := w.QueuedArticles(context.Background(), limit)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func testAlerts(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	w := mustWatchStore(t, s)
	MustPut(t, s, harbor())
	sts, _ := MustFindStatements(t, s, claimtrail.StatementFilter{Latest: true})
	if len(sts) < 3 {
		t.Fatalf("%d statements stored, want 3 or more", len(sts))
	}
	slices.SortFunc(sts, func(a, b *claimtrail.StoredStatement) int { return cmp.Compare(a.ID, b.ID) })
	articleKey := claimtrail.ArticleKey(harbor().Doc)
	c := &claimtrail.SavedClaim{Text: "the harbor will reopen"}
	if err := w.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	seen := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	alert := func(i int, at time.Time) claimtrail.Alert {
		return claimtrail.Alert{Claim: claimtrail.AlertClaim{ID: c.ID, Text: c.Text}, Statement: *sts[i],
			Stance: claimtrail.Asserts, Match: 0.75, FirstSeen: at, Earliest: i == 0,
			Key: claimtrail.StatementKey(sts[i], articleKey)}
	}
	prog := []claimtrail.ClaimProgress{{ClaimID: c.ID, EarliestAssertion: "2025-03-10"}}
	got, err := w.RecordAlerts(ctx, []claimtrail.Alert{alert(0, seen), alert(1, seen.Add(time.Minute))}, prog, nil)
	if err != nil || len(got) != 2 || got[0].ID == 0 {
		t.Fatalf("RecordAlerts = %+v, %v; want two stored", got, err)
	}
	// Raised again (a restart, a second watcher): nothing is stored.
	again, err := w.RecordAlerts(ctx, []claimtrail.Alert{alert(0, seen.Add(time.Hour))}, nil, nil)
	if err != nil || len(again) != 0 {
		t.Errorf("RecordAlerts(again) = %+v, %v; want none stored", again, err)
	}
	if cc, _ := w.FindClaimByID(ctx, c.ID); cc.EarliestAssertion != "2025-03-10" {
		t.Errorf("claim after RecordAlerts: %+v", cc)
	}
	found, total, err := w.FindAlerts(ctx, claimtrail.AlertFilter{ClaimID: c.ID, Limit: 1})
	if err != nil || total != 2 || len(found) != 1 {
		t.Fatalf("FindAlerts = %d of %d, %v", len(found), total, err)
	}
	want := alert(1, seen.Add(time.Minute)) // newest first
	want.ID = got[1].ID
	want.Statement.Rank = 0
	if f := found[0]; !reflect.DeepEqual(*f, want) {
		t.Errorf("FindAlerts[0] =\n%+v\nwant\n%+v", *f, want)
	}
	testDeliveries(t, w, got[1].ID, func(at time.Time) claimtrail.Alert { return alert(2, at) })
	if err := w.DeleteClaim(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if _, total, _ := w.FindAlerts(ctx, claimtrail.AlertFilter{}); total != 0 {
		t.Errorf("%d alerts left after their claim was deleted", total)
	}
}

// testDeliveries: a sink named for the first time is due the alerts
// stored from then on, each until it is marked delivered to it; another
// sink keeps its own account.
func testDeliveries(t *testing.T, w claimtrail.WatchStore, last int64, next func(time.Time) claimtrail.Alert) {
	ctx := context.Background()
	if p, err := w.PendingAlerts(ctx, "stdout", 10); err != nil || len(p) != 0 {
		t.Fatalf("PendingAlerts(new sink) = %d, %v; want none of the alerts stored before", len(p), err)
	}
	stored, err := w.RecordAlerts(ctx, []claimtrail.Alert{next(time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))}, nil, nil)
	if err != nil || len(stored) != 1 || stored[0].ID <= last {
		t.Fatalf("RecordAlerts = %+v, %v", stored, err)
	}
	id := stored[0].ID
	for range 2 { // due until marked
		if p, err := w.PendingAlerts(ctx, "stdout", 10); err != nil || len(p) != 1 || p[0].ID != id || p[0].Claim.Text == "" {
			t.Fatalf("PendingAlerts = %+v, %v; want alert %d", p, err, id)
		}
	}
	if err := w.MarkDelivered(ctx, "stdout", id); err != nil {
		t.Fatal(err)
	}
	if p, _ := w.PendingAlerts(ctx, "stdout", 10); len(p) != 0 {
		t.Errorf("alert %d is still pending after delivery", id)
	}
	if err := w.MarkDelivered(ctx, "stdout", id); err != nil {
		t.Errorf("MarkDelivered(again) = %v", err)
	}
	testLateAlert(t, w, next)
}

// testLateAlert: delivery is per alert, not a position in alert ids. Two
// watchers on one store can commit alerts out of id order, so a sink may
// have been sent a larger id before a smaller one is due; marking the
// larger one delivered leaves the smaller due.
func testLateAlert(t *testing.T, w claimtrail.WatchStore, next func(time.Time) claimtrail.Alert) {
	ctx := context.Background()
	a, b := next(time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)), next(time.Date(2026, 12, 3, 0, 1, 0, 0, time.UTC))
	a.Key, b.Key = a.Key+"/late-1", b.Key+"/late-2" // two alerts, not one raised twice
	stored, err := w.RecordAlerts(ctx, []claimtrail.Alert{a, b}, nil, nil)
	if err != nil || len(stored) != 2 {
		t.Fatalf("RecordAlerts = %+v, %v", stored, err)
	}
	small, large := stored[0].ID, stored[1].ID
	if err := w.MarkDelivered(ctx, "stdout", large); err != nil {
		t.Fatal(err)
	}
	if p, err := w.PendingAlerts(ctx, "stdout", 10); err != nil || len(p) != 1 || p[0].ID != small {
		t.Fatalf("PendingAlerts after alert %d was delivered = %+v, %v; want alert %d still due", large, p, err, small)
	}
	if p, err := w.PendingAlerts(ctx, "webhook", 10); err != nil || len(p) != 0 {
		t.Errorf("PendingAlerts(a sink named after both were stored) = %d, %v; want none", len(p), err)
	}
	if err := w.MarkDelivered(ctx, "stdout", small); err != nil {
		t.Fatal(err)
	}
	if p, _ := w.PendingAlerts(ctx, "stdout", 10); len(p) != 0 {
		t.Errorf("%d alerts still pending after both were delivered", len(p))
	}
}
