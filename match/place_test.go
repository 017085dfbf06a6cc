package match

import "testing"

// TestElsewhere: a text telling of the claim's event at another known
// place than the claim's.
func TestElsewhere(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		claim, text string
		want        bool
	}{
		{"Acme will launch the Zapper in Europe", "The Zapper goes on sale in Japan on Sunday.", true},
		{"Acme will launch the Zapper in Europe", "The Zapper goes on sale in the US next week.", true},
		{"Acme will launch the Zapper in Europe", "The Zapper goes on sale in Japan and in Europe.", false},
		{"Acme will launch the Zapper in Europe", "The Zapper will go on sale in March.", false},
		{"Acme will launch the Zapper in Europe", "Japanese gamers bought the Zapper.", false},
		// The claim names no place where it happens.
		{"Acme will launch the Zapper", "The Zapper goes on sale in Japan on Sunday.", false},
	}
	for _, tt := range tests {
		if got := m.Elsewhere(m.Claim(tt.claim), tt.text); got != tt.want {
			t.Errorf("Elsewhere(%q, %q) = %v, want %v", tt.claim, tt.text, got, tt.want)
		}
	}
}
