package extract_test

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// All texts are invented for these tests.
func TestExtract_Transcript(t *testing.T) {
	x := mustExtractor(t)
	text := "On Sunday the host questioned Governor Ruth Calder about the harbour deal.\n\n" +
		"\"HOLT: Let me ask you first about the harbour. Will the deal go ahead?\n\n" +
		"\"CALDER: The deal will not go ahead this year. We have other priorities.\n\n" +
		"HOLT: Thank you, Governor.\n\n" +
		"CALDER: Thank you for having me.\n"
	sts := x.Extract(&claimtrail.Document{ID: "t", Text: text})
	type turn struct{ speaker, mention, content, polarity string }
	want := []turn{
		{"HOLT", "HOLT", "Let me ask you first about the harbour. Will the deal go ahead?", claimtrail.Affirm},
		// its second sentence asserts: deny needs every main assertion
		// negated (s9-polarity, the audit rubric)
		{"Ruth Calder", "CALDER", "The deal will not go ahead this year. We have other priorities.", claimtrail.Affirm},
		{"HOLT", "HOLT", "Thank you, Governor.", claimtrail.Affirm},
		{"Ruth Calder", "CALDER", "Thank you for having me.", claimtrail.Affirm},
	}
	var got []turn
	for _, s := range sts {
		if s.Cue.Text != ":" {
			continue
		}
		if s.Content.Text != strings.TrimSpace(s.Span.Text(text)[len(s.Speaker.Mention)+1:]) {
			t.Errorf("statement %d: span %q does not run from the label to the content's end", s.N, s.Span.Text(text))
		}
		got = append(got, turn{s.Speaker.Name, s.Speaker.Mention, s.Content.Text, s.Polarity})
	}
	if len(got) != len(want) {
		t.Fatalf("%d turns read, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("turn %d: %+v, want %+v", i+1, got[i], want[i])
		}
	}
}

// Lines that open with a label in capitals are no transcript unless two
// speakers take turns.
func TestExtract_NotTranscript(t *testing.T) {
	x := mustExtractor(t)
	for _, text := range []string{
		// page furniture
		"UPDATE: The ferry timetable changed on Friday.\n\nVIDEO: Crowds at the harbour.\n\nUPDATE: The ferry left at noon.\n",
		// one label only, and once
		"BREAKING NEWS: The bridge is closed.\n\nThe ferry runs as usual.\n",
		// one speaker, never answered
		"HOLT: The bridge is closed.\n\nHOLT: The ferry runs as usual.\n\nHOLT: The tram is late.\n",
	} {
		for _, s := range x.Extract(&claimtrail.Document{ID: "t", Text: text}) {
			if s.Cue.Text == ":" {
				t.Errorf("%q: a label read as a speaker: %+v", text, s)
			}
		}
	}
}
