package attrib

import (
	"testing"

	"github.com/claimtrail/claimtrail/internal/layertest"
)

// TestAttitudeIntoCue checks that a bare attitude noun after a verb of
// expression joins the cue with the preposition that takes its object,
// and that a modified noun, another preposition, a time expression, a
// noun with nothing after it and a noun after another verb stay what
// was said.
func TestAttitudeIntoCue(t *testing.T) {
	_, tg := newTestTagger(t)
	lb := layertest.NewBuilder(t)
	tests := []struct{ text, cue, content string }{
		{"Fund managers [expressed] concern at the drop in profits.", "expressed concern at", "the drop in profits"},
		{"Fund managers [have voiced] dismay over the drop in profits.", "have voiced dismay over", "the drop in profits"},
		{"Fund managers [expressed] concern that profits would fall.", "expressed concern", "that profits would fall"},
		{"Head teachers [expressed] doubt as to whether the tests work.", "expressed doubt as to", "whether the tests work"},
		{"Fund managers [expressed] hope to meet the board soon.", "expressed hope", "to meet the board soon"},
		{"Fund managers [expressed] their concern at the drop in profits.", "expressed", "their concern at the drop in profits"},
		{"Fund managers [expressed] frustration in an interview with Tolvane.", "expressed", "frustration in an interview with Tolvane"},
		{"Fund managers [expressed] optimism over the weekend about profits.", "expressed", "optimism over the weekend about profits"},
		{"Fund managers [expressed] concern again.", "expressed", "concern again"},
		{"Fund managers [repeated] concern at the drop in profits.", "repeated", "concern at the drop in profits"},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		end := len(d.Toks) - 1 // the closing period
		g := Group{Cue: r, Contents: []Run{{Role: 3, First: r.Last, Last: end}}}
		tg.attitudeIntoCue(d, &g)
		c := g.Contents[0]
		cue := d.Text[d.Toks[g.Cue.First].Start:d.Toks[g.Cue.Last-1].End]
		content := d.Text[d.Toks[c.First].Start:d.Toks[c.Last-1].End]
		if cue != tt.cue || content != tt.content {
			t.Errorf("%q: %q | %q, want %q | %q", tt.text, cue, content, tt.cue, tt.content)
		}
		if g.Cue.Last != c.First {
			t.Errorf("%q: cue ends at token %d, content starts at %d", tt.text, g.Cue.Last, c.First)
		}
	}
}
