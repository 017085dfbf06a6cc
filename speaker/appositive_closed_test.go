package speaker_test

import "testing"

// A name set off before a description closed by a comma right before
// the cue speaks, wherever the name stands in its sentence. All texts
// are invented.
func TestResolver_AppositiveClosedBeforeCue(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"after an opening phrase", "Judges row\n\nThe rules were changed last year. At the time Lord Woolf, the Lord Chief Justice, had said the tariff was fair.", "had said", "Lord Woolf"},
		{"after a conjunction", "Tax plans attacked\n\nThe chancellor set out his plans on Monday. He was speaking as Sir Ivo Kell, the chamber's director general, warned that taxes would rise.", "warned", "Sir Ivo Kell"},
	})
}
