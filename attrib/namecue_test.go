package attrib

import (
	"testing"
)

// TestNamedNoun checks that a naming participle naming the noun before
// it makes no statement, and that a verb calling something by a name
// (a second phrase after the name, a possessive, "as", a subject before
// it) still reports.
func TestNamedNoun(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text string
		want bool
	}{
		{"A trade group [called] The Harbour Partnership runs the pier.", true},
		{"The band released a song dedicated to Dorn [called] Harbour Lights.", true},
		{"Tolvane uses a web tool [called] Beacon that tracks ships.", true},
		{"The port relies on links [called] \"beacons\" that guide ships.", true},
		{"He worked on a film for Dorn TV, [called] The Ferry Years.", true},
		{"Ilsa Varn [called] Tomas Brell a liar.", false},
		{"Ilsa Varn [called] the plan \"a disgrace\".", false},
		{"Voters were upset after Ilsa Varn [called] Harbour Street bankers \"fat cats\".", false},
		{"The board on Tuesday [called] Tomas Brell's remarks \"racist\".", false},
		{"The fact that the police [named] Dorn as the safest port helped.", false},
		{"Tomas Brell, for example, [named] \"Dorn Nights\" as his favourite show.", false},
		{"Critics said Ted Varn, for one, [called] \"a harbour of lies.\"", false},
		{"Tomas Brell [has called] Dorn Council a disgrace.", false},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := clauseGroup(d, r)
		if got := tg.namedNoun(d, &g); got != tt.want {
			t.Errorf("%q: namedNoun %v, want %v", tt.text, got, tt.want)
		}
	}
}
