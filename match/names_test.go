package match

import "testing"

func TestClaimNames(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		claim       string
		capitalised bool
		names       []string // items that are names
	}{
		{"Glazer will take over Manchester United", true, []string{"Glazer", "Manchester", "United"}},
		{"Joan Rivers' Doctor Snapped Selfie During Throat Procedure", false, nil},
		{"UK interest rates will rise", true, []string{"UK"}},
		{"Justin Bieber scares off GRIZZLY BEAR", true, []string{"Justin", "Bieber"}},
		{"A Justin Bieber Ringtone Saved A Man", false, nil},
	}
	for _, tt := range tests {
		c := m.Claim(tt.claim)
		if got := c.NamesAreCapitalised(); got != tt.capitalised {
			t.Errorf("%q: NamesAreCapitalised = %v, want %v", tt.claim, got, tt.capitalised)
		}
		var names []string
		for i, it := range c.Items {
			if c.Name(i) {
				names = append(names, it.Text)
			}
		}
		if len(names) != len(tt.names) {
			t.Errorf("%q: names %q, want %q", tt.claim, names, tt.names)
			continue
		}
		for i := range names {
			if names[i] != tt.names[i] {
				t.Errorf("%q: names %q, want %q", tt.claim, names, tt.names)
				break
			}
		}
	}
}

// TestOpeningName: a name no table knows is read as a word where it opens
// a sentence ("Yukos filed for bankruptcy"); it still matches the
// claim's name, which a description ("the firm") does not.
func TestOpeningName(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	c := m.Claim("Zorvos filed for bankruptcy in Texas")
	tests := []struct {
		text string
		name bool // the text holds the claim's name
	}{
		{"Zorvos filed for bankruptcy in Texas last month.", true},
		{"Zorvos had filed for bankruptcy protection in a Texas court.", true},
		{"The lender said Zorvos filed for bankruptcy in Texas.", true},
		{"It filed for bankruptcy in Texas. Zorvos denies it.", true},
		{"The firm filed for bankruptcy in Texas.", false},
	}
	for _, tt := range tests {
		sc := m.ScoreText(c, tt.text)
		if got := sc.Strengths[0] == 1; got != tt.name {
			t.Errorf("%q: holds %q = %v, want %v (strengths %v)", tt.text, c.Items[0].Text, got, tt.name, sc.Strengths)
		}
	}
}
