package trace

import (
	"slices"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/stance"
)

// narrationEntries maps each article to its narration entry in a trace
// (the outlet's own voice), when it has one.
func narrationEntries(sts []claimtrail.TracedStatement) map[int64]*claimtrail.TracedStatement {
	out := map[int64]*claimtrail.TracedStatement{}
	for i := range sts {
		if sts[i].Form == claimtrail.FormNarration {
			out[sts[i].ArticleID] = &sts[i]
		}
	}
	return out
}

// agreeWithEntries makes a titled article's stance agree with its rows
// in the trace when one of them takes a side (rowsStance): an article
// whose own voice asserts, or with two asserting statements and none
// denying, is not listed as discussing the claim. Past that it keeps an
// article's stance on a claim that predicts
// ("rates will rise", "Zorvex will buy Pellham"), read from its whole
// body, from contradicting what the trace lists of it, which is what a
// reader checks it against: an article whose entries all leave the
// prediction open (a current level, a past move, advice, a report of
// others' views) or deny it does not assert it, whatever its body's
// tone; it discusses it. The body model (trained on FNC-1, whose
// headlines mostly report events) does not read tense; the entries'
// stance does (stance.predictionFrame). For a claim of an event the body
// model stays: there the rule cost 0.3 points on FNC-1 dev, an article
// restating the event often asserting it though its statements read
// neutral.
//
// A titled article whose rows all leave the claim open discusses it too,
// whatever its body's reading (session 14's readers found an article
// listed as asserting beside its only row, neutral): its rows show no
// side. Untitled bodies (FNC-1's) keep the body model's reading.
//
// An article with no entry at all keeps its body's stance when it has no
// title (FNC-1's bodies, judged as wholes) or when the trace leaves out
// the outlets' own voice (titled is false then too); a titled news article listed
// as asserting or denying with no row to show for it gives its reader
// nothing to check the roll-up against: it discusses the claim, whatever
// the claim's tense.
func agreeWithEntries(predicts, titled bool, st string, conf float64, narration *claimtrail.TracedStatement, voices []stance.Voice) (string, float64) {
	if narration == nil && len(voices) == 0 {
		if titled && (st == claimtrail.Asserts || st == claimtrail.Denies) {
			return claimtrail.Discusses, conf
		}
		return st, conf
	}
	if titled {
		if rows, p := rowsStance(narration, voices); rows != "" {
			return rows, p
		}
		if st == claimtrail.Asserts || st == claimtrail.Denies {
			// every row leaves the claim open: an article listed as
			// taking a side its rows do not show contradicts them (a
			// row that names a charge in an aside, read neutral, beside
			// an asserting article); the rows are what its reader
			// checks it against
			return claimtrail.Discusses, conf
		}
	}
	if !predicts || st != claimtrail.Asserts {
		return st, conf
	}
	if narration != nil && narration.Stance == claimtrail.Asserts {
		return st, conf
	}
	for _, v := range voices {
		if v.Stance == claimtrail.Asserts {
			return st, conf
		}
	}
	return claimtrail.Discusses, conf
}

// rowsStance is the stance a titled article's rows in a trace take on
// the claim, which is what its reader checks the article's stance
// against: rows that assert and none that denies assert it, and the
// other way round. Rows on both sides give the outlet's own voice when
// it takes a side (the article's conclusion is the reporter's, not one
// of its sources'), else the side with at least twice the other's rows
// (a denial story that quotes the claim once denies it, as
// stance.OfBody reads its sources), else the article discusses the
// claim. Rows that all leave it open return "": agreeWithEntries
// decides (a titled article discusses). p is the highest confidence among the rows
// of the stance returned (0.5 when the article discusses: neither side
// is likelier).
func rowsStance(narration *claimtrail.TracedStatement, voices []stance.Voice) (string, float64) {
	count, conf := map[string]int{}, map[string]float64{}
	if narration != nil {
		voices = append(slices.Clip(voices), stance.Voice{Stance: narration.Stance, Confidence: narration.StanceConfidence, Narration: true})
	}
	for _, v := range voices {
		count[v.Stance]++
		conf[v.Stance] = max(conf[v.Stance], v.Confidence)
	}
	a, d := count[claimtrail.Asserts], count[claimtrail.Denies]
	switch {
	case a > 0 && d > 0 && narration != nil && narration.Stance != claimtrail.Neutral:
		return narration.Stance, narration.StanceConfidence
	case a > 0 && a >= 2*d:
		return claimtrail.Asserts, conf[claimtrail.Asserts]
	case d > 0 && d >= 2*a:
		return claimtrail.Denies, conf[claimtrail.Denies]
	case a > 0 && d > 0:
		return claimtrail.Discusses, 0.5
	}
	return "", 0
}
