package speaker_test

import "testing"

// A description of a document the text has not tied to an owner yet
// ("…, a survey suggests.") is the one owner the text names for a
// document from it to the end of the next sentence; with none or two
// it stays as written. The texts are invented.
func TestResolver_DocumentNamedAfter(t *testing.T) {
	tests := []struct {
		name, text string
		groups     []spanGroup
		wantName   string
	}{
		{"the study, for a firm, in the next sentence",
			"Safety kits\n\nOlder drivers are buying more safety kits, according to a two-year study.\n\nThe study, for road safety firm Kessel Guard, shows that sales rose by a third.",
			[]spanGroup{{"Older drivers are buying more safety kits", "a two-year study", "according to"}},
			"Kessel Guard"},
		{"a study by a body in the next sentence",
			"Loyalty cards\n\nMost shoppers ignore loyalty cards, a survey suggests.\n\nA study by the Tolvane Retail Institute looked at 900 shoppers in five towns.",
			[]spanGroup{{"Most shoppers ignore loyalty cards", "a survey", "suggests"}},
			"Tolvane Retail Institute"},
		{"the owner before the noun in the next sentence",
			"Ferries\n\nFerry fares will rise by a fifth this year, new research says.\n\nThe Harbour Kessel survey of 40 routes was published on Monday.",
			[]spanGroup{{"Ferry fares will rise by a fifth this year", "new research", "says"}},
			"Harbour Kessel"},
		{"a survey of firms by a body opening the next sentence",
			"Pensions\n\nEmployers are paying more into pensions, research suggests.\n\nA survey of 300 schemes by Tolvane Pension Data said payments rose by half.",
			[]spanGroup{{"Employers are paying more into pensions", "research", "suggests"}},
			"Tolvane Pension Data"},
		{"no owner named: as written",
			"Call queues\n\nCallers hang up after a minute, a survey suggests.\n\nThe number of calls keeps growing every year.",
			[]spanGroup{{"Callers hang up after a minute", "a survey", "suggests"}},
			"survey"},
		{"two owners: as written",
			"Bread\n\nBread prices will double, a study says.\n\nA report by Tolvane Foods, out today, matched a survey by Kessel Mills.",
			[]spanGroup{{"Bread prices will double", "a study", "says"}},
			"study"},
		{"a letter's author in the next paragraph (authored-documents.tsv)",
			"Cuts\n\nThe Leeds plant will close, a letter to staff says.\n\nThe letter, from Tolvane chief executive Ada Vell, came on Monday.",
			[]spanGroup{{"The Leeds plant will close", "a letter to staff", "says"}},
			"Ada Vell"},
		{"the letter after a letter from its author",
			"Cuts\n\nStaff got a letter from Tolvane boss Ada Vell on Monday. The plant will close, the letter says.",
			[]spanGroup{{"The plant will close", "the letter", "says"}},
			"Ada Vell"},
		{"a memo for someone is not theirs: as written",
			"Cuts\n\nStaff got a memo for Tolvane boss Ada Vell on Monday. The plant will close, the memo says.",
			[]spanGroup{{"The plant will close", "the memo", "says"}},
			"memo"},
		{"letters of two authors: as written",
			"Cuts\n\nA letter from Ada Vell came on Monday. A letter from Tom Reed came on Tuesday. The plant will close, the letter says.",
			[]spanGroup{{"The plant will close", "the letter", "says"}},
			"letter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}
