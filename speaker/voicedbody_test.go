package speaker_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
)

// TestVoicedBody checks the affiliation of a bare "A spokesman" (the
// speaker of the last statement with the cue): the body that spoke just
// before, the one body the paragraphs name, or none where the text does
// not say which (a wrong body is worse than the description as
// written). The texts and names are invented.
func TestVoicedBody(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind, text, cue, affiliation string
	}{
		{"the body that spoke in the sentence before",
			"The Harbour Rail Group said it would cut fares. A spokesman added that the cuts were overdue.", "added", "Harbour Rail Group"},
		{"the body that spoke by name two sentences before",
			"Kessel Bank said rates would rise.\n\nFarmers in the valley were worried.\n\nThe rise was expected, a spokeswoman said.", "said", "Kessel Bank"},
		{"the one body the paragraph names, which did not speak",
			"The Harbour Rail Group cut its fares on Monday. A spokeswoman said the cut was overdue.", "said", "Harbour Rail Group"},
		{"two bodies named: none",
			"The Harbour Rail Group and Kessel Bank agreed terms on Monday. A spokesman said the deal was done.", "said", ""},
		{"a name the capitalised run cut (a figure after it): none",
			"Campaign group Harbour 2000 said the plan was wrong. A spokesman said it was a waste.", "said", ""},
		{"a name the capitalised run cut (an article and a capital after it): none",
			"The Save the Harbour Trams campaign cut its ties on Monday. A spokesman said the vote was rigged.", "said", ""},
		{"a named person spoke in the paragraph: maybe his spokesman",
			"Ivo Marsh, chairman of the Harbour Rail Group, said he would resign. A spokesman later said the board agreed.", "later said", ""},
		{"a spokesman for a body named in the mention keeps the mention's reading",
			"The Harbour Rail Group said it would cut fares. A spokesman for Kessel Bank said the loan was safe.", "said", "Kessel Bank"},
		{"a spokesman in someone's words is no one's voice here",
			"The Harbour Rail Group cut fares. Ada Vell said a spokesman had told her the cut was overdue.", "told", ""},
	}
	for _, tc := range tests {
		t.Run(tc.kind, func(t *testing.T) {
			sts := x.Extract(&claimtrail.Document{ID: "t", Text: tc.text})
			last := -1
			for i, st := range sts {
				if st.Cue.Text == tc.cue {
					last = i
				}
			}
			if last < 0 {
				t.Fatalf("no statement with cue %q: %+v", tc.cue, sts)
			}
			if sp := sts[last].Speaker; sp.Affiliation != tc.affiliation {
				t.Errorf("speaker %q affiliation %q, want %q", sp.Name, sp.Affiliation, tc.affiliation)
			}
		})
	}
}
