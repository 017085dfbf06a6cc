package lang_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/lang"
)

func TestStemmer_EN(t *testing.T) {
	stem, err := lang.Stemmer("en")
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"beheaded": "behead", "beheads": "behead", "supplied": "supply", "supplies": "supply",
		"stopped": "stop", "shipping": "ship", "provide": "provid", "provided": "provid",
		"boss": "boss", "status": "status", "analysis": "analysis", "was": "was", "f-16": "f-16", "?": "?",
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
	if _, err := lang.Stemmer("xx"); err == nil {
		t.Error("Stemmer of a language without one succeeded")
	}
}
