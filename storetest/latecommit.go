package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// HoldPut stores in in a transaction it leaves open, and returns the
// function that commits it: a second writer that took its ids before
// another commits. A store whose writers queue behind each other (SQLite)
// gives none.
type HoldPut func(ctx context.Context, in []claimtrail.ArticleInput) (commit func() error, err error)

// RunLateCommit checks that the watch queue holds an article whose
// writer committed late: writer A stores its article first (the smaller
// ids) and commits after writer B, and after a watcher has matched and
// removed B's entry. A's entry must still be queued, above the claim's
// position. With no hold, A is stored after the watcher's step, as a
// single-writer store allows.
func RunLateCommit(t *testing.T, s claimtrail.Store, hold HoldPut) {
	ctx := context.Background()
	w := mustWatchStore(t, s)
	c := &claimtrail.SavedClaim{Text: "the harbor will reopen"}
	if err := w.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	commitA := func() error { MustPut(t, s, harbor()); return nil }
	if hold != nil {
		var err error
		if commitA, err = hold(ctx, []claimtrail.ArticleInput{harbor()}); err != nil {
			t.Fatal(err)
		}
	}
	resB := MustPut(t, s, quarry()) // no speaker of A's: a new speaker's row would wait for A
	// The watcher's step: B's entry, matched and removed.
	q := mustQueued(t, w, 10)
	if len(q) != 1 || q[0].ArticleID != resB[0].ArticleID {
		t.Fatalf("queue = %+v; want B's article %d alone", q, resB[0].ArticleID)
	}
	if _, err := w.RecordAlerts(ctx, nil, nil, []int64{q[0].Seq}); err != nil {
		t.Fatal(err)
	}
	if err := commitA(); err != nil {
		t.Fatal(err)
	}
	q = mustQueued(t, w, 10)
	if len(q) != 1 || q[0].Seq <= c.TracedTo || q[0].Statements != len(harbor().Statements) {
		t.Fatalf("queue after A committed = %+v; want A's article, above the claim's %d", q, c.TracedTo)
	}
	if hold == nil {
		return
	}
	// The case a position in statement ids misses: A's are below B's.
	sts, _ := MustFindStatements(t, s, claimtrail.StatementFilter{Latest: true})
	var idsA, idsB []int64
	for _, st := range sts {
		if st.ArticleID == q[0].ArticleID {
			idsA = append(idsA, st.ID)
		} else {
			idsB = append(idsB, st.ID)
		}
	}
	if len(idsA) == 0 || len(idsB) == 0 || slices.Max(idsA) >= slices.Min(idsB) {
		t.Errorf("A's statements %v are not all below B's %v: the test does not commit a smaller id late", idsA, idsB)
	}
}
