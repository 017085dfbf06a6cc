// Package prf computes precision, recall and F1 from match counts, in
// percent, for the evaluation scorers (PolNeAR attribution, TempEval-3
// time expressions).
package prf

// Percent returns precision tpPred/pred, recall tpGold/gold and their
// harmonic mean F1, all in percent; an empty denominator gives 0. The two
// true-positive counts differ where a match is not one-to-one (an overlap
// counts on each side apart); pass the same count twice otherwise.
func Percent(tpPred, pred, tpGold, gold int) (p, r, f float64) {
	if pred > 0 {
		p = 100 * float64(tpPred) / float64(pred)
	}
	if gold > 0 {
		r = 100 * float64(tpGold) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
