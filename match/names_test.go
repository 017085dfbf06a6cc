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
