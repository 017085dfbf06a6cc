package fnc1

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/stance"
)

// Vote is one traced statement of a body: its stance toward the claim
// (claimtrail.Asserts, Denies or Neutral), the classifier's confidence in
// it, how well it matches the claim and whether it is the outlet's own
// voice (narration).
type Vote struct {
	Stance     string
	Confidence float64
	Match      float64
	Narration  bool
}

// Combine turns the traced statements of one body into the body's label.
// No statement: unrelated (the trace did not list the body). Otherwise the
// body's stance is the article's (stance.OfArticle): asserts → agree,
// denies → disagree, neutral → discuss.
func Combine(votes []Vote) Label {
	if len(votes) == 0 {
		return Unrelated
	}
	vs := make([]stance.Voice, len(votes))
	for i, v := range votes {
		vs[i] = stance.Voice{Stance: v.Stance, Confidence: v.Confidence, Match: v.Match, Narration: v.Narration}
	}
	s, _ := stance.OfArticle(vs)
	return labelOf(s)
}

// labelOf is FNC-1's label for an article's stance.
func labelOf(s string) Label {
	switch s {
	case claimtrail.Asserts:
		return Agree
	case claimtrail.Denies:
		return Disagree
	}
	return Discuss
}
