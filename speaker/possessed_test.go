package speaker_test

import "testing"

// A document or statement named through a possessive pronoun is whom
// the pronoun means; a person's relation or a thing that speaks for no
// one is not. All texts are invented.
func TestResolver_PronounOwned(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"its report", "Fares to rise\n\nThe Harbour Trust studied ferry fares for a year. Fares will double by 2010, its report said.", "said", "Harbour Trust"},
		{"his ruling, an aside after it", "Tolls unlawful\n\nJudge Oskar Vellinga heard the appeal of Tolvane Corp in March. Mr Vellinga, in his ruling, said the tolls were unlawful.", "said", "Oskar Vellinga"},
		{"her lawsuit and an aside", "Sprinter sues\n\nAda Quill is suing Tolvane Labs for $5m. Her lawsuit, filed in the Harbour court, said the firm had lied.", "said", "Ada Quill"},
		{"its estimate after according to", "Banks hit\n\nThe Harbour Bankers Association said loans were lost. According to its estimate, 13% of loans were written off.", "According to", "Harbour Bankers Association"},
		// guards
		{"his lawyer is someone else", "Tolls unlawful\n\nOskar Vellinga lost the case in March. His lawyer said the ruling was wrong.", "said", "lawyer"},
	})
}
