package attrib

import "testing"

// TestSilentNegation checks the silent-negations rows of session 16: a
// negated word of saying that says nothing (a refusal or a failure to
// say) makes no statement; "did not say" only before a question word or
// "so", and a denial of a claim stays.
func TestSilentNegation(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"The pier trust [did not say] which ferries would stop.", "silent"},
		{"The mayor [didn't say] so.", "silent"},
		{"The pier trust [would not confirm] that the ferry had been sold.", "silent"},
		{"The harbour board [made no mention of] the strike.", "silent"},
		{"The harbour board [gave no further details of] how the pier would be paid for.", "silent"},
		{"The pier trust [did not reveal] the price.", "silent"},
		{"The pier trust [did not say] that the ferry had been sold.", ""},
		{"The mayor [never said] the pier would close.", ""},
		{"The mayor [denied] that the pier would close.", ""},
		{"The mayor [said] nobody would reveal how the pier was paid for.", ""},
	}
	for _, tt := range tests {
		checkFirstRule(t, tg, lb, tt.text, tt.want, []namedRule{{"silent", tg.silentNegation}})
	}
}
