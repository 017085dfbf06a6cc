package speaker_test

import "testing"

// TestGluedOpener reads written texts as a user gets them: a headline's
// adjective the text writes in lower case, a weekday, or a place after
// "in" before a surname the text names with another first name is no
// part of the speaker's name; a given name, a title's surname and a
// publication's weekday stay. The texts and names are invented.
func TestGluedOpener(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"a headline's adjective written in lower case",
			"Troubled Kessel under scrutiny\n\nThe regulator is looking into troubled shipping broker Kessel & Marlow. Kessel said it was co-operating fully with the inquiry.",
			"said", "Kessel"},
		{"a place after in before a surname",
			"Marta Quellig lost the final in three sets. Speaking in Toravia Quellig said she was pleased with her form.",
			"said", "Marta Quellig"},
		{"a name after of keeps its first name",
			"The trial of Emilio Vardo began in Madrid on Monday. Mr Vardo said he had done nothing wrong.",
			"said", "Emilio Vardo"},
		{"a given name also written in lower case",
			"Rose Tamblin runs the shop. Tamblin said sales rose by 5% in May.",
			"said", "Rose Tamblin"},
		{"a weekday opening a publication's name",
			"Tolvane may sell its film unit when it reports results on Friday, the Sunday Telegraph reported.",
			"reported", "Sunday Telegraph"},
	})
}

// TestRoleAsSurname: a role word alone that the text gives as the last
// word of a person's name is that person's surname, not a role; one the
// text gives as no one's stays the role's. The texts and names are
// invented.
func TestRoleAsSurname(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"a role word named as a surname",
			"Radio host Dara King takes over the breakfast show next week. \"It is a dream job,\" says King, 34.",
			"says", "Dara King"},
		{"a role word no one is named with",
			"The talks in Oslo ended on Monday. Speaking afterwards, the King said the talks had gone well.",
			"said", "King"},
	})
}
