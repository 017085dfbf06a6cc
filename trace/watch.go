package trace

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// articleChunk bounds the article ids of one retrieval query: each query
// searches the whole full-text index, then keeps these articles, so fewer
// and larger chunks cost less (4,000 stays below SQLite's 32,766 bound
// parameters).
const articleChunk = 4000

// MatchNew is a trace over new statements only, for claimtrail watch: the
// statements of the given articles with an id above after that match
// claim at least minMatch (0: the tracer's default), with their stances,
// in trace order. Retrieval is the trace's (the claim's concept groups by
// full text, more than half of them), restricted to those articles; the
// articles are not read whole, so a statement that only points back at
// the claim ("denied the claims") does not match on its own.
func (t *Tracer) MatchNew(ctx context.Context, claim string, minMatch float64, articles []int64, after int64) ([]claimtrail.TracedStatement, error) {
	claim = strings.TrimSpace(claim)
	if claim == "" {
		return nil, &claimtrail.Error{Code: claimtrail.EINVALID, Message: "trace: empty claim"}
	}
	if minMatch <= 0 {
		minMatch = t.opt.MinMatch
	}
	c := t.matcher.Claim(claim)
	groups := c.Groups()
	if len(groups) == 0 || len(articles) == 0 {
		return nil, nil
	}
	// The store's word weights, as a trace weighs them, so that a new
	// statement alerts when a trace would list it.
	cw, err := t.weigh(ctx, c, groups)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	need := min(len(groups)/2+1, len(groups))
	scored := map[int64]*scoredStatement{}
	for ids := range slices.Chunk(articles, articleChunk) {
		sts, _, err := t.store.FindStatements(ctx, claimtrail.StatementFilter{
			Concepts: groups, MinConcepts: need, ArticleIDs: ids, Latest: true, SkipTotal: true, Unranked: true,
		})
		if err != nil {
			return nil, fmt.Errorf("trace: %w", err)
		}
		for _, st := range sts {
			if st.ID > after {
				scored[st.ID] = t.score(c, cw, st)
			}
		}
	}
	return t.traced(claim, scored, minMatch, len(scored)+1), nil
}
