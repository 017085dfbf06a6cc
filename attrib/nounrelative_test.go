package attrib

import (
	"testing"
)

// TestNounByRelativeOrAgreement checks that a noun-senses word read as
// a verb is a noun before a subject relative clause or after a singular
// common noun it cannot agree with, and reports otherwise (sentences
// written for the test).
func TestNounByRelativeOrAgreement(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"Sales of data other than text [calls] which are offered by the firm rose sharply.", "noun-sense"},
		{"About 5,000 people will attend the trade [show] which opens on Monday.", "noun-sense"},
		{"Harbour talent [show] The Quay Factor will come back next spring with a new judge.", "noun-sense"},
		{"She is a judge in ITV1 talent [show] Pop Idol alongside two others.", "noun-sense"},
		{"Mr Brell told the ITV Breakfast with Frost [show] the money would not go to the pier.", ""},
		{"The harbour union [calls] for calm after the strike.", ""},
		{"The council report [shows] that the pier is losing money.", ""},
		{"Ilsa Varn [calls] that a disgrace.", ""},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		got := tg.cueVerdict(d, r)
		if got != "noun-sense" {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%q: verdict %q, want %q", tt.text, got, tt.want)
		}
	}
}
