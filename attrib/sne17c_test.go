package attrib

import "testing"

// TestNoClaimRound5 checks the frames of session 17's fifth round on
// sentences written for them: a result booked after a gerund and its
// preposition (cue verdict "act-frame"), a headline refusal, the
// reporter's guess after "mean" and an act on a product (otherRule
// "headline-refusal", "guessed-speaker", "product-added"), and ("") the
// statements that must stay.
func TestNoClaimRound5(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"{The brewer} [has reported] a doubling in profit for the year.", "act-frame"},
		{"{Varnfield} [refuse] to rule out Brell move", "headline-refusal"},
		{"A higher price could mean {farmers} [say] they will stop selling.", "guessed-speaker"},
		{"The strike means that {shop owners} [will say] they lost money.", "guessed-speaker"},
		{"{The upgrade} [added] features that made it easier to block spam.", "product-added"},
		{"The band took over an old jail and {they} [named] that The Harbour.", "named-demonstrative"},
		{"{Mr Vell} [called] that suggestion \"disgraceful\".", ""},
		{"{Dorn Motors} [reported] that profits rose 8% in the quarter.", ""},
		{"{Tomas Brell} [refused] to rule out higher fees next year.", ""},
		{"{Tomas Brell} [said] it could mean higher fees.", ""},
		{"{The firm} [added] that the upgrade would be free.", ""},
		{"{The ministry} [added] a warning that the roads would close.", ""},
		{"{Residents} [recalled] the night the pier burned.", ""},
	}
	for _, tt := range tests {
		d, g := sourced(t, lb, tt.text)
		got := tg.cueVerdict(d, g.Cue)
		if got == "" {
			got = tg.otherRule(d, &g)
		}
		if got != tt.want {
			k, _ := tg.cueHead(d, g.Cue.First, g.Cue.Last)
			t.Errorf("%q: %q, want %q (head %q/%s, complement %s)", tt.text, got, tt.want, d.Low[k], d.POSNames[d.POS[k]], CompNames[Complement(d, k)])
		}
	}
}
