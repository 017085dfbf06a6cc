package trace

import (
	"slices"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// discussed returns the related articles the trace lists, and the
// duplicates of those: an article with an entry (a statement or its own
// voice), or one whose title or lead names the claim's predicate in a
// clause with its arguments (leadPredicate). An article that only shares
// the claim's names ("Microsoft makes anti-piracy move" for "Microsoft
// will release a new version of Windows") does not discuss it, however
// rare the names. A claim without a predicate keeps them all, and so is
// an untitled text kept (FNC-1's bodies state their story anywhere, as
// leadStates has it).
func (t *Tracer) discussed(c *match.Claim, sts []claimtrail.TracedStatement, related []relatedArticle,
	dups []claimtrail.TracedArticle, dup map[int64]int64) ([]relatedArticle, []claimtrail.TracedArticle) {
	pred := predicate(c)
	if pred < 0 {
		return related, dups
	}
	entry := map[int64]bool{}
	for i := range sts {
		entry[sts[i].ArticleID] = true
	}
	dropped := map[int64]bool{}
	kept := slices.DeleteFunc(slices.Clone(related), func(ra relatedArticle) bool {
		drop := ra.Title != "" && !entry[ra.ID] && !t.leadPredicate(c, pred, &ra.Article)
		dropped[ra.ID] = drop
		return drop
	})
	if len(kept) == len(related) {
		return related, dups
	}
	keptDups := slices.DeleteFunc(slices.Clone(dups), func(d claimtrail.TracedArticle) bool { return dropped[dup[d.ArticleID]] })
	return kept, keptDups
}

// leadPredicate reports whether the article's title or one of its first
// leadSentences sentences holds the claim's predicate (or a paraphrase
// of it) in a clause with the claim's arguments.
func (t *Tracer) leadPredicate(c *match.Claim, pred int, a *claimtrail.Article) bool {
	texts := sentences(a.Text)
	texts = append([]string{a.Title}, texts[:min(len(texts), leadSentences)]...)
	for _, s := range texts {
		sc := t.scoreText(c, s)
		if pred < len(sc.Strengths) && sc.Strengths[pred] > 0 {
			return true
		}
	}
	return false
}
