package frame_test

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/frame"
	"github.com/claimtrail/claimtrail/internal/layertest"
)

// TestReader_PolarityBy checks that Polarity says what made a statement
// deny: the tracer reads that instead of the cue table. Sentences
// invented; the cue opens at the third word (one word, or cueWords), the
// content is the words after it.
func TestReader_PolarityBy(t *testing.T) {
	lb := layertest.NewBuilder(t)
	r, err := frame.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, polarity, by string
		cueWords           int
	}{
		{"Tomas Adler said the port was open.", claimtrail.Affirm, "", 0},
		{"Tomas Adler said the port was not open.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
		{"Tomas Adler denied the port was open.", claimtrail.Deny, claimtrail.PolarityByCue, 0},
		{"Tomas Adler denied the port was not open.", claimtrail.Deny, claimtrail.PolarityByCue, 0},
		{"Tomas Adler rejected the claims.", claimtrail.Deny, claimtrail.PolarityByCue, 0},
		{"Tomas Adler never admitted the port was open.", claimtrail.Deny, claimtrail.PolarityByCue, 2},
		{"Tomas Adler has not only said the port was open.", claimtrail.Affirm, "", 4},
		// a negation in a subordinate or relative clause denies nothing
		{"Tomas Adler said a mayor who is not going to panic would help.", claimtrail.Affirm, "", 0},
		{"Tomas Adler said if you are not playing you can watch.", claimtrail.Affirm, "", 0},
		{"Tomas Adler said the fact that the board has not met is odd.", claimtrail.Affirm, "", 0},
		{"Tomas Adler said there was no question the port would open.", claimtrail.Affirm, "", 0},
		// the clause ends at a comma or at the main clause's verb
		{"Tomas Adler said although the ferries ran, the port was never open.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
		{"Tomas Adler said the report that appeared on Monday is false and does not hold.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
		{"Tomas Adler said that is simply not true.", claimtrail.Deny, claimtrail.PolarityByContent, 0},
	} {
		d := lb.Build(tt.text, time.Time{})
		last := 2 + max(tt.cueWords, 1)
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: 2, Last: last},
			Sources:  []attrib.Run{{Role: 0, First: 0, Last: 2}},
			Contents: []attrib.Run{{Role: 2, First: last, Last: len(d.Toks) - 1}},
		}
		if p, by := r.Polarity(d, g); p != tt.polarity || by != tt.by {
			t.Errorf("%q: polarity %q by %q, want %q by %q", tt.text, p, by, tt.polarity, tt.by)
		}
	}
}
