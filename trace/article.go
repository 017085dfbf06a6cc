package trace

import (
	"context"
	"math"
	"slices"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// Article retrieval bounds: the articles a trace ranks, the text read of
// each, and the count of a group's articles (a common word's count stops
// there: its weight is small either way).
const (
	dfCap             = 5000
	articleCandidates = 60
	articleWindow     = 4000
)

// commonShare: a group held by more than this share of the articles
// ("said", "new") does not select candidates; it still counts, at its
// small weight, in an article's relevance.
const commonShare = 0.2

// rareCap: a group held by more articles than this is looked up in the
// candidates' text windows, not in the index; searchGroups of the
// rarest groups select and rank the candidates. Both keep the index's
// work small in a large store.
const (
	rareCap      = 1000
	searchGroups = 6
)

// articleRelated is the least weighted share of the claim's groups an
// article must hold to be about the claim.
// (FNC-1 dev, related F1: 0.5 → 69, 0.4 → 90, 0.3 → 92, 0.25 → 92 with
// less precision.)
const articleRelated = 0.3

// keylessRelated is the least relevance of an article that lacks the
// claim's key name (keyName): a body may name "the singer" for Bieber.
// (FNC-1 dev, related F1 / precision: no key 91.9 / 95.6; key always
// 87.4 / 96.6; 0.45 → 90.6, 0.5 → 90.1 / 96.6, 0.55 → 89.5. BBC: at 0.5
// "Glazer will take over Manchester United" loses most match reports.)
const keylessRelated = 0.5

// relatedArticle is an article about the claim and its relevance: the
// share of the claim's term groups it holds, each weighing its inverse
// document frequency in the store.
type relatedArticle struct {
	claimtrail.ArticleHit
	relevance float64
}

// relatedArticles finds the articles about the claim by a ranked
// full-text search over titles and texts when the store has one. Each
// group weighs log(N/df): a rare name ("Bieber", "Glazer") weighs much,
// "said" little. An article is about the claim when it holds at least
// articleRelated of the claim's weight and every name the alias tables
// know (a UK claim is not about the US), and, when it has a title, says
// so up front (leadStates).
//
// deep are the articles that hold the claim as the related do but do not
// state it up front: one of their later sentences may (deepNarration).
func (t *Tracer) relatedArticles(ctx context.Context, c *match.Claim, groups [][]string, cw *claimWeights, opt claimtrail.TraceOptions) (related, deep []relatedArticle, err error) {
	as, ok := t.store.(claimtrail.ArticleSearcher)
	if !ok || cw == nil || len(cw.rare) == 0 {
		return nil, nil, nil
	}
	w, rare := cw.w, cw.rare
	sub := make([][]string, len(rare))
	search := make([]int, min(len(rare), searchGroups))
	for i, g := range rare {
		sub[i] = groups[g]
		if i < len(search) {
			search[i] = i
		}
	}
	hits, err := as.SearchArticles(ctx, claimtrail.ArticleSearch{Groups: sub, Search: search,
		Limit: articleCandidates, TextWindow: articleWindow, From: opt.From, To: opt.To})
	if err != nil {
		return nil, nil, err
	}
	for i := range hits {
		hits[i].Groups = t.heldGroups(c, &hits[i], rare, w)
	}
	key := cw.key
	var total, names float64
	for g, x := range w {
		total += x
		if c.KnownName(g) && x > 0 {
			names++
		}
	}
	for _, h := range hits {
		var got, gotNames float64
		for _, g := range h.Groups {
			got += w[g]
			if c.KnownName(g) && w[g] > 0 {
				gotNames++
			}
		}
		rel := got / total
		if rel < articleRelated || gotNames != names || key >= 0 && rel < keylessRelated && !slices.Contains(h.Groups, key) {
			continue
		}
		if t.leadStates(c, cw, &h) {
			related = append(related, relatedArticle{ArticleHit: h, relevance: rel})
		} else {
			deep = append(deep, relatedArticle{ArticleHit: h, relevance: rel})
		}
	}
	return related, deep, nil
}

// groupWeights returns each group's weight (inverse document frequency)
// and the rare groups, rarest first: those the index is asked about (a
// common group's long list of articles is never read). A group no
// article holds weighs as one held by a single article: it is the
// rarest part of the claim, and a statement without it states at most
// the rest ("Zorvex will launch the Orca 9" is not stated by "Zorvex
// will launch a phone" when no article names an Orca 9); it is not
// asked about.
func groupWeights(n int, df []int) (w []float64, rare []int) {
	w = make([]float64, len(df))
	key := -1
	for g, d := range df {
		if d == 0 {
			w[g] = math.Log(float64(n + 1))
			continue
		}
		w[g] = max(math.Log(float64(n+1)/float64(d)), 0.05)
		if float64(d) <= min(commonShare*float64(n), rareCap) || n < 10 {
			rare = append(rare, g)
		}
		if key < 0 || d < df[key] {
			key = g
		}
	}
	if len(rare) == 0 && key >= 0 && df[key] < dfCap {
		rare = []int{key}
	}
	slices.SortStableFunc(rare, func(a, b int) int { return df[a] - df[b] })
	return w, rare
}

// heldGroups returns the claim's groups an article holds: the rare ones
// as the index found them in its whole text, the others as the matcher
// finds them in its title and text window.
func (t *Tracer) heldGroups(c *match.Claim, h *claimtrail.ArticleHit, rare []int, w []float64) []int {
	held := make([]bool, len(w))
	isRare := make([]bool, len(w))
	for _, g := range rare {
		isRare[g] = true
	}
	for _, i := range h.Groups {
		held[rare[i]] = true
	}
	matched := t.scoreText(t.scoringClaim(c, h.ID), h.Title+"\n"+h.Text).Matched
	var out []int
	for g := range w {
		if !isRare[g] && w[g] > 0 && slices.Contains(matched, c.Items[g].Text) {
			held[g] = true
		}
		if held[g] {
			out = append(out, g)
		}
	}
	return out
}

// keyName returns the claim's heaviest name the store holds (its rarest:
// "Glazer" in "Glazer will take over Manchester United"), which an
// article about the claim must hold, never a given name before a surname
// ("Stephen" of "Stephen Sotloff": texts write "Steven Sotloff", "Mr
// Sotloff"); -1 when the claim has none or its capitals do not mark
// names.
func keyName(c *match.Claim, w []float64) int {
	key := -1
	for g := range w {
		if w[g] > 0 && c.Name(g) && !c.GivenName(g) && (key < 0 || w[g] > w[key]) {
			key = g
		}
	}
	return key
}
