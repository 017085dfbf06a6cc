package speaker_test

import "testing"

// "There were reports that …" is an anonymous statement named by its
// noun; "there are fears that …" names no one. All texts are invented.
func TestResolver_Hearsay(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"reports after there", "Ferry deal near\n\nThe talks went on late into the night and there were reports that Tolvane Corp would buy the line.", "reports", "reports"},
		{"speculation after there", "Phones on show\n\nKessel will show its new phone at the fair, and there is speculation that Harbour Mobile may unveil a rival.", "speculation", "speculation"},
	})
}
