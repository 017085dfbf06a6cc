package lang

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stemmer returns the stemmer of a language: the one function that folds
// inflected words for both the claim matcher and the stance reader, so
// that the two agree on what a word is.
func Stemmer(code string) (func(string) string, error) {
	if code == "en" {
		return stemEN, nil
	}
	return nil, fmt.Errorf("language %q has no stemmer", code)
}

// stemEN strips the commonest English inflectional endings so that
// "beheaded" meets "beheads" and "supplied" meets "supplies"; it is
// deliberately light (no derivational endings: "reportedly" stays).
func stemEN(w string) string {
	if len(w) < 4 {
		return w
	}
	if r, _ := utf8.DecodeLastRuneInString(w); !unicode.IsLetter(r) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = w[:len(w)-2]
	}
	if n := len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		w = w[:n-1] // "stopped" → "stopp" → "stop"
	}
	return w
}
