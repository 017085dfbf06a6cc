package attrib

import (
	"testing"

	"github.com/claimtrail/claimtrail/internal/layertest"
)

// TestCutCueAdjunct checks that a cue run loses a time expression or a
// channel preposition's phrase closing it, and keeps a particle, an
// object and a phrasal preposition.
func TestCutCueAdjunct(t *testing.T) {
	_, tg := newTestTagger(t)
	lb := layertest.NewBuilder(t)
	tests := []struct{ text, want string }{
		{"Ilsa Varn [said last week] that the pier would close.", "said"},
		{"Ilsa Varn [warned only last month] that the pier would close.", "warned"},
		{"Ilsa Varn [said earlier this month] that the pier would close.", "said"},
		{"Dorn Freight [announced in November] that it would sell the pier.", "announced"},
		{"Ilsa Varn [said in a note to clients] that the pier would close.", "said"},
		{"\"The pier will close,\" Ilsa Varn [said in her letter to] the mayor.", "said"},
		{"\"The pier will close,\" Ilsa Varn [said on the matter].", "said"},
		{"Ilsa Varn [pointed out last week] that the pier would close.", "pointed out"},
		{"Ilsa Varn [argued in favour of] the new pier.", "argued in favour of"},
		{"Ilsa Varn [repeated her view on Friday] that the pier would close.", "repeated her view on Friday"},
		{"Ilsa Varn [went on]: \"The pier will close.\"", "went on"},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := Group{Cue: r}
		tg.cutCueAdjunct(d, &g)
		got := d.Text[d.Toks[g.Cue.First].Start:d.Toks[g.Cue.Last-1].End]
		if got != tt.want {
			t.Errorf("%q: cue %q, want %q", tt.text, got, tt.want)
		}
	}
}
