package speaker_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// "it" is one body: never a plural group named before, and in a later
// clause of its own sentence the body that sentence's subject names.
// The texts are invented.
func TestResolver_ItSubject(t *testing.T) {
	checkLast(t, []lastCase{
		// a group named before is no "it": the clause's subject is
		{"Officials in Kessel province said farms owned by Tolvane Group would be seized. The government is cracking down on large estates, which it says are lying idle.",
			[]string{"said", "says"}, []int{4, 1}, "government", claimtrail.SpeakerGovernment},
		{"Analysts expected a smaller profit. Shares in Tolvane Group fell after it warned that growth would slow.",
			[]string{"expected", "warned"}, []int{1, 1}, "Tolvane Group", claimtrail.SpeakerOrganization},
		// the subject over a body the sentence before named
		{"Kessel Bank said the deal was off. Ada Quill of Harbour Mills agreed with the bank. Tolvane claims the price reflects costs at Harbour Mills and says it offers more value.",
			[]string{"said", "agreed", "offers"}, []int{2, 5, 1}, "Tolvane", claimtrail.SpeakerOrganization},
		// a description of the body's kind keeps the body named before
		{"Tolvane Group said prices would rise. The group has a plan which it says will work.",
			[]string{"said", "says"}, []int{2, 1}, "Tolvane Group", claimtrail.SpeakerOrganization},
		// a common word the sentence's capital makes look a name is no subject
		{"Tolvane Group said profits rose. Revenues were high, which it said could rise further.",
			[]string{"said", "said"}, []int{2, 1}, "Tolvane Group", claimtrail.SpeakerOrganization},
	})
}
