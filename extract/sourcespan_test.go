package extract_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// The speaker's span as printed, which PolNeAR scores (issue 14), while
// the name stays the one a reader reads. All sentences are invented.
func TestExtract_SpeakerSpanAsPrinted(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, cue, content string
		mention, speaker         string
	}{
		{"the main cue after a relative clause that says something gets the name, not its who",
			"Dana Colter, who said she usually votes for the Greens, said the new mayor had broken his promises.",
			"said", "the new mayor had broken his promises", "Dana Colter", "Dana Colter"},
		{"the relative clause keeps its who",
			"Dana Colter, who said she usually votes for the Greens, said the new mayor had broken his promises.",
			"said", "she usually votes for the Greens", "who", "Dana Colter"},
		{"a relative clause holding a cue is no part of the span",
			"Ravi Osmond, who thinks the harbour plan is too costly, said the council should wait.",
			"said", "the council should wait", "Ravi Osmond", "Ravi Osmond"},
		{"a relative clause that only describes stays in the span",
			"Ida Brandt, who edits the Harbour Ledger, said the port would close.",
			"said", "the port would close", "Ida Brandt, who edits the Harbour Ledger", "Ida Brandt"},
		{"the span keeps the time the name is read without",
			"A Harbour Institute poll this month found that most voters back the plan.",
			"found", "that most voters back the plan", "A Harbour Institute poll this month", "Harbour Institute"},
		{"the name is read without the time the span keeps",
			"The prime minister on Sunday said the harbour tax would be scrapped.",
			"said", "the harbour tax would be scrapped", "The prime minister on Sunday", "prime minister"},
		{"an aside's object between the name and the cue does not speak",
			"Kofi Brandt, after talks with Lena Marsh, said the deal was close.",
			"said", "the deal was close", "Kofi Brandt", "Kofi Brandt"},
		{"the words said before the comma are no part of the name",
			"Soon, Osei said.", "said", "Soon", "Osei", "Osei"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := x.Extract(&claimtrail.Document{ID: "t", Text: tt.text})
			for _, s := range sts {
				if s.Cue.Text != tt.cue || s.Content.Text != tt.content {
					continue
				}
				if s.Speaker.Mention != tt.mention || s.Speaker.Name != tt.speaker {
					t.Errorf("speaker %q (mention %q), want %q (mention %q)", s.Speaker.Name, s.Speaker.Mention, tt.speaker, tt.mention)
				}
				if sp := s.Speaker.Span; sp == nil || tt.text[sp.Start:sp.End] != s.Speaker.Mention {
					t.Errorf("span %v does not index the mention %q", sp, s.Speaker.Mention)
				}
				return
			}
			t.Errorf("no statement %q — %q in %v", tt.cue, tt.content, sts)
		})
	}
}
