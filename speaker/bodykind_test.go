package speaker_test

import "testing"

// TestPartyDescription reads written texts as a user gets them: "the
// party" means a body whose name a party's does, not another body named
// nearer nor a person whose role names the party; with none named it
// stays unresolved. The texts and names are invented.
func TestPartyDescription(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"not a person whose role names the party",
			`The Harbour Party wants to scrap the council tax. Party leader Ada Quill said the plan was fair. The party says it would raise allowances.`,
			"says", "Harbour Party"},
		{"not another body named nearer",
			`The Harbour Party wants a local income tax. The tax would be collected by the Revenue Office, which would save money. The party says the council tax is unfair.`,
			"says", "Harbour Party"},
		{"not a body that is no party, however near",
			`Voters were angry. The tax would be collected by the Revenue Office, which would save money. The party says the council tax is unfair.`,
			"says", "party"},
	})
}
