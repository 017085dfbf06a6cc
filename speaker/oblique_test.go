package speaker_test

import "testing"

// A pronoun after a sentence whose subject is a description of a person
// means the one the description means, not a name a preposition governs
// in that sentence ("The 29-year-old finished behind Maria Tennant").
// All texts are invented.
func TestResolver_DescribedSubjectOverOblique(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"an age description, a name after 'behind'", "Kara Lyle out of meeting\n\nKara Lyle will miss the Glasgow indoor meeting next month with a calf injury.\n\nThe 29-year-old finished second behind Maria Tennant and Olga Brik in the cross-country race last week, but she would rather run on the track. \"I am frustrated but the injury is not serious,\" she said.", "said", "Kara Lyle"},
		{"a nation's person noun, a name after 'with'", "Wanjiru fit for race\n\nGrace Wanjiru has decided she is fit enough to run in the city race.\n\nThe Kenyan was unsure after her long duel with Maria Tennant in the Boston Marathon. But she has said she is ready to race.", "has said", "Grace Wanjiru"},
		{"a role description, a name after 'with'", "Leader sets out goals\n\nPrime Minister Tom Barrow says his party will stay united.\n\nThe prime minister is trying to end talk of a rift with Ian Pell with a speech in Leeds. He is saying that growth is the first goal.", "is saying", "Tom Barrow"},
		// guards
		{"the description is no person's", "Rift on screen\n\nPeter Vane led the party into the election.\n\nThe documentary showed the tensions between Mr Vane and his colleagues. He said the film was unfair.", "said", "Peter Vane"},
		{"the name is a passive's agent", "Festival backed\n\nThe festival director Ann Kell praised the films.\n\nThe director's view was echoed by Maria Tennant, head of the market. She said the market had grown.", "said", "Maria Tennant"},
		{"the name is the subject", "Lyle out\n\nKara Lyle will miss the meeting.\n\nMaria Tennant finished second behind Olga Brik last week. \"I am happy,\" she said.", "said", "Maria Tennant"},
	})
}
