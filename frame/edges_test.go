package frame_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/attrib"
)

// TestReader_BoundLongAddressee checks that a content after an
// addressee cue that the tagger began with a longer addressee than a
// plain noun phrase (a possessive, a programme's or paper's name, a
// list) starts where what was said opens, and that a clause whose
// subject goes on the object's words, a to-infinitive and a name in
// apposition to a role noun are left. Sentences invented.
func TestReader_BoundLongAddressee(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{"Berg told the Harbour Herald's Morning Show she believed the mayor would say sorry.",
			"the Harbour Herald's Morning Show she believed the mayor would say sorry",
			"she believed the mayor would say sorry"},
		{"Berg told the Coast News website Brandt did not deserve any credit for the plan.",
			"the Coast News website Brandt did not deserve any credit for the plan",
			"Brandt did not deserve any credit for the plan"},
		{"Berg told the Harbour Times Mr Holt would front the campaign.",
			"the Harbour Times Mr Holt would front the campaign", "Mr Holt would front the campaign"},
		{"Berg warned Labour and the Greens they were in danger of losing the port.",
			"Labour and the Greens they were in danger of losing the port", "they were in danger of losing the port"},
		{"Berg warned his North Sea Trawler League rivals that his crew would win.",
			"his North Sea Trawler League rivals that his crew would win", "that his crew would win"},
		{"Berg warned Mr Holt and Mr Brandt about the dangers of the plan.",
			"Mr Holt and Mr Brandt about the dangers of the plan", "about the dangers of the plan"},
		{"Berg told her he was innocent.", "her he was innocent", "he was innocent"},
		// left: no addressee, or PolNeAR's whole content
		{"Berg warned house prices were too high.", "house prices were too high", "house prices were too high"},
		{"Berg warned Asian states could stop funding the port.", "Asian states could stop funding the port", "Asian states could stop funding the port"},
		{"Berg warned the candidate Ann Rusk would lose the vote.", "the candidate Ann Rusk would lose the vote", "the candidate Ann Rusk would lose the vote"},
		{"Berg told the board not to sell the ferry.", "the board not to sell the ferry", "the board not to sell the ferry"},
	} {
		boundContent(t, lb, r, tt.text, tt.content, tt.want)
	}
}

// TestReader_BoundDashContrast checks that a content after its cue ends
// before a dash that opens the reporter's contrast with a clause of its
// own, and that the speaker's contrast (a phrase, a "that" clause, a
// quotation) stays. Sentences invented.
func TestReader_BoundDashContrast(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{"Holt says he is back and hungry for the job - but does that sum up the mood at the port?",
			"he is back and hungry for the job - but does that sum up the mood at the port",
			"he is back and hungry for the job"},
		{"Holt feels he has some big jumps in him - but then Brandt always has.",
			"he has some big jumps in him - but then Brandt always has", "he has some big jumps in him"},
		{"Kell refused the idea of naming rights - but the size of the deal for their new ground at Ashby has changed the landscape.",
			"the idea of naming rights - but the size of the deal for their new ground at Ashby has changed the landscape",
			"the idea of naming rights"},
		// the speaker's own contrast
		{"Holt argued the new law could cut disorder - but only if it was properly planned.",
			"the new law could cut disorder - but only if it was properly planned",
			"the new law could cut disorder - but only if it was properly planned"},
		{"Holt said the rules were fair - but that the port had not kept them.",
			"the rules were fair - but that the port had not kept them",
			"the rules were fair - but that the port had not kept them"},
		{`Holt said the ferry was late - but "the crews are not to blame".`,
			`the ferry was late - but "the crews are not to blame"`,
			`the ferry was late - but "the crews are not to blame"`},
	} {
		boundContent(t, lb, r, tt.text, tt.content, tt.want)
	}
}

