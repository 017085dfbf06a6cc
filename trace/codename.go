package trace

import (
	"context"
	"slices"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// codenameArticles returns, per article that gives one of the claim's
// names another name in an apposition ("the next Xbox, codenamed Xenon":
// match.Claim.Codenames), the claim to score its texts with, the
// codename standing for the name (and its version) there. Each codename
// is added to its name's retrieval group, so that statements naming only
// "Xenon" are found. Nil when the claim names nothing or the store
// cannot search articles.
func (t *Tracer) codenameArticles(ctx context.Context, c *match.Claim, groups [][]string, opt claimtrail.TraceOptions) (map[int64]*match.Claim, error) {
	as, ok := t.store.(claimtrail.ArticleSearcher)
	markers := t.matcher.CodenameMarkers()
	if !ok || len(markers) == 0 {
		return nil, nil
	}
	search := [][]string{markers}
	var names []int
	for i, it := range c.Items {
		if it.Kind == match.Entity && i < len(groups) {
			search, names = append(search, groups[i]), append(names, i)
		}
	}
	if len(names) == 0 {
		return nil, nil
	}
	hits, err := as.SearchArticles(ctx, claimtrail.ArticleSearch{Groups: search, Search: []int{0},
		Limit: definingCandidates, TextWindow: bodyWindow, From: opt.From, To: opt.To})
	if err != nil {
		return nil, err
	}
	var out map[int64]*match.Claim
	for _, h := range hits {
		if len(h.Groups) < 2 {
			continue
		}
		cns := c.Codenames(h.Title + "\n" + h.Text)
		if len(cns) == 0 {
			continue
		}
		if out == nil {
			out = map[int64]*match.Claim{}
		}
		out[h.ID] = c.WithCodenames(cns)
		for _, cn := range cns {
			for _, i := range cn.Items {
				if c.Items[i].Kind == match.Entity && !slices.Contains(groups[i], cn.Name) {
					groups[i] = append(groups[i], cn.Name)
				}
			}
		}
	}
	return out, nil
}
