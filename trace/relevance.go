package trace

import (
	"context"
	"slices"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// claimWeights is a claim's term groups weighed by the store: each
// group's inverse document frequency (a rare name weighs much, "said"
// little), the rare groups the index is asked about, rarest first, and
// the key name every statement about the claim must hold (-1: none).
type claimWeights struct {
	w     []float64
	rare  []int
	key   int
	total float64
	// flat: the store is too small for rarity to tell words apart
	// (minWeighed articles): statements keep the matcher's weights.
	flat bool
	// absent marks the groups no article holds: they weigh as the
	// rarest (groupWeights) but are no key name, which a statement
	// must hold.
	absent []bool
}

// keyWeights returns the weights of the groups the store holds, 0 for
// the absent ones: a key name is a name some article writes.
func (cw *claimWeights) keyWeights() []float64 {
	w := slices.Clone(cw.w)
	for g, a := range cw.absent {
		if a {
			w[g] = 0
		}
	}
	return w
}

// minWeighed is the least number of articles whose counts weigh a
// claim's words: in a handful of articles about one story every name is
// in all of them.
const minWeighed = 100

// weigh weighs the claim's groups by the articles of the store that hold
// them; nil when the store ranks no articles or holds none.
func (t *Tracer) weigh(ctx context.Context, c *match.Claim, groups [][]string) (*claimWeights, error) {
	as, ok := t.store.(claimtrail.ArticleSearcher)
	if !ok || len(groups) == 0 {
		return nil, nil
	}
	n, df, err := as.TermGroupFrequencies(ctx, groups, dfCap)
	if err != nil || n == 0 {
		return nil, err
	}
	w, rare := groupWeights(n, df)
	cw := &claimWeights{w: w, rare: rare, flat: n < minWeighed, absent: make([]bool, len(df))}
	for g, d := range df {
		cw.absent[g] = d == 0
	}
	cw.key = keyName(c, cw.keyWeights())
	for _, x := range w {
		cw.total += x
	}
	if cw.total == 0 {
		return nil, nil
	}
	return cw, nil
}

// share is the weighted share of the claim that per-item strengths
// (match.Score.Strengths) hold.
func (cw *claimWeights) share(strengths []float64) float64 {
	got := 0.0
	for g, s := range strengths {
		if g < len(cw.w) {
			got += cw.w[g] * s
		}
	}
	return got / cw.total
}

// statementShare is how much of the claim a statement matches, its
// claim items weighed by their rarity in the store; the matcher's
// reduction for reversed roles holds.
func (cw *claimWeights) statementShare(s match.Score) float64 {
	if cw.flat {
		return s.Value
	}
	v := cw.share(s.Strengths)
	if s.Reversed {
		v *= match.ReversedFactor
	}
	return v
}

// leadRelated is the least weighted share of the claim the title and
// lead of an article with a title must hold for the article to be about
// the claim: a news article says what it is about up front, and one that
// only holds the claim's words in its body ("Q&A: Malcolm Glazer and Man
// Utd" for UK interest rates) is about something else. Untitled texts
// (FNC-1's bodies) state their story anywhere; they are not asked.
const leadRelated = 0.8

// leadStates reports whether an article with a title names the claim's
// key name and leadRelated of the claim in its title and first
// keySentences sentences; true for an article without a title.
func (t *Tracer) leadStates(c *match.Claim, cw *claimWeights, h *claimtrail.ArticleHit) bool {
	if h.Title == "" || cw.flat {
		return true
	}
	st := t.scoreText(t.scoringClaim(c, h.ID), leadOf(h.Title, h.Text)).Strengths
	if len(st) != len(cw.w) || cw.key >= 0 && st[cw.key] == 0 {
		return false
	}
	return cw.share(st) >= leadRelated
}
