package frame_test

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/internal/layertest"
)

// TestReader_BoundAntecedent checks that a content with no subject after
// a reporting clause opened by a relative pronoun gets the pronoun's
// antecedent as a fragment before the cue. Sentences invented; source
// and cue are named, the content runs from the cue to the final period.
func TestReader_BoundAntecedent(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, source, cue, want string }{
		{"Fees would go under plans which the council says would save £4m.", "council", "says", "plans … would save £4m"},
		{"Ida Brandt runs the ferry line, which the mayor claims will close.", "mayor", "claims", "the ferry line … will close"},
		{"The port is building a berth that its owners say will double trade.", "owners", "say", "a berth … will double trade"},
		{"The port faces a move ministers say would cut trade.", "ministers", "say", "would cut trade"},
		{"The port faces what the mayor hopes will be a quiet year.", "mayor", "hopes", "will be a quiet year"},
	} {
		d := lb.Build(tt.text, time.Time{})
		src, cue := layertest.At(t, d, tt.source), layertest.At(t, d, tt.cue)
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: cue, Last: cue + 1},
			Sources:  []attrib.Run{{Role: 0, First: src, Last: src + 1}},
			Contents: []attrib.Run{{Role: 2, First: cue + 1, Last: len(d.Toks) - 1}},
		}
		if d.POSNames[d.POS[src-1]] == "DT" || d.POSNames[d.POS[src-1]] == "PRP$" {
			g.Sources[0].First--
		}
		g.Source = g.Sources[0]
		r.Bound(d, g)
		if got := contentsText(d, g, " … "); got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}
