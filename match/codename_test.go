package match_test

import "testing"

// All sentences are invented for these tests.
func TestCodenames(t *testing.T) {
	m := mustNew(t)
	claim := "Kelvane will release a new version of the Zorbox"
	tests := []struct {
		name, article, later string
		min, max             float64
	}{
		{"Next product codenamed", "Kelvane is working on the next Zorbox, codenamed Quell.", "Kelvane will release Quell in May", 0.99, 1},
		{"Numbered product known as", "The Zorbox 2, known as Quell, is due next year.", "Quell will go on sale in May", 0.7, 0.8},
		{"Reached over a dash and words", "Details of the next generation of Kelvane's Zorbox games console - codenamed Quell - emerged.", "Kelvane will release Quell in May", 0.99, 1},
		{"The product without its version is the name only", "Kelvane's Zorbox, dubbed Quell by fans, sold well.", "Kelvane will release Quell in May", 0.7, 0.8},
		{"Another product's codename is nothing", "Orvik's Tarn, codenamed Quell, sold well.", "Kelvane will release Quell in May", 0.45, 0.55},
		{"A codename in another sentence is nothing", "Kelvane makes the Zorbox. Codenamed Quell, the plan was secret.", "Kelvane will release Quell in May", 0.45, 0.55},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := m.Claim(claim)
			sc := m.ScoreText(c.WithCodenames(c.Codenames(tt.article)), tt.later)
			if sc.Value < tt.min || sc.Value > tt.max {
				t.Errorf("after %q, ScoreText(%q) = %.3f (%v), want %.2f–%.2f", tt.article, tt.later, sc.Value, sc.Strengths, tt.min, tt.max)
			}
		})
	}
}
