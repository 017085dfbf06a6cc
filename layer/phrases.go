package layer

import (
	"strings"
)

// Phrases indexes phrases of words by their first word: for each, the
// phrases starting with it, longest first (in table order among phrases
// of one length), so that a longer phrase wins ("told a news
// conference" over "news conference").
type Phrases map[string][][]string

// NewPhrases indexes keys (phrases, words separated by spaces).
func NewPhrases(keys []string) Phrases {
	var list [][]string
	for _, k := range keys {
		list = append(list, strings.Fields(k))
	}
	// longest phrases first, a stable insertion sort
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j]) > len(list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	at := Phrases{}
	for _, ph := range list {
		at[ph[0]] = append(at[ph[0]], ph)
	}
	return at
}
