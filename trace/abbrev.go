package trace

import (
	"context"
	"slices"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// definingCandidates caps the articles read for the pair of a claim's
// name and its short initials.
const definingCandidates = 500

// definingArticles returns the articles that write one of the claim's
// names of several words and its short initials ("General Motors" and
// "GM", match.Claim.ShortAbbreviations): in them the initials are that
// name, and their statements are scored with them admitted. Elsewhere
// two capitals are many things ("GM crops"). Short initials some article
// defines are added to the name's groups, so that retrieval asks for
// them; those none does are left out of the groups and of the words'
// weights ("Breast Chancer": "BC"). Nil when the claim has no short
// initials or the store cannot search articles.
func (t *Tracer) definingArticles(ctx context.Context, c *match.Claim, groups [][]string, opt claimtrail.TraceOptions) (map[int64]bool, error) {
	short := c.ShortAbbreviations()
	as, ok := t.store.(claimtrail.ArticleSearcher)
	if len(short) == 0 || !ok {
		return nil, nil
	}
	out := map[int64]bool{}
	for _, ab := range short {
		hits, err := as.SearchArticles(ctx, claimtrail.ArticleSearch{Groups: [][]string{{ab.Initials}, {ab.Name}},
			Search: []int{0}, Limit: definingCandidates, From: opt.From, To: opt.To})
		if err != nil {
			return nil, err
		}
		defined := false
		for _, h := range hits {
			if len(h.Groups) == 2 {
				out[h.ID], defined = true, true
			}
		}
		for _, k := range ab.Items {
			if defined && k < len(groups) && !slices.Contains(groups[k], ab.Initials) {
				groups[k] = append(groups[k], ab.Initials)
			}
		}
	}
	return out, nil
}

// scoringClaim returns the claim to score a text of article id with: its
// codenames where the article gives them (t.codenamed), else its short
// initials admitted where the article defines them (t.shortOK, made once
// a trace, so that the tracer's goroutines only read it).
func (t *Tracer) scoringClaim(c *match.Claim, id int64) *match.Claim {
	if cc := t.codenamed[id]; cc != nil && t.codenamedOf == c {
		return cc
	}
	if !t.defining[id] || t.shortOKOf != c {
		return c
	}
	return t.shortOK
}