// TestReader_BoundRelativeGloss checks that a relative clause set off
// by commas after a noun inside a content after its cue, outside
// quotation marks, is cut out when the clause goes on past it (the
// reporter's description), and that one at the content's end or after
// "that" stays. Sentences invented.
func TestReader_BoundRelativeGloss(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{"Holt said the ferry firm, which owes about $12bn, would sell two boats.",
			"the ferry firm, which owes about $12bn, would sell two boats", "the ferry firm … would sell two boats"},
		{"Holt said that Ada Vell, who is accused of hiding the losses, never made the decisions.",
			"that Ada Vell, who is accused of hiding the losses, never made the decisions",
			"that Ada Vell … never made the decisions"},
		{"Holt said the losses were shown as UKIP policy, which they were not.",
			"the losses were shown as UKIP policy, which they were not", "the losses were shown as UKIP policy, which they were not"},
		{`Holt said the sale, which "saved the yard", would go ahead.`,
			`the sale, which "saved the yard", would go ahead`, `the sale, which "saved the yard", would go ahead`},
		{"Holt said the new plant - which will employ 300 people - would open in May.",
			"the new plant - which will employ 300 people - would open in May", "the new plant … would open in May"},
		{"Holt said the new plant - which will employ 300 people - in May.",
			"the new plant - which will employ 300 people - in May", "the new plant - which will employ 300 people - in May"},
	} {
		d := lb.Build(tt.text, time.Time{})
		i := strings.Index(tt.text, tt.content)
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: 1, Last: 2},
			Sources:  []attrib.Run{{Role: 0, First: 0, Last: 1}},
			Contents: []attrib.Run{{Role: 2, First: d.TokenAt(i), Last: d.TokenAt(i + len(tt.content))}},
		}
		r.Bound(d, g)
		if got := contentsText(d, g, " … "); got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReader_BoundDashAside checks that a content cut at a dash runs
// over the aside a second dash closes to its clause's verb, a relative
// clause between the dashes left out, any other aside kept.
func TestReader_BoundDashAside(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct {
		text, content, want string
		cue                 int // the cue's token
	}{
		{"The figures suggested the falling pound - which makes imports more expensive - has had little effect.",
			"the falling pound", "the falling pound … has had little effect", 2},
		{"Traders said that the talk - and the pressure - is unlikely to ease before the summit.",
			"that the talk", "that the talk - and the pressure - is unlikely to ease before the summit", 1},
		{"Holt added that if rents had not risen, small shops - which employ most of the town - would have stayed.",
			"that if rents had not risen, small shops", "that if rents had not risen, small shops … would have stayed", 1},
		{"Holt said the claim - filed in 2001 by the council - in a close vote.",
			"the claim", "the claim", 1},
		{`Holt said the plan - "a disgrace" - would fail.`,
			"the plan", "the plan", 1},
		{"Holt said the plan would fail - which it did - in May.",
			"the plan would fail", "the plan would fail", 1},
		// a clause cut at the dash: any aside but a relative clause stays
		{"Aides say the fight is with the Greens in the cities, while in rural seats - chiefly the north - it is with the Whigs.",
			"the fight is with the Greens in the cities, while in rural seats",
			"the fight is with the Greens in the cities, while in rural seats - chiefly the north - it is with the Whigs", 1},
		{"Holt said the mayor would want one of his old guard - a nod to the Varn years - back on the council.",
			"the mayor would want one of his old guard",
			"the mayor would want one of his old guard - a nod to the Varn years - back on the council", 1},
		// after a relative clause the reporter may go on: the content stays
		{"Most said Holt was right to sue for the land - which he says he owns - and just 9% backed Varn.",
			"Holt was right to sue for the land", "Holt was right to sue for the land", 1},
		// a statement of its own after the aside, a verbless object
		{"Holt said the plan would fail - a view he shares - and Varn said it would not.",
			"the plan would fail", "the plan would fail", 1},
	} {
		d := lb.Build(tt.text, time.Time{})
		i := strings.Index(tt.text, tt.content)
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: tt.cue, Last: tt.cue + 1},
			Sources:  []attrib.Run{{Role: 0, First: 0, Last: tt.cue}},
			Contents: []attrib.Run{{Role: 2, First: d.TokenAt(i), Last: d.TokenAt(i + len(tt.content))}},
		}
		r.Bound(d, g)
		if got := contentsText(d, g, " … "); got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReader_BoundAtVerb checks that a content after a verb cue that
