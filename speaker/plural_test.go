package speaker_test

import "testing"

// TestTheyPluralSubject reads written texts as a user gets them: "they"
// means the plural subject naming people of the sentence before, not a
// body or title named before or inside it; a plural of things is no
// such subject. The texts and names are invented.
func TestTheyPluralSubject(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"a plural subject after an opening conjunction",
			`Ferry fans have paid for an advert headed "Save the Quill Line". But fans across the region have also pitched in to pay for a second advert. They are also asking the council to keep the service.`,
			"are also asking", "fans"},
		{"a plural of people the roles table holds",
			`The Varnia Party leads the polls. The Harbour Union says Varnia is wrong. Critics are concerned that the plan could hurt small firms. They say the plan is flawed.`,
			"say", "Critics"},
		{"a plural of things is none",
			`The Harbour Union said the fees were too high. These fees are unfair and the new rules are a burden. They say the rules must go.`,
			"say", "Harbour Union"},
	})
}
