package extract_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// The source of a group that makes no statement is still the one a
// later reference means (pipeline.noteLost, speaker.Resolver.Note). All
// sentences are invented for these tests.
func TestExtract_DroppedGroupAntecedent(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, cue, want string
	}{
		{"a refusal's subject is the one a description means next",
			"Tom Reed has met the US president for talks on trade.\n\nMr Reed's spokesman said the talks had been friendly. " +
				"Turning to fears that the US was poised to raise tariffs, Mr Reed refused to give credence to suggestions it was preparing for a trade war. " +
				"The prime minister conceded that the US had \"a harder position\" than Europe.",
			"conceded", "Tom Reed"},
		{"a participle after an act goes on from its subject",
			"Harbour Bank said it had accepted a $6bn offer from Tolvane on Monday. Kessel chairman Tom Reed sent a letter to the bank's board on Thursday saying that Kessel plans to submit a new offer.",
			"saying", "Tom Reed"},
		{"the object of a plea is no antecedent",
			"Club legend Ivo Marsh said the club must keep its captain. Marsh has pleaded with Sam Olley to reject any offers from rival clubs. " +
				"He told Radio Five: \"The club would think about any bid.\"",
			"told", "Ivo Marsh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := x.Extract(&claimtrail.Document{ID: "t", Text: tt.text})
			found := false
			for _, st := range sts {
				if st.Cue.Lemma != "" && st.Cue.Text == tt.cue {
					found = true
					if st.Speaker.Name != tt.want {
						t.Errorf("%q: speaker %q, want %q", tt.cue, st.Speaker.Name, tt.want)
					}
				}
			}
			if !found {
				t.Fatalf("no statement with cue %q in %+v", tt.cue, sts)
			}
		})
	}
}
