package trace

import (
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

// agreeWithEntries keeps an article's stance on a claim that predicts
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
