package lang

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stemmer returns the stemmer of a language: the one function that folds
// inflected words for both the claim matcher and the stance reader, so
// that the two agree on what a word is. Its rules are the language's
// stem-rules table.
func Stemmer(code string) (func(string) string, error) {
	t, err := Load(code, "stem-rules")
	if err != nil {
		return nil, fmt.Errorf("language %q has no stemmer", code)
	}
	s, err := newSuffixStemmer(t)
	if err != nil {
		return nil, err
	}
	return s.stem, nil
}

// suffixStemmer strips endings in steps (table stem-rules): in each step
// the first rule that applies, in table order, ends the step.
type suffixStemmer struct {
	shortest int // a word of at most this many bytes stays as it is
	rules    []stemRule
}

// stemRule replaces an ending of a word longer than longer bytes.
type stemRule struct {
	step            int
	ending, becomes string
	longer          int
	// double: the rule drops one of a doubled final letter, but for the
	// letters in keep
	double bool
	keep   string
}

func newSuffixStemmer(t *Table) (*suffixStemmer, error) {
	s := &suffixStemmer{}
	for _, k := range t.Order {
		step, err1 := strconv.Atoi(t.Field(k, 0))
		longer, err2 := strconv.Atoi(t.Field(k, 2))
		if err1 != nil || err2 != nil || step < 0 {
			return nil, fmt.Errorf("%s: row %q: step and length must be numbers", t.Name, k)
		}
		switch {
		case k == "(word)":
			s.shortest = longer
		case k == "(double)":
			s.rules = append(s.rules, stemRule{step: step, longer: longer, double: true, keep: t.Field(k, 3)})
		case len(s.rules) > 0 && step < s.rules[len(s.rules)-1].step:
			return nil, fmt.Errorf("%s: row %q: steps must not go back", t.Name, k)
		default:
			s.rules = append(s.rules, stemRule{step: step, ending: k, becomes: t.Field(k, 1), longer: longer})
		}
	}
	return s, nil
}

func (s *suffixStemmer) stem(w string) string {
	if len(w) <= s.shortest {
		return w
	}
	if r, _ := utf8.DecodeLastRuneInString(w); !unicode.IsLetter(r) {
		return w
	}
	step, done := -1, false
	for _, r := range s.rules {
		if r.step != step {
			step, done = r.step, false
		}
		if done || len(w) <= r.longer {
			continue
		}
		n := len(w)
		switch {
		case r.double:
			if n >= 2 && w[n-1] == w[n-2] && strings.IndexByte(r.keep, w[n-1]) < 0 {
				w, done = w[:n-1], true
			}
		case strings.HasSuffix(w, r.ending):
			if r.ending != r.becomes {
				w = w[:n-len(r.ending)] + r.becomes
			}
			done = true
		}
	}
	return w
}
