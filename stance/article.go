package stance

import "github.com/claimtrail/claimtrail"

// Voice is one thing an article says that bears on a claim: an attributed
// statement, or narration — the outlet's own words (its title, its lead,
// a sentence it states without attribution) — with its stance toward the
// claim as the classifier read it and how well it matches the claim.
type Voice struct {
	Stance     string  // claimtrail.Asserts, Denies or Neutral toward the claim
	Confidence float64 // the classifier's probability of Stance, in [0,1]
	Match      float64 // how well the voice matches the claim, in [0,1]
	Narration  bool    // the outlet's own voice
}

// The article rule's constants, tuned on the FNC-1 dev half with every
// gold-related body read (internal/fnc1's oracle harness; docs/evaluation.md).
const (
	// matchPower sharpens the match: a voice that restates the claim
	// outweighs many that share a word or two with it.
	matchPower = 4
	// narrationWeight: the outlet's own voice is the article's stance;
	// a source it quotes is one side it reports.
	narrationWeight = 2
	// denyShare of the weight makes the article deny: a denial is
	// news even among sentences that repeat the claim.
	denyShare = 0.4
	// assertShare of the weight makes it assert; less is discussing.
	assertShare = 0.6
	// hedgedNarration: when this share of the outlet's own voices read
	// neutral (hedged, reported, asked), whatever their match, the
	// outlet discusses the claim even where its quotes assert it.
	hedgedNarration = 0.5
)

// OfArticle returns an article's stance on a claim from its voices, with
// a confidence in [0,1]. Each voice weighs match⁴ × its confidence, twice
// for narration. When denials hold 40 % of the weight the article denies;
// else when half its narration or more reads neutral, or assertions hold
// less than 60 % of the weight, it discusses the claim (neutral): it
// reports the claim, hedged or both ways; else it asserts. No voice, or
// no weight: neutral with confidence 0.
func OfArticle(voices []Voice) (string, float64) {
	var weight [3]float64 // asserts, denies, neutral
	total := 0.0
	narration, hedged := 0, 0
	for _, v := range voices {
		if v.Narration {
			narration++
			if v.Stance != claimtrail.Asserts && v.Stance != claimtrail.Denies {
				hedged++
			}
		}
		k := StanceIndex(v.Stance)
		if k < 0 {
			k = 2
		}
		w := pow(v.Match, matchPower) * v.Confidence
		if v.Narration {
			w *= narrationWeight
		}
		weight[k] += w
		total += w
	}
	if total <= 0 {
		return claimtrail.Neutral, 0
	}
	switch {
	case weight[1]/total >= denyShare:
		return claimtrail.Denies, weight[1] / total
	case narration > 0 && float64(hedged) >= hedgedNarration*float64(narration):
		return claimtrail.Neutral, float64(hedged) / float64(narration)
	case weight[0]/total >= assertShare:
		return claimtrail.Asserts, weight[0] / total
	}
	return claimtrail.Neutral, 1 - max(weight[0], weight[1])/total
}

func pow(x float64, n int) float64 {
	p := 1.0
	for range n {
		p *= x
	}
	return p
}

// ArticleStance is one article's stance on a traced claim.
type ArticleStance struct {
	ArticleID  int64
	Stance     string // claimtrail.Asserts, Denies or Neutral (discusses)
	Confidence float64
}

// OfArticles groups a trace's statements by article and reads each
// article's stance with OfArticle, in the order articles first appear.
// narration tells the outlet's own voice (a narration entry) from an
// attributed statement; nil means all are attributed.
func OfArticles(sts []claimtrail.TracedStatement, narration func(*claimtrail.TracedStatement) bool) []ArticleStance {
	voices := map[int64][]Voice{}
	var order []int64
	for i := range sts {
		s := &sts[i]
		if _, ok := voices[s.ArticleID]; !ok {
			order = append(order, s.ArticleID)
		}
		v := Voice{Stance: s.Stance, Confidence: s.StanceConfidence, Match: s.Match}
		v.Narration = narration != nil && narration(s)
		voices[s.ArticleID] = append(voices[s.ArticleID], v)
	}
	out := make([]ArticleStance, 0, len(order))
	for _, id := range order {
		st, p := OfArticle(voices[id])
		out = append(out, ArticleStance{ArticleID: id, Stance: st, Confidence: p})
	}
	return out
}
