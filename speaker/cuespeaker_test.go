package speaker_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
)

// cueSpeaker is a written text whose last statement with cue must be
// want's.
type cueSpeaker struct {
	kind, text, cue, want string
}

// lastCueSpeakers extracts each case's text as a user gets it and checks
// the speaker of the last statement with the case's cue.
func lastCueSpeakers(t *testing.T, cases []cueSpeaker) {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range cases {
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
