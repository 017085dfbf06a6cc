package trace

import (
	"context"
	"slices"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/subsets"
)

// perQuery caps each retrieval query: a combination of common concepts
// ("Russia" and "give") must not flood the candidates.
const perQuery = 300

// retrieve finds candidate statements: those holding all of the claim's
// concept groups, then all but one, then more than half of them, each
// combination an unranked full-text query capped at perQuery,
// so that statements naming the whole claim are never crowded out by
// common pairs and no query ranks thousands of matches. Scoring in Go
// ranks them afterwards. The candidates are those of the combinations in
// that order until Options.Candidates are found; which statements they
// are does not depend on the order the store is asked in (see
// conceptRetrieval.run).
func (t *Tracer) retrieve(ctx context.Context, groups [][]string, opt claimtrail.TraceOptions) ([]*claimtrail.StoredStatement, error) {
	r := &conceptRetrieval{t: t, groups: groups, opt: opt, combos: retrievalCombos(len(groups))}
	r.found = make([][]*claimtrail.StoredStatement, len(r.combos))
	r.asked = make([]bool, len(r.combos))
	return r.run(ctx)
}

// retrievalCombos lists the combinations of n groups retrieve asks for,
// in its order, at most maxQueries of them.
func retrievalCombos(n int) [][]int {
	// More than half the claim's groups: a statement naming two of four
	// ("Russia" and "give") is no evidence about the claim.
	need := min(n/2+1, n)
	levels := []int{n}
	if n-1 > need {
		levels = append(levels, n-1)
	}
	if need < n {
		levels = append(levels, need)
	}
	var out [][]int
	for _, k := range levels {
		out = append(out, subsets.Of(n, k)...)
	}
	return out[:min(len(out), maxQueries)]
}

// conceptRetrieval is one claim's retrieval: the combinations of its
// groups and what the store found for those asked.
type conceptRetrieval struct {
	t      *Tracer
	groups [][]string
	opt    claimtrail.TraceOptions
	combos [][]int
	found  [][]*claimtrail.StoredStatement
	asked  []bool
}

// run asks for the combinations of fewest groups first and skips a
// combination whose groups include all those of one that came back
// whole (fewer than perQuery statements): every statement it could find
// was found ("Iran, drones, Russia" holds all that "Iran, supply, drones,
// Russia" can). The union is then the candidates of asking in retrieve's
// order — unless the union reaches Options.Candidates, where that order
// decides what is kept: then the combinations are taken in that order.
func (r *conceptRetrieval) run(ctx context.Context) ([]*claimtrail.StoredStatement, error) {
	for i := len(r.combos) - 1; i >= 0; i-- {
		if !r.covered(i) {
			if err := r.ask(ctx, i); err != nil {
				return nil, err
			}
		}
	}
	if out := r.union(len(r.combos)); len(out) < r.t.opt.Candidates {
		return out, nil
	}
	var out []*claimtrail.StoredStatement
	for i := range r.combos {
		if out = r.union(i); len(out) >= r.t.opt.Candidates {
			return out, nil
		}
		if !r.asked[i] {
			if err := r.ask(ctx, i); err != nil {
				return nil, err
			}
		}
	}
	return r.union(len(r.combos)), nil
}

// covered reports whether a combination asked came back whole and holds
// only groups of combination i.
func (r *conceptRetrieval) covered(i int) bool {
	for j, sts := range r.found {
		if r.asked[j] && len(sts) < perQuery && len(r.combos[j]) < len(r.combos[i]) && subsetOf(r.combos[j], r.combos[i]) {
			return true
		}
	}
	return false
}

// subsetOf reports whether every index of a is in b.
func subsetOf(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// ask asks the store for the statements of combination i.
func (r *conceptRetrieval) ask(ctx context.Context, i int) error {
	sub := make([][]string, len(r.combos[i]))
	for k, g := range r.combos[i] {
		sub[k] = r.groups[g]
	}
	sts, _, err := r.t.store.FindStatements(ctx, claimtrail.StatementFilter{
		Concepts: sub, Latest: true, Limit: perQuery, SkipTotal: true, Unranked: true, From: r.opt.From, To: r.opt.To,
	})
	r.found[i], r.asked[i] = sts, true
	return err
}

// union returns the statements found for the first n combinations, each
// once, in their order.
func (r *conceptRetrieval) union(n int) []*claimtrail.StoredStatement {
	seen := map[int64]bool{}
	var out []*claimtrail.StoredStatement
	for _, sts := range r.found[:n] {
		for _, st := range sts {
			if !seen[st.ID] {
				seen[st.ID] = true
				out = append(out, st)
			}
		}
	}
	return out
}

// maxQueries bounds the retrieval queries of one trace (a long claim has
// many combinations of two concepts).
const maxQueries = 40
