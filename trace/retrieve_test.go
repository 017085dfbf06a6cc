package trace

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/mock"
)

// wordStore is a store of statements that are sets of words: a concept
// query finds, in id order, those holding a word of every group, at most
// Limit of them, as the stores' unranked full-text search does.
func wordStore(sts [][]string, queries *int) *mock.Store {
	return &mock.Store{FindStatementsFn: func(_ context.Context, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int, error) {
		*queries++
		var out []*claimtrail.StoredStatement
		for id, words := range sts {
			if len(out) == f.Limit {
				break
			}
			all := true
			for _, g := range f.Concepts {
				all = all && slices.ContainsFunc(g, func(w string) bool { return slices.Contains(words, w) })
			}
			if all {
				out = append(out, &claimtrail.StoredStatement{ID: int64(id)})
			}
		}
		return out, -1, nil
	}}
}

// retrieveInOrder is retrieve as it was: every combination asked in turn
// until the candidates are enough. retrieve must find what it finds.
func retrieveInOrder(t *Tracer, groups [][]string, queries *int) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for _, combo := range retrievalCombos(len(groups)) {
		if len(out) >= t.opt.Candidates {
			break
		}
		sub := make([][]string, len(combo))
		for i, g := range combo {
			sub[i] = groups[g]
		}
		sts, _, _ := t.store.FindStatements(context.Background(), claimtrail.StatementFilter{Concepts: sub, Limit: perQuery})
		for _, st := range sts {
			if !seen[st.ID] {
				seen[st.ID] = true
				out = append(out, st.ID)
			}
		}
	}
	return out
}

// TestRetrieve_AsAskedInOrder checks on random stores that retrieve finds
// the candidates of asking every combination in order — with and without
// the cap on candidates binding, with common and rare words — and that
// it skips combinations on stores where some come back whole.
func TestRetrieve_AsAskedInOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}
	fewer := 0
	for trial := range 200 {
		n := 1 + r.IntN(5)
		groups := make([][]string, n)
		for g := range groups {
			groups[g] = []string{vocab[r.IntN(len(vocab))], vocab[r.IntN(len(vocab))]}
		}
		sts := make([][]string, 200+r.IntN(2000))
		for i := range sts {
			for range 1 + r.IntN(8) {
				sts[i] = append(sts[i], vocab[min(r.IntN(len(vocab)), r.IntN(len(vocab)))]) // a few words common
			}
		}
		var inOrder, asked int
		tr := &Tracer{opt: Options{Candidates: []int{50, 400, 1500}[trial%3]}}
		tr.store = wordStore(sts, &inOrder)
		want := retrieveInOrder(tr, groups, &inOrder)
		tr.store = wordStore(sts, &asked)
		got, err := tr.retrieve(context.Background(), groups, claimtrail.TraceOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ids := make([]int64, len(got))
		for i, st := range got {
			ids[i] = st.ID
		}
		slices.Sort(ids)
		slices.Sort(want)
		if !slices.Equal(ids, want) {
			t.Fatalf("trial %d (%d groups %v, %d statements, cap %d): retrieve found %d candidates, in order %d",
				trial, n, groups, len(sts), tr.opt.Candidates, len(ids), len(want))
		}
		if asked < inOrder {
			fewer++
		}
	}
	if fewer == 0 {
		t.Error("retrieve never asked fewer queries than in order")
	}
	t.Logf("fewer queries in %d of 200 trials", fewer)
}
