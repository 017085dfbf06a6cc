package speaker_test

import "testing"

// A gendered pronoun that meant a speaker no title or given name typed
// tells the speaker's gender: a pronoun of the other gender later means
// someone else. The text is invented.
func TestResolver_PronounTellsGender(t *testing.T) {
	text := `Dr Lorne Gavin said the games were old-fashioned. "Games need to support pupils," he said.

Professor Ada Marr, based at Bristol University, has studied games for years.

Use of games in schools has been patchy. Schools have avoided mainstream games, she found.`
	got := resolveSpans(t, text, []spanGroup{{"the games were old-fashioned", "Dr Lorne Gavin", "said"},
		{"Games need to support pupils", "he", "said"}, {"Schools have avoided mainstream games", "she", "found"}})
	if got.Name != "Ada Marr" {
		t.Errorf("got %q (%s), want Ada Marr", got.Name, got.Type)
	}
}

// TestPronounPastGovernedName reads written texts as a user gets them:
// a name a verb or preposition governs is no better antecedent of a
// pronoun than the speaker who last spoke, and a gendered pronoun that
// meant a speaker tells its gender. The texts and names are invented.
func TestPronounPastGovernedName(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"a preposition's object in the sentence before",
			`Coach Bram Tollen said the team had been brave. He also paid tribute to Oskar Vint, who scored twice. "In the first half the whole side worked very hard," he explained.`,
			"explained", "Bram Tollen"},
		{"a verb's object in the sentence before",
			`"I am ready for the season," sprinter Kai Odum said. He has confirmed that he will race in Glasgow, where he will take on his old rival Pell Sarno over 60m. He added: "I feel strong."`,
			"added", "Kai Odum"},
		{"a relative clause the pronoun opens is about the name",
			`The Harbour Party said the tax was unfair. It would be collected by the Port Office, which they say would save money.`,
			"say", "Harbour Party"},
		{"the topic of a sentence without a subject of its own",
			`Treasurer Ivo Marsh said the deal was good. But that was not enough for Mr Karl Denning. "They have to change their policy," he said.`,
			"said", "Karl Denning"},
		{"a copula's complement",
			`Nils Varga said the case was strong. The star witness is Mr Otto Sallen, a former trader. He has admitted the fraud.`,
			"has admitted", "Otto Sallen"},
		{"the subject of a clause after a conjunction",
			`Coach Bram Tollen said his side would win. The visitors have been criticised this season but captain Emil Strand sees hope. "We are getting better," he said.`,
			"said", "Emil Strand"},
		{"a pronoun in a clause after the name's",
			`A club spokesman said the player was injured. The federation gave Arash Karimi a reward when he insisted the fee was too low.`,
			"insisted", "Arash Karimi"},
		{"a fronted phrase's name in the pronoun's own sentence",
			`Ravi Sunder said the rules were unfair. Mr Sunder is attending the summit as part of a group of nations, which account for half of the world. At a conference on enterprise hosted by finance minister Alan Brent on Friday, he said that rates should float. "A flexible rate absorbs shocks," he told the audience.`,
			"told", "Ravi Sunder"},
	})
}
