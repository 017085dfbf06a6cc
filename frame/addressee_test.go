package frame_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/frame"
	"github.com/claimtrail/claimtrail/internal/layertest"
)

// TestReader_BoundLongAddressee checks that a content after an
// addressee cue that the tagger began with a longer addressee than a
// plain noun phrase (a possessive, a programme's or paper's name, a
// list) starts where what was said opens, and that a clause whose
// subject goes on the object's words, a to-infinitive and a name in
// apposition to a role noun are left. Sentences invented.
func TestReader_BoundLongAddressee(t *testing.T) {
	lb := layertest.NewBuilder(t)
	r, err := frame.New("en")
	if err != nil {
		t.Fatal(err)
	}
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
	lb := layertest.NewBuilder(t)
	r, err := frame.New("en")
	if err != nil {
		t.Fatal(err)
	}
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
