package speaker_test

import "testing"

// "The company" after a person given as one company's voice is that
// company; a person given by a role with no body's name leaves it as
// written. The texts are invented.
func TestResolver_VoicedCompany(t *testing.T) {
	tests := []resolveCase{
		{"a spokeswoman of one company spoke before",
			"\"We want everyone online,\" said Quellmark spokeswoman, Anna Berg.\n\nThe company points out that the feature also suits phones.",
			[]spanGroup{{"We want everyone online", "Quellmark spokeswoman, Anna Berg", "said"}, {"that the feature also suits phones", "The company", "points out"}},
			"Quellmark", "organization"},
		{"a role with no body's name",
			"\"We want everyone online,\" said senior fellow Anna Berg.\n\nThe company points out that the feature also suits phones.",
			[]spanGroup{{"We want everyone online", "senior fellow Anna Berg", "said"}, {"that the feature also suits phones", "The company", "points out"}},
			"company", "organization"},
	}
	checkResolved(t, tests)
}
