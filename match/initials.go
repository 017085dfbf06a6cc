package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A claim's name of several capitalised words and its abbreviation are
// one name: news writes "General Motors (GM)", "PlayStation Portable
// (PSP)" once and the capitals after. A text's word in capitals that
// spells the initials of the claim's name matches every item of that
// name, and retrieval asks for it as an alternative of the name's words.
//
// The initials are those of the name's capitalised words, each inner
// capital of a camel-case word counting ("PlayStation": "PS"), joiners
// ("of", "and") and determiners skipped. Only initials of
// minAbbreviation letters or more count, and those shorter than
// freeAbbreviation only in a text that writes the full name as well
// (Score) or, in a trace, in an article that defines the pair (see
// AbbreviationsOK): two capitals are many things ("GM" crops).
const (
	minAbbreviation  = 2
	freeAbbreviation = 3
)

// abbreviation is the initials of one of the claim's names of several
// words and the claim items that name holds.
type abbreviation struct {
	text  string
	items []int
}

// abbreviations returns the initials of the claim's names of several
// capitalised words: its name runs of two items or more, and runs joined
// by up to two joiner words ("Office for National Statistics").
func (c *Claim) abbreviations() []abbreviation {
	var out []abbreviation
	runs := c.m.nameRuns(c.ItemizedText)
	for _, run := range c.initialsRuns(runs) {
		if !slices.ContainsFunc(runs, func(r []int) bool { return slices.Equal(r, run) }) {
			runs = append(runs, run) // "Fiat and General Motors": FGM as well as GM
		}
	}
	for _, run := range runs {
		if len(run) < 2 {
			continue
		}
		var b strings.Builder
		ok := true
		for k := c.Items[run[0]].W0; k < c.Items[run[len(run)-1]].W1 && ok; k++ {
			w := c.words[k]
			switch {
			case c.m.fn[w.low]&initialsSkipped != 0:
			case w.upper && !w.allUpper:
				b.WriteString(wordInitials(c.Text[w.start:w.end]))
			default:
				ok = false // a word in capitals or lower case: no plain name
			}
		}
		if ok && utf8.RuneCountInString(b.String()) >= minAbbreviation {
			out = append(out, abbreviation{text: b.String(), items: run})
		}
	}
	return out
}

// initialsSkipped are the roles of the words a name's initials skip.
const initialsSkipped = fnNameJoiner | fnInitialsJoiner | fnDeterminer

// initialsRuns returns the claim's name runs, those parted only by one or
// two words the initials skip ("for", "and the") joined.
func (c *Claim) initialsRuns(runs [][]int) [][]int {
	var out [][]int
	for _, run := range runs {
		if n := len(out); n > 0 && c.joinsInitials(c.Items[out[n-1][len(out[n-1])-1]], c.Items[run[0]]) {
			out[n-1] = append(slices.Clip(out[n-1]), run...)
			continue
		}
		out = append(out, run)
	}
	return out
}

// joinsInitials reports whether claim items prev and next are parted by
// one or two words the initials skip, within a clause.
func (c *Claim) joinsInitials(prev, next Item) bool {
	if prev.Kind != Entity || next.Kind != Entity || next.W0-prev.W1 < 1 || next.W0-prev.W1 > 2 {
		return false
	}
	for k := prev.W1; k <= next.W0; k++ {
		if c.words[k].clauseBreak || k < next.W0 && c.m.fn[c.words[k].low]&initialsSkipped == 0 {
			return false
		}
	}
	return true
}

// wordInitials returns the capitals that open a capitalised word and each
// camel-case part of it: "PlayStation" gives "PS", "Motors" "M".
func wordInitials(w string) string {
	var b strings.Builder
	prevUpper := false // "PSP" in a word gives its first capital only
	for _, r := range w {
		if unicode.IsUpper(r) && !prevUpper {
			b.WriteRune(r)
		}
		prevUpper = unicode.IsUpper(r)
	}
	return b.String()
}

// abbreviationsOf returns the abbreviations that stand for claim item i;
// with long only those that count anywhere (freeAbbreviation letters).
func (c *Claim) abbreviationsOf(i int, long bool) []string {
	var out []string
	for _, ab := range c.abbrevs {
		if slices.Contains(ab.items, i) && (!long || utf8.RuneCountInString(ab.text) >= freeAbbreviation) {
			out = append(out, ab.text)
		}
	}
	return out
}

// abbreviates reports whether text item ti writes the initials of a
// claim's name that holds item i, in capitals, where they count: long
// enough, or the text (fullName) or its article (c.shortOK) writes the
// full name too.
func (c *Claim) abbreviates(i int, ti Item, fullName func(ab string) bool) bool {
	if !slices.Contains(c.abbreviationsOf(i, false), ti.Text) {
		return false
	}
	return utf8.RuneCountInString(ti.Text) >= freeAbbreviation || c.shortOK || fullName(ti.Text)
}

// writesName reports whether text items hold every item of the claim's
// name abbreviated ab, written out.
func (c *Claim) writesName(items []Item, ab string) bool {
	for _, a := range c.abbrevs {
		if a.text != ab {
			continue
		}
		for _, k := range a.items {
			found := false
			for _, ti := range items {
				if ti.ID == c.Items[k].ID && ti.Kind == c.Items[k].Kind && capitalised(ti.Text) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return false
}

// Abbreviation is one of the claim's names of several words and its
// initials.
type Abbreviation struct {
	Initials, Name string
	// Items are the indexes of the name's items in Claim.Items (and of
	// their groups in Claim.Groups).
	Items []int
}

// ShortAbbreviations returns the claim's abbreviations shorter than the
// length that counts anywhere: those a trace admits only in an article
// that writes the name as well ("General Motors (GM)"; AbbreviationsOK).
func (c *Claim) ShortAbbreviations() []Abbreviation {
	var out []Abbreviation
	for _, ab := range c.abbrevs {
		if utf8.RuneCountInString(ab.text) < freeAbbreviation {
			first, last := c.words[c.Items[ab.items[0]].W0], c.words[c.Items[ab.items[len(ab.items)-1]].W1-1]
			out = append(out, Abbreviation{Initials: ab.text, Name: c.Text[first.start:last.end], Items: ab.items})
		}
	}
	return out
}

// AbbreviationsOK returns a copy of the claim under which its short
// abbreviations count in any text: for the statements of an article that
// writes the full name and the abbreviation.
func (c *Claim) AbbreviationsOK() *Claim {
	cp := *c
	cp.shortOK = true
	return &cp
}

// abbreviatedIn reports whether text items write the initials of the
// claim's name that holds item i (abbreviates).
func (c *Claim) abbreviatedIn(i int, items []Item) bool {
	if len(c.abbrevs) == 0 {
		return false
	}
	full := func(ab string) bool { return c.writesName(items, ab) }
	for _, ti := range items {
		if c.abbreviates(i, ti, full) {
			return true
		}
	}
	return false
}
