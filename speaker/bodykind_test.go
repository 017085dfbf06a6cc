package speaker_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
)

// TestPartyDescription reads written texts as a user gets them: "the
// party" means a body whose name a party's does, not another body named
// nearer nor a person whose role names the party; with none named it
// stays unresolved. The texts and names are invented.
func TestPartyDescription(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind, text, cue, want string
	}{
		{"not a person whose role names the party",
			`The Harbour Party wants to scrap the council tax. Party leader Ada Quill said the plan was fair. The party says it would raise allowances.`,
			"says", "Harbour Party"},
		{"not another body named nearer",
			`The Harbour Party wants a local income tax. The tax would be collected by the Revenue Office, which would save money. The party says the council tax is unfair.`,
			"says", "Harbour Party"},
		{"not a body that is no party, however near",
			`Voters were angry. The tax would be collected by the Revenue Office, which would save money. The party says the council tax is unfair.`,
			"says", "party"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			sts := x.Extract(&claimtrail.Document{ID: "t", Text: tt.text})
			var got *claimtrail.Statement // the last statement with that cue
			for i := range sts {
				if sts[i].Cue.Text == tt.cue {
					got = &sts[i]
				}
			}
			if got == nil {
				t.Fatalf("no statement with cue %q: %+v", tt.cue, sts)
			}
			if got.Speaker.Name != tt.want {
				t.Errorf("speaker %q (mention %q), want %q", got.Speaker.Name, got.Speaker.Mention, tt.want)
			}
		})
	}
}
