package speaker_test

import "testing"

// "The report" no author who spoke resolves is the one owner the text
// gives a document before it, before or after its noun; with documents
// of two owners, or a document's own name before its noun, it stays as
// written. The texts are invented.
func TestResolver_StudyOwner(t *testing.T) {
	tests := []struct {
		name, text string
		groups     []spanGroup
		wantName   string
	}{
		{"research from analysts, then the report",
			"Phone sales are booming, according to research from technology analysts Tolvane Insight.\n\nMore than 600 million phones were sold last year, said the report, a record.",
			[]spanGroup{{"More than 600 million phones were sold last year", "the report", "said"}},
			"Tolvane Insight"},
		{"a study conducted by a consultancy",
			"Readers use the library as an office. The study, conducted by consultancy Kessel Zones, looked at 500 visitors. The study also found that most stayed six hours.",
			[]spanGroup{{"that most stayed six hours", "The study", "also found"}},
			"Kessel Zones"},
		{"the owner before the noun",
			"Rain fell. A Harbour Clarion poll of 1,300 people was published on Monday. Most backed the plan. The poll also found that few trusted the council.",
			[]spanGroup{{"that few trusted the council", "The poll", "also found"}},
			"Harbour Clarion"},
		{"a person after a paper's role words",
			"The book, by Harbour Clarion journalist Ravi Kell, is out. Rain fell. The minister resigned in June, according to the book.",
			[]spanGroup{{"The minister resigned in June", "the book", "according to"}},
			"Ravi Kell"},
		{"documents of two owners",
			"Sales rose, according to research from analysts Tolvane Insight. Prices fell, according to a report by Kessel Research. Rain fell. Most buyers were young, the report said.",
			[]spanGroup{{"Most buyers were young", "the report", "said"}},
			"report"},
		{"a document's own name is no owner",
			"Rain fell. Growth was modest in its latest Amber Book report. Rain fell again. Wages rose, the report said.",
			[]spanGroup{{"Wages rose", "the report", "said"}},
			"report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}

// A study's authors as a source are the one owner the text gives a
// document before them; with none it stays as written. A survey's
// respondents stay as written: they are never the poll's owner. The texts are invented.
func TestResolver_StudyVoices(t *testing.T) {
	tests := []struct {
		name, text string
		groups     []spanGroup
		wantName   string
	}{
		{"the authors of a study from a centre",
			"Floods rarely ruin firms. The study, from the Centre for Flood Research, looked at 300 towns. Most firms recovered within a year, the authors concluded.",
			[]spanGroup{{"Most firms recovered within a year", "the authors", "concluded"}},
			"Centre for Flood Research"},
		{"respondents of a poll for a paper",
			"Voters are weary, a poll for the Harbour Clarion suggests. Rain fell. Some 59% of people said they would not vote.",
			[]spanGroup{{"they would not vote", "Some 59% of people", "said"}},
			"Some 59% of people"},
		{"respondents of a poll for a paper named in the source",
			"Voters are weary. Almost a third (31%) of those polled for the Harbour Clarion said they would not vote.",
			[]spanGroup{{"they would not vote", "Almost a third (31%) of those polled for the Harbour Clarion", "said"}},
			"Almost a third (31%) of those polled for the Harbour Clarion"},
		{"respondents of a survey no one owns",
			"Voters are weary, a survey suggests. Rain fell. Some 59% of people said they would not vote.",
			[]spanGroup{{"they would not vote", "Some 59% of people", "said"}},
			"Some 59% of people"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}
