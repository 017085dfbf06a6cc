package match

import "testing"

// TestNumbersAndCompounds: a number is one word however it is written,
// and a compound of common words meets its parts; a compound of names
// stays one name.
func TestNumbersAndCompounds(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		claim, text string
		want        bool // the text holds every word of the claim
	}{
		{"Three-boobed woman", "a woman with a third breast and three boobs", true},
		{"3-Boobed Woman a Fake", "the three-boobed woman is a fake", true},
		{"three ministers resigned", "3 ministers resigned", true},
		{"Hewlett-Packard will split", "Hewlett-Packard said it will split", true},
		{"Hewlett-Packard will split", "Hewlett said the packard deal will split", false},
		{"several ministers resigned", "3 ministers resigned", false},
		{"the second vote", "2 votes", false},
		// A compound WordNet knows written solid is that word.
		{"the firm overstated its reserves", "the firm over-stated its reserves", true},
		{"the firm over-stated its reserves", "the firm overstated its reserves", true},
		{"the two agencies will cooperate", "the two agencies will co-operate", true},
		{"the minister sent an e-mail", "the minister sent an email", true},
		{"the firm overstated its reserves", "the firm stated its reserves were over", false},
	}
	for _, tc := range tests {
		c := m.Claim(tc.claim)
		sc := m.ScoreText(c, tc.text)
		all := true
		for _, s := range sc.Strengths {
			all = all && s == 1
		}
		if all != tc.want {
			t.Errorf("%q in %q: strengths %v (items %v), want all matched %v", tc.claim, tc.text, sc.Strengths, c.Terms(), tc.want)
		}
	}
}

// TestNumberGroups: retrieval asks for every form of a claim's number.
func TestNumberGroups(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	g := m.Claim("3-Boobed Woman").Groups()
	if len(g) == 0 || len(g[0]) < 3 {
		t.Fatalf("groups %v: want 3, three and third in the first", g)
	}
}

// TestGivenName: a given name before a surname is no key to the claim.
func TestGivenName(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		claim string
		want  []bool // per item
	}{
		{"Stephen Sotloff was killed", []bool{true, false, false}},
		{"Sotloff was killed by Stephen", []bool{false, false, false}},
	}
	for _, tc := range tests {
		c := m.Claim(tc.claim)
		for i := range c.Items {
			if i < len(tc.want) && c.GivenName(i) != tc.want[i] {
				t.Errorf("%q item %d (%v): GivenName %v, want %v", tc.claim, i, c.Terms(), c.GivenName(i), tc.want[i])
			}
		}
	}
}

// TestHyphenGroups: retrieval asks for a claim's word in both spellings.
func TestHyphenGroups(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		claim, want string
	}{
		{"the minister sent an email", "e-mail"},
		{"the minister sent an e-mail", "email"},
		{"the agencies will co-operate", "cooperate"},
		{"the firm overstated its reserves", "over-stated"},
	} {
		found := false
		for _, g := range m.Claim(tc.claim).Groups() {
			for _, term := range g {
				found = found || term == tc.want
			}
		}
		if !found {
			t.Errorf("%q: groups %v lack %q", tc.claim, m.Claim(tc.claim).Groups(), tc.want)
		}
	}
	if forms := m.hyphenForms("election"); len(forms) != 0 {
		t.Errorf("hyphenForms(election) = %v, want none", forms)
	}
}