// the tagger stopped right before its clause's finite verb (after the
// subject, or after "and" joining a verb in another tense) runs on to the
// clause's end, that a dangling "and" before a verb in the cue's tense
// (the reporter's next act) is dropped, and that a noun cue, a
// statement of its own and a whole content stay. Sentences invented.
func TestReader_BoundAtVerb(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{"Holt claims that the rights of the crews have been ignored by the board.",
			"that the rights of the crews", "that the rights of the crews have been ignored by the board"},
		{"Holt denied that he knew clerks were hiding the losses at the port.",
			"that he knew clerks", "that he knew clerks were hiding the losses at the port"},
		{"Holt said that output fell 4% in May and is expected to recover by June.",
			"that output fell 4% in May and", "that output fell 4% in May and is expected to recover by June"},
		{"Holt said Mr Varn was one of the ringleaders, the agency said.",
			"Mr Varn", "Mr Varn was one of the ringleaders"},
		// the reporter's next act: the conjunction goes
		{"Holt said he was pleased with the deal and dismissed the critics of the port.",
			"he was pleased with the deal and", "he was pleased with the deal"},
		{"Holt favours the inner berth and a more likely plan is for the ferry to dock at Kell.",
			"the inner berth and a more likely plan", "the inner berth"},
		{"Holt said the pitch was too slow but the league rejected his comments.",
			"the pitch was too slow but", "the pitch was too slow"},
		{"Holt said the club will also lose £10m over the next six months.",
			"the club will also lose £", "the club will also lose £10m over the next six months"},
		{"Holt claimed he had been embarrassed by the fact that Ann Rusk appeared to have taken the lead.",
			"he had been embarrassed by the fact that Ann Rusk", "he had been embarrassed by the fact that Ann Rusk appeared to have taken the lead"},
		// left: a cue in the verb group, a noun cue, a wh-clause, a whole content
		{"Holt asked what they want from the port is a fair question.", "what they want from the port", "what they want from the port"},
		{"Holt said that the plan was criticised by the mayor.",
			"that the plan", "that the plan"},
		{"The insistence that the ferry will stay is a firm statement.",
			"that the ferry will stay", "that the ferry will stay"},
		{"Holt said the ferry was late.", "the ferry was late", "the ferry was late"},
	} {
		boundContent(t, lb, r, tt.text, tt.content, tt.want)
	}
}

// TestReader_BoundAtPreposition checks that a clause content after its
// cue that the tagger stopped before a prepositional phrase of its
// clause runs on to the next break, and that a verbless object, the
// reporter's absolute phrase, a statement of its own and a date after a
// clause in the past stay. Sentences invented.
func TestReader_BoundAtPreposition(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{"Holt said the port will show the final live on Friday 9 May, from noon.",
			"the port will show the final live", "the port will show the final live on Friday 9 May"},
		{"Holt said that ferry fares rose 9% in May while bus fares fell.",
			"that ferry fares rose 9%", "that ferry fares rose 9% in May while bus fares fell"},
		{"Holt estimates that the number of ferries in service has fallen to nine.",
			"that the number of ferries", "that the number of ferries in service has fallen to nine"},
		// left
		{"Holt reiterated this position on Friday, saying nothing more.", "this position", "this position"},
		{"Holt warned the port may cut 700 jobs with the mayor quoted as saying it was over.",
			"the port may cut 700 jobs", "the port may cut 700 jobs"},
		{"Holt said the ferry was sold in May as the mayor said it would be.",
			"the ferry was sold", "the ferry was sold"},
		{"Holt said the port had accepted the offer on Monday.", "the port had accepted the offer", "the port had accepted the offer"},
		{"Holt claimed the law would breed crime, in an interview on Harbour Radio.",
			"the law would breed crime, in an interview", "the law would breed crime, in an interview"}, // the channel's, cut later
	} {
		boundContent(t, lb, r, tt.text, tt.content, tt.want)
	}
}

// TestReader_BoundJoinedNarration checks that a content after its cue
// that opens with a quotation ends at the closing mark before the
// reporter's clause joined by a conjunction, and that a verb with no
// subject of its own and a clause before another quotation stay.
// Sentences invented.
func TestReader_BoundJoinedNarration(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{`Its title reads "Urgent Flood Appeal" and its text bears all the usual errors.`,
			`"Urgent Flood Appeal" and its text bears all the usual errors`, `"Urgent Flood Appeal"`},
		// left
		{`Holt said "the plan is dead" and wept.`, `"the plan is dead" and wept`, `"the plan is dead" and wept`},
		{`Holt said "a farce" and the mayor said "a shame".`,
			`"a farce" and the mayor said "a shame"`, `"a farce" and the mayor said "a shame"`},
	} {
		boundContent(t, lb, r, tt.text, tt.content, tt.want)
	}
}
