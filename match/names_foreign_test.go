package match

import "testing"

// TestForeignNames: a text's name sharing a word with the claim's name of
// several words is another name, not a part of it.
func TestForeignNames(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		claim, text string
		item        string // the claim's item looked at
		want        bool   // the text matches it
	}{
		{"The Bank of England will cut interest rates", "The Central Bank of Ruritania will cut interest rates.", "Bank", false},
		{"The Bank of England will cut interest rates", "Ruritania's Central Bank cut its interest rate.", "Bank", false},
		{"The Bank of England will cut interest rates", "Analysts expect the Bank to cut interest rates soon.", "Bank", true},
		{"The Bank of England will cut interest rates", "Analysts expect the Bank of England to cut rates.", "Bank", true},
		// A common noun is no part of a name.
		{"The Bank of England will cut interest rates", "Interest rates of the banks will be cut.", "Bank", false},
		// A name opening a sentence is read as a word, still a name.
		{"Jose Mourinho will leave Chelsea", "Mourinho will leave in the summer.", "Mourinho", true},
		// A numeral is part of the name before it.
		{"Sony will release the PlayStation 3", "Sony's PlayStation 2 sold well.", "PlayStation", false},
		{"Sony will release the PlayStation 3", "Sony's PlayStation Portable goes on sale.", "PlayStation", false},
		{"Sony will release the PlayStation 3", "The PlayStation 3 is expected in 2006.", "PlayStation", true},
		{"Sony will release the PlayStation 3", "The PlayStation 3 is expected in 2006.", "3", true},
		// A possessive ends a name: the Bank's own committee.
		{"The Bank of England will cut interest rates", "A member of the Bank's Monetary Policy Committee voted to cut rates.", "Bank", true},
		{"Glazer will take over Manchester United", "He watched Manchester City lose on Sunday.", "Manchester", false},
		{"Glazer will take over Manchester United", "Fans of Manchester United protested.", "Manchester", true},
		{"Glazer will take over Manchester United", "Fans in Manchester protested.", "Manchester", true},
		// A given name tells no names apart: a misspelt first name.
		{"Stephen Sotloff was killed", "Steven Sotloff was killed, the video said.", "Sotloff", true},
		// Another given name is another person; none in the claim, anyone of that name.
		{"Gordon Brown will become prime minister", "Later, Nick Brown said he would back the chancellor.", "Brown", false},
		{"Tony Blair will serve a full third term", "Her husband's plans, Sarah Blair said, were his own.", "Blair", false},
		{"Tony Blair will serve a full third term", "Mr Blair said he would serve a full term.", "Blair", true},
		{"Tony Blair will serve a full third term", "Tony Blair said he would serve a full term.", "Blair", true},
		{"Blair will serve a full third term", "Tony Blair said he would serve a full term.", "Blair", true},
		{"Stephen Sotloff was killed", "The video showed Stephan Sotloff.", "Sotloff", true},
		// Titles before the whole name hold every word of it.
		{"Gordon Brown will become prime minister", "Chancellor Gordon Brown said he would stay.", "Brown", true},
		// A headline in title case marks no names.
		{"The Bank of England will cut interest rates", "Central Bank Cuts Interest Rates Again", "Bank", true},
	}
	for _, tt := range tests {
		c := m.Claim(tt.claim)
		sc := m.ScoreText(c, tt.text)
		got := false
		for i, it := range c.Items {
			if it.Text == tt.item && sc.Strengths[i] > 0 {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q in %q: matched %v, want %v (matched %q)", tt.item, tt.text, got, tt.want, sc.Matched)
		}
	}
}
