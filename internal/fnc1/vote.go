package fnc1

import "github.com/claimtrail/claimtrail"

// Vote is one traced statement of a body: its stance toward the claim
// (claimtrail.Asserts, Denies or Neutral) and how well it matches it.
type Vote struct {
	Stance string
	Match  float64
}

// Combine turns the traced statements of one body into the body's label.
// No statement: unrelated (the trace did not list the body). Otherwise
// each stance gets the sum of its statements' match scores, and the
// heaviest wins: asserts → agree, denies → disagree, neutral → discuss;
// a tie for the heaviest → discuss (the body says both).
func Combine(votes []Vote) Label {
	if len(votes) == 0 {
		return Unrelated
	}
	var weight [3]float64 // agree, disagree, discuss
	for _, v := range votes {
		switch v.Stance {
		case claimtrail.Asserts:
			weight[Agree] += v.Match
		case claimtrail.Denies:
			weight[Disagree] += v.Match
		default:
			weight[Discuss] += v.Match
		}
	}
	best, tie := Discuss, false
	for _, l := range []Label{Agree, Disagree, Discuss} {
		switch {
		case weight[l] > weight[best]:
			best, tie = l, false
		case l != best && weight[l] == weight[best]:
			tie = true
		}
	}
	if tie {
		return Discuss
	}
	return best
}
