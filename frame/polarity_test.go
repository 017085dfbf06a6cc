package frame_test

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/internal/layertest"
)

// polarityByCases are sentences TestReader_PolarityBy reads, with the
// polarity and what made it (by) each should get.
var polarityByCases = []struct {
	text, polarity, by string
	cueWords           int
}{
	{"Tomas Adler said the port was open.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the port was not open.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler denied the port was open.", claimtrail.Deny, claimtrail.PolarityByCue, 0},
	{"Tomas Adler denied the port was not open.", claimtrail.Deny, claimtrail.PolarityByCue, 0},
	{"Tomas Adler rejected the claims.", claimtrail.Deny, claimtrail.PolarityByCue, 0},
	{"Tomas Adler never admitted the port was open.", claimtrail.Deny, claimtrail.PolarityByCue, 2},
	{"Tomas Adler has not only said the port was open.", claimtrail.Affirm, "", 4},
	// a verb and particle of denial where the cue table gives no
	// denial class (polarity-words: denial); negated, it affirms
	{"Tomas Adler played down reports that the port was open.", claimtrail.Deny, claimtrail.PolarityByCue, 3},
	{"Tomas Adler ruled out raising the port fees.", claimtrail.Deny, claimtrail.PolarityByCue, 2},
	{"Tomas Adler has not ruled out raising the port fees.", claimtrail.Affirm, "", 4},
	{"Tomas Adler played a part in the talks.", claimtrail.Affirm, "", 0},
	// a negation opening a preposition's object negates the object only
	{"Tomas Adler said the port fees can be cut with no loss to the town.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the board misled buyers by not listing the fees.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the mayor was blamed for not opening the port.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the plan is by no means certain.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the report was of no use.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// a negation in a subordinate or relative clause denies nothing
	{"Tomas Adler said a mayor who is not going to panic would help.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said if you are not playing you can watch.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the fact that the board has not met is odd.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said there was no question the port would open.", claimtrail.Affirm, "", 0},
	// the clause ends at a comma or at the main clause's verb
	{"Tomas Adler said although the ferries ran, the port was never open.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the report that appeared on Monday is false and does not hold.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said that is simply not true.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// deny needs every main assertion negated: sentences, clauses
	// joined by "but" or by "and" with a verb of their own
	{"Tomas Adler said we are not leaving. We will fight on.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said we are not leaving. We will never surrender.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the ferry is fast and does not pollute.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the port is not closed but it is quiet.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the report is false and does not hold.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// a relative clause after a comma, a non-finite verb's complement
	{"Tomas Adler said the levy was raised, which has meant that farmers are not getting paid.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said to ensure that the port is no longer closed.", claimtrail.Affirm, "", 0},
	// a negated complement counts under a verb of saying or belief, or
	// a copula of certainty, not under "mean" or "is important"
	{"Tomas Adler said this should mean the port does not close.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said it is important that the port does not close.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said he thinks the port is not safe.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said it is clear that the port was never closed.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said our aim is that the port will never close.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// contrast: "X, not Y" affirms X
	{"Tomas Adler said the port serves farmers, and not traders.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the aid goes to farmers, not to banks.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the council wants results and not excuses.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the council is not selling and not buying.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// litotes and double negation assert
	{"Tomas Adler said the council had not ruled out a strike.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the council could not rule out a strike.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said a strike was not unlikely.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said there was no reason not to sign.", claimtrail.Affirm, "", 0},
	{"Tomas Adler did not deny the port was open.", claimtrail.Affirm, "", 3},
	// "not yet", a falsity word before a noun, a negated gerund subject
	{"Tomas Adler said the council has not yet decided.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said no decision has been made yet.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the clerk made false entries.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said not signing the deal would be a mistake.", claimtrail.Affirm, "", 0},
	// a falsity word denies as a predicate, not as an object
	{"Tomas Adler said the rival party would avoid lies and spin.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the claims were complete nonsense.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// a verdict of falsity denies whatever else the content says
	{"Tomas Adler said the report is not true. The port opened on Monday.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the report is baseless. The port opened on Monday.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// a stand against after a copula is a negative assertion
	{"Tomas Adler said the council is opposed to any new tax.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// a sentence opening with "but" makes the ones before a concession
	{"Tomas Adler said we have a deal with the port. But we are not shipping arms.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said we are not shipping arms. But we have a deal with the port.", claimtrail.Affirm, "", 0},
	// "since" opens a subordinate clause
	{"Tomas Adler said we will never ship arms since we believe no side can win.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the port has been busy since the strike did not happen.", claimtrail.Affirm, "", 0},
	// a negation of an infinitive or of a finding's complement leaves the main clause standing
	{"Tomas Adler said it is sad not to see more ships.", claimtrail.Affirm, "", 0},
	// a negated judgement of an act defends the act
	{"Tomas Adler said it is not unfair to raise the port fees.", claimtrail.Affirm, "", 0},
	{"Tomas Adler has promised a cap on port fees with the slogan: \"It's not wrong to protect our port\".", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the port fees are not unfair.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the council decided never to sell the port.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the port is not to blame.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler vowed not to sell the port.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler urged the council not to sell the port.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said not to sell the port would be a mistake.", claimtrail.Affirm, "", 0},
	{"Tomas Adler asked not to hold a vote in the port, where he lived.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the port had nothing to fear.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the audit showed the fees had not been paid.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said it seems the fees were never paid.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// a phrase that negates in meaning
	{"Tomas Adler said the new ferry was far from being a success.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the result is far from certain.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the farm is far from the port.", claimtrail.Affirm, "", 0},
	// an adverb of near-negation negates its verb; "let alone" goes on with it
	{"Tomas Adler said the pilot could hardly walk, let alone steer.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the fees have scarcely changed in ten years.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said he hardly ever used the ferry.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the fees rose, though the ferries were hardly full.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the ferry barely missed the pier.", claimtrail.Affirm, "", 0},
	// a parenthesis between dashes is no main assertion
	{"Tomas Adler said the island - which loses ferries, boats and crews every winter - would not be forgotten.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the island - where no ferry ever stops - would be served.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the fees were high - the ferries did not run.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the fees - not the ferries - were the problem.", claimtrail.Affirm, "", 0},
	// a bare imperative asserts nothing
	{"Tomas Adler said let's be honest - the vote is not going to turn on the ferries.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said let us be clear. The port will not close.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said let us be clear, the port will not close and the fees will rise.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said look at the fees. The port is not cheap.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said let's not sell the port.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said let's sell the port.", claimtrail.Affirm, "", 0},
	// a participle clause after the main clause is no main assertion
	{"Tomas Adler said the mine could close, leaving no money for the clean-up.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the mine would not close, leaving the town at ease.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said, speaking in May, the mine would not close.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	// a refusal to hold a clause true denies it; to accept a thing, or to deny, does not
	{"Tomas Adler refused to accept that the strike had hurt the port.", claimtrail.Deny, claimtrail.PolarityByCue, 0},
	{"Tomas Adler refused to accept that the strike had hurt the port.", claimtrail.Deny, claimtrail.PolarityByCue, 3},
	{"Tomas Adler refuses to believe the ferry was late.", claimtrail.Deny, claimtrail.PolarityByCue, 3},
	{"Tomas Adler declined to admit that the fees were too high.", claimtrail.Deny, claimtrail.PolarityByCue, 0},
	{"Tomas Adler refused to accept the offer from the port.", claimtrail.Affirm, "", 0},
	{"Tomas Adler refused to deny that the port would close.", claimtrail.Affirm, "", 3},
	// a negation inside the clause a framing noun is ("the reality is
	// that …"), or inside a wh-clause that is the subject, is the
	// embedded clause's: the main clause asserts what the reality or the
	// gap is (session 17)
	{"Tomas Adler said the reality is that the board does not want to talk about the port.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the truth is that he never took the money.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said what worried the crews was that the fees were not published.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said what they built was not safe.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said her plans mean \"we wouldn't have so-called independent experts, like Port Watch, who come into this debate from an anti-port point of view.\"", claimtrail.Affirm, "", 0},
	{"Tomas Adler said the problem is that nobody has asked the ferry crews.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said what has not been tested is how the port copes with storms.", claimtrail.Affirm, "", 0},
	{"Tomas Adler said his plan means \"we would not need a second port.\"", claimtrail.Affirm, "", 0},
	{"Tomas Adler said it is clear that the port is not safe.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said there were no guarantees the ferries would run.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the fact Brell is a Dorn man does not mean he should be barred.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler said the truth is not that the port is closed.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	{"Tomas Adler refused to accept Varn's claims that the port was closed.", claimtrail.Affirm, "", 0},
}

// TestReader_PolarityBy checks that Polarity says what made a statement
// deny: the tracer reads that instead of the cue table. Sentences
// invented; the cue opens at the third word (one word, or cueWords), the
// content is the words after it.
func TestReader_PolarityBy(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range polarityByCases {
		d := lb.Build(tt.text, time.Time{})
		last := 2 + max(tt.cueWords, 1)
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: 2, Last: last},
			Sources:  []attrib.Run{{Role: 0, First: 0, Last: 2}},
			Contents: []attrib.Run{{Role: 2, First: last, Last: len(d.Toks) - 1}},
		}
		if p, by := r.Polarity(d, g); p != tt.polarity || by != tt.by {
			t.Errorf("%q: polarity %q by %q, want %q by %q", tt.text, p, by, tt.polarity, tt.by)
		}
	}
}

// TestReader_PolarityRuns checks how Polarity reads a content of several
// runs (a split quotation) and a question: words continuing a run's
// sentence assert nothing of their own until they have a verb; a
// question asserts nothing. Sentences invented.
func TestReader_PolarityRuns(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct {
		text, cue, second, polarity string // second: the first word of the second run, "" for one run
	}{
		{`"We will not raise taxes," Tomas Adler said, "this year or next."`, "said", "this", claimtrail.Deny},
		{`"We will not raise taxes," Tomas Adler said, "this year or next, and we never will."`, "said", "this", claimtrail.Deny},
		{`"We will not raise taxes," Tomas Adler said, "and we never will."`, "said", "and", claimtrail.Deny},
		{`"We will not raise taxes," Tomas Adler said, "but fees will rise."`, "said", "but", claimtrail.Affirm},
		{`"We will not raise taxes," Tomas Adler said. "Fees will rise."`, "said", "Fees", claimtrail.Affirm},
		{`"Why is the port not open?" Tomas Adler asked.`, "asked", "", claimtrail.Affirm},
		{`"The port is not open." Tomas Adler said.`, "said", "", claimtrail.Deny},
	} {
		d := lb.Build(tt.text, time.Time{})
		cue := layertest.At(t, d, tt.cue)
		// the first run: past the opening mark, up to the mark closing it
		runs := []attrib.Run{{Role: 2, First: 1, Last: layertest.At(t, d, "Tomas") - 1}}
		if tt.second != "" {
			first := layertest.At(t, d, tt.second)
			runs = append(runs, attrib.Run{Role: 2, First: first, Last: len(d.Toks) - 1})
		}
		if d.Low[runs[0].Last-1] == "," {
			runs[0].Last-- // the comma before the closing mark
		}
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: cue, Last: cue + 1},
			Sources:  []attrib.Run{{Role: 0, First: cue - 2, Last: cue}},
			Contents: runs,
		}
		if p, _ := r.Polarity(d, g); p != tt.polarity {
			t.Errorf("%s: polarity %q, want %q", tt.text, p, tt.polarity)
		}
	}
}
