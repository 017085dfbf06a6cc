package match_test

import "testing"

// All sentences are invented for these tests (Zorbox, Kelvane, Orvik are
// made-up names).
func TestProductVersions(t *testing.T) {
	m := mustNew(t)
	tests := []struct {
		name, claim, text string
		min, max          float64
	}{
		{"Next before the name", "Kelvane will release a new version of the Zorbox", "Kelvane will release the next Zorbox", 0.99, 1},
		{"Numeral after the name", "Kelvane will release a new version of the Zorbox", "Kelvane will release the Zorbox 3", 0.99, 1},
		{"Next-generation phrase", "Kelvane will release a new version of the Zorbox", "Kelvane will launch the next-generation Zorbox", 0.99, 1},
		{"Schedule is the release", "Kelvane will release a new version of the Zorbox", "The Kelvane Zorbox 3 is expected in 2027", 0.99, 1},
		{"Schedule with a negation is still the release", "Kelvane will release a new version of the Zorbox", "The Kelvane Zorbox 3 is not expected until 2027", 0.99, 1},
		{"Another product of the name is no version", "Kelvane will release a new version of the Zorbox", "Kelvane will release the next Zorbox Portable", 0.7, 0.8},
		{"The product alone is no version", "Kelvane will release a new version of the Zorbox", "Kelvane will release the Zorbox", 0.7, 0.8},
		{"A part of the version is none", "Kelvane will release a new version of the Zorbox", "Kelvane unveiled the Zorbox 3 processor", 0.7, 0.8},
		{"The version's console is the version", "Kelvane will release a new version of the Zorbox", "Kelvane unveiled the Zorbox 3 console", 0.99, 1},
		{"A year is no version", "Kelvane will release a new version of the Zorbox", "Kelvane will release the Zorbox 2027", 0.7, 0.8},
		{"Expected in court is no schedule, a chief no version", "Kelvane will release a new version of the Zorbox", "The next Zorbox chief is expected in court", 0.2, 0.3},
		{"A version of a claim without one reads as written", "Kelvane will release the Zorbox 3", "Kelvane will release the Zorbox 2", 0.5, 0.6},
		{"Long name is the short one", "Orvik will launch a cheaper Mac", "Orvik has unveiled a low-cost Macintosh", 0.99, 1},
		{"A mac in lower case is a coat", "Orvik will launch a cheaper Mac", "Orvik has unveiled a low-cost mac", 0.7, 0.8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := m.ScoreText(m.Claim(tt.claim), tt.text)
			if sc.Value < tt.min || sc.Value > tt.max {
				t.Errorf("ScoreText(%q, %q) = %.3f (%v), want %.2f–%.2f", tt.claim, tt.text, sc.Value, sc.Strengths, tt.min, tt.max)
			}
		})
	}
}
