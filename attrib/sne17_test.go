package attrib

import "testing"

// TestNoClaimRound11 checks the frames of session 17 on sentences
// written for them: an accord that does something to a thing whatever
// clause describes it (cue verdict "accord-object"), a denial that
// withholds, a pledge of a bare thing and a reporter's gloss (otherRule
// "withheld-denial", "pledged-thing", "quote-gloss", "prospective-saying",
// "topic-only"), a phrasal verb of deed ("dropped": by whichever cue
// verdict reads it first), and ("") the statements that must stay.
func TestNoClaimRound11(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"Nurses at the Dorn clinic [have agreed to] a new contract that cuts their overtime pay.", "accord-object"},
		{"The harbour board [also agreed to] two years of close scrutiny of its accounts by the regulator.", "accord-object"},
		{"The mayor [has ordered] all existing ferry contracts to be examined to see if they give good value to the town.", "accord-object"},
		{"The minister [has ordered] a review of the ferry timetable.", "accord-object"},
		{"Failing Dorn Ferries [vows] turnaround", "pledged-thing"},
		{"The council [has promised] a decision this weekend.", "pledged-thing"},
		{"The keeper [denied] the Dorn striker again ten minutes later.", "withheld-denial"},
		{"A knee injury [denied] Brell the chance to start the final.", "withheld-denial"},
		{"The laws, which were [passed to deny] smugglers the profits of their trade, are strict.", "withheld-denial"},
		{"\"We were unlucky,\" she said, [referring to] the late penalty given against her side.", "quote-gloss"},
		{"Mr Vell is expected to try and win over critics of the toll by [saying] drivers who use the bridge at night would pay less.", "prospective-saying"},
		{"Mr Vell will open the debate by [telling] members that the toll must stay.", "prospective-saying"},
		{"Ostra Rovers [battled back in] the second half to draw.", "dropped"},
		{"The singer [then announced] the end of her engagement to the drummer.", "act-frame"},
		{"The coach [made critical remarks about] the referee in a radio interview.", "topic-only"},
		{"Mr Vell won over critics of the toll by [saying] drivers at night would pay less.", ""},
		{"The coach [made] claims that the referee had been bribed.", ""},
		{"The mayor [denied] the ferry firm had broken the law.", ""},
		{"Dorn Rovers [denied] reports of a row with their coach.", ""},
		{"The mayor [denied] Mr Brell, her deputy, had leaked the plan.", ""},
		{"The mayor [agreed] that the fares were too high.", ""},
		{"The court [ordered] that the sale should be stopped.", ""},
		{"The Greens [have promised] £2m in grants for the harbour.", ""},
		{"Brell [vowed] to fight on.", ""},
		{"The mayor [promised] that the pier would stay open.", ""},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		k, _ := tg.cueHead(d, r.First, r.Last)
		g := Group{Cue: r, Contents: []Run{{Role: 2, First: r.Last, Last: d.Sents[d.Sent[k]].Last}}}
		got := tg.cueVerdict(d, r)
		if got == "" {
			got = tg.otherRule(d, &g)
		}
		if tt.want == "dropped" && got != "" {
			got = tt.want // a cue-frames phrase: "reports-with" or "act-frame", whichever reads it first
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q (head %q/%s, complement %s, object %q)", tt.text, got, tt.want, d.Low[k], d.POSNames[d.POS[k]], CompNames[Complement(d, k)], objectHead(d, k))
		}
	}
}
