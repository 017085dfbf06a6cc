package match_test

import (
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail/match"
)

// TestAbbreviationScore: a text's capitals that spell the initials of the
// claim's name of several words match the name's items; two capitals
// only where the text (or, in a trace, its article) writes the name too.
func TestAbbreviationScore(t *testing.T) {
	m := mustNew(t)
	tests := []struct {
		name, claim, text string
		shortOK           bool
		want              []string // the name's words the text matches
	}{
		{"three capitals", "The Western Canal Authority will close the docks",
			"The WCA will close the docks next spring.", false, []string{"Western", "Canal", "Authority"}},
		{"joiner skipped", "The Office for Harbour Safety will close the docks",
			"The OHS will close the docks.", false, []string{"Office", "Harbour", "Safety"}},
		{"camel case parts", "Nintendo will launch the GameCube Mini in Asia",
			"Nintendo will launch the GCM in Asia this year.", false, []string{"GameCube", "Mini"}},
		{"lower case is no abbreviation", "The Western Canal Authority will close the docks",
			"The wca will close the docks.", false, nil},
		{"other initials", "The Western Canal Authority will close the docks",
			"The WCB will close the docks.", false, nil},
		{"two capitals alone", "Hollis Motors will close the plant",
			"HM will close the plant.", false, nil},
		{"two capitals with the name", "Hollis Motors will close the plant",
			"Hollis Motors (HM) said HM will close the plant.", false, []string{"Hollis", "Motors"}},
		{"two capitals in a defining article", "Hollis Motors will close the plant",
			"HM will close the plant.", true, []string{"Hollis", "Motors"}},
		{"one-word name has none", "Hollis will close the plant",
			"H will close the plant.", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := m.Claim(tt.claim)
			if tt.shortOK {
				c = c.AbbreviationsOK()
			}
			s := m.ScoreText(c, tt.text)
			for _, w := range []string{"Western", "Canal", "Authority", "Office", "Harbour", "Safety", "GameCube", "Mini", "Hollis", "Motors"} {
				if !slices.Contains(tt.want, w) && slices.Contains(s.Matched, w) && !containsWord(tt.text, w) {
					t.Errorf("%q matched %q for %q", tt.text, w, tt.claim)
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(s.Matched, w) {
					t.Errorf("%q: matched %v, want %q (claim terms %v)", tt.text, s.Matched, w, c.Terms())
				}
			}
		})
	}
}

func containsWord(text, w string) bool {
	for i := 0; i+len(w) <= len(text); i++ {
		if text[i:i+len(w)] == w {
			return true
		}
	}
	return false
}

// TestAbbreviationGroups: retrieval asks for the initials as an
// alternative of each word of the name; the short ones are reported for
// the trace to check against the articles.
func TestAbbreviationGroups(t *testing.T) {
	m := mustNew(t)
	c := m.Claim("The Western Canal Authority will close the docks")
	g := c.Groups()
	for i := 0; i < 3; i++ {
		if !slices.Contains(g[i], "WCA") {
			t.Errorf("group %d %v lacks WCA", i, g[i])
		}
	}
	if short := c.ShortAbbreviations(); len(short) != 0 {
		t.Errorf("short abbreviations %v, want none", short)
	}
	hollis := m.Claim("Hollis Motors will close the plant")
	want := []match.Abbreviation{{Initials: "HM", Name: "Hollis Motors", Items: []int{0, 1}}}
	if short := hollis.ShortAbbreviations(); len(short) != 1 || short[0].Name != want[0].Name ||
		short[0].Initials != want[0].Initials || !slices.Equal(short[0].Items, want[0].Items) {
		t.Errorf("short abbreviations %v, want %v", short, want)
	}
	// Short initials are no search term of their own: the trace adds
	// them where an article defines them.
	if g := hollis.Groups(); slices.Contains(g[0], "HM") {
		t.Errorf("groups %v hold the short HM", g)
	}
	// Two names joined by "and": the initials of each and of both.
	g = m.Claim("Fiat and Western Canal Authority will close the plant").Groups()
	if !slices.Contains(g[1], "WCA") || !slices.Contains(g[1], "FWCA") || slices.Contains(g[0], "WCA") {
		t.Errorf("groups %v: want WCA for Western Canal Authority, FWCA for all four", g)
	}
}
