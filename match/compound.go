package match

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/lang/wordnet"
)

// Numbers and hyphenated compounds: a headline writes "3-Boobed" or
// "Three-boobed" where a body writes "three boobs" or "a third breast".
// A number word, its digits and its ordinal are one word ("3"), and a
// compound of common words is read as its parts.

// minOrdinal is the least ordinal read as its number: "first" and
// "second" are mostly something else (an adverb, a unit of time).
const minOrdinal = 3

// loadNumbers reads the exact number words (table numbers: "three" 3;
// not those marked approx, "several") and the ordinals from minOrdinal
// on (table timex-ordinals: "third" 3) into numbers, each word to its
// digits, and numberForms, the digits to every word written for them.
func (m *Matcher) loadNumbers() error {
	m.numbers, m.numberForms = map[string]string{}, map[string][]string{}
	add := func(w, v string) {
		if m.stops[w] || strings.Contains(w, " ") {
			return
		}
		if _, seen := m.numbers[w]; seen {
			return
		}
		if len(m.numberForms[v]) == 0 {
			m.numberForms[v] = []string{v}
		}
		m.numbers[w] = v
		m.numberForms[v] = append(m.numberForms[v], w)
	}
	t, err := lang.Load(m.lang, "numbers")
	if err != nil {
		return err
	}
	for _, k := range t.Order {
		if t.Field(k, 1) != "approx" {
			add(k, t.Field(k, 0))
		}
	}
	o, err := lang.Load(m.lang, "timex-ordinals")
	if err != nil {
		return err
	}
	for _, k := range o.Order {
		if n, err := strconv.Atoi(o.Field(k, 0)); err == nil && n >= minOrdinal {
			add(k, o.Field(k, 0))
		}
	}
	return nil
}

// number returns the digits a number word stands for ("three", "third":
// "3"), "" for any other word.
func (m *Matcher) number(low string) string { return m.numbers[low] }

// compoundParts reads a hyphenated word of common words as its parts,
// each a word ("three-boobed": 3, boob; "anti-piracy": anti, piracy), so
// that it meets the same words written apart or in another compound. A
// compound of names stays one name ("Hewlett-Packard", "Rolls-Royce"):
// a part after the first is in capitals and the first is no number. It
// returns nil for a word that is no such compound.
func (m *Matcher) compoundParts(text string, w word, index int) []Item {
	if !strings.Contains(w.low, "-") || !hasDigitsAndLetters(w.low) || m.oneWord(w.low) {
		return nil
	}
	raw := text[w.start:w.end]
	parts := strings.Split(raw, "-")
	if m.number(strings.ToLower(parts[0])) == "" && !isDigits(parts[0]) {
		for _, p := range parts[1:] {
			if p != "" && unicode.IsUpper(firstRune(p)) {
				return nil
			}
		}
	}
	var out []Item
	at := w.start
	for i, p := range parts {
		start := at
		at += len(p) + 1
		low := strings.ToLower(p)
		if low == "" || m.stops[low] {
			continue
		}
		id := m.stem(low)
		if id == "" {
			continue
		}
		out = append(out, Item{Kind: Word, ID: id, Span: claimtrail.Span{Start: start, End: start + len(p)}, Text: p, W0: index, W1: index + 1, Ref: m.refs[low] && i == len(parts)-1})
	}
	return out
}

// oneWord reports a hyphenated word of letters that WordNet knows
// written solid ("over-stated": overstate, "co-operate", "e-mail",
// "re-elected"): it is that one word, whose stem (joinHyphens) meets the
// solid spelling, not its parts.
func (m *Matcher) oneWord(low string) bool {
	joined := joinHyphens(low)
	return joined != low && wordnet.SenseCount(joined) > 0
}

// hasDigitsAndLetters reports a word of letters, digits and hyphens
// only ("3-boobed", "20-year-old").
func hasDigitsAndLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// hyphenForms returns the other spelling of a word of letters that starts
// with a prefix written with or without a hyphen (match-grammar
// hyphen-prefix), for retrieval, whose index reads "e-mail" as two words:
// "email" gives "e-mail", "co-operate" gives "cooperate". A solid word
// gets its hyphenated form when WordNet knows it and the part after the
// prefix ("mail"); a rare wrong split ("re-port") finds nothing.
func (m *Matcher) hyphenForms(w string) []string {
	low := strings.ToLower(w)
	if !isLetters(strings.ReplaceAll(low, "-", "")) || strings.Contains(low, " ") {
		return nil
	}
	if strings.Contains(low, "-") {
		if m.oneWord(low) {
			return []string{joinHyphens(low)}
		}
		return nil
	}
	var out []string
	for _, p := range m.hyphenPrefixes {
		if rest, ok := strings.CutPrefix(low, p); ok && len(rest) > 2 && wordnet.SenseCount(rest) > 0 && m.oneWord(p+"-"+rest) {
			out = append(out, p+"-"+rest)
		}
	}
	return out
}
