package speaker_test

import "testing"

// A one-word name the entity tags call a person that the text uses
// before a role word ("Chelsea chairman", "Dunmore boss") is a team's or
// a place's: a pronoun does not take it. All texts are invented.
func TestResolver_TeamWordNoAntecedent(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"a club word before 'chairman'", "Vell completes takeover\n\nOskar Vell has completed his takeover of Dunmore Rovers.\n\nThe 70-year-old former Chelsea chairman sealed the deal on Friday. He said: \"I am delighted to be joining such a fantastic club.\"", "said", "Oskar Vell"},
		{"a club word before 'boss'", "Kell eyes new players\n\nGraham Kell has said he wants to sign new players.\n\nThe former Liverpool boss is looking to bring in four players in the summer. \"I'm after three or four new players,\" he said.", "said", "Graham Kell"},
		// guard: a surname the text gives in full elsewhere stays a person
		{"a surname named in full", "Kell eyes new players\n\nGraham Kell has said he wants to sign new players. Kell boss of the club for two years, has little money. \"I'm after three or four new players,\" he said.", "said", "Graham Kell"},
	})
}
