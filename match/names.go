package match

import (
	"strings"
	"unicode"
)

// Names of several words. A claim's name written in several capitalised
// words ("Bank of England", "Manchester United") is matched by a text's
// part of it ("the Bank", "United") and by the whole, but not by another
// name that shares a word with it: "Brazil's Central Bank" is not the
// Bank of England, "Manchester City" not Manchester United. A given name
// tells little here: "Steven Sotloff" is "Stephen Sotloff" misspelt; but
// another given name is another person ("Cherie Blair", "Nick Brown" for
// a claim's "Tony Blair", "Gordon Brown": anotherGiven).

// nameRuns returns the text's names written as one: runs of entity items
// (indices into a.Items) on adjacent words or joined by a name-joiner
// word ("of"), with a numeral that follows one ("PlayStation 3": a
// text's "PlayStation 2" is another name); a single entity is a run of
// its own. In a text in title
// case (a headline) capitals mark no names: every entity is its own run.
func (m *Matcher) nameRuns(a *ItemizedText) [][]int {
	var runs [][]int
	joinable := !a.titleCase
	for i, it := range a.Items {
		if it.Kind != Entity && !(len(runs) > 0 && joinable && numeral(it) && runs[len(runs)-1][len(runs[len(runs)-1])-1] == i-1) {
			continue
		}
		if n := len(runs); n > 0 && joinable && m.joined(a, a.Items[runs[n-1][len(runs[n-1])-1]], it) {
			runs[n-1] = append(runs[n-1], i)
			continue
		}
		runs = append(runs, []int{i})
	}
	return runs
}

// joined reports whether entity item b follows a as the next part of one
// name: on the next word, or after a name-joiner word, within a sentence,
// and not after a possessive: "the Bank's Monetary Policy Committee" is
// the Bank's own committee, "Brazil's Central Bank" Brazil's bank. A
// bracket parts names: "General Motors (GM)" is a name and its initials.
func (m *Matcher) joined(a *ItemizedText, prev, next Item) bool {
	if next.W0 < prev.W1 || next.W0 < len(a.words) && (a.words[next.W0].sentStart || a.words[next.W0].opensAside) || possessive(a.Text, a.words[prev.W1-1]) {
		return false
	}
	switch next.W0 - prev.W1 {
	case 0:
		return true
	case 1:
		return m.fn[a.words[prev.W1].low]&fnNameJoiner != 0
	}
	return false
}

// foreignNames returns the text's items with every entity that belongs
// to another name than the claim's (see the comment at the top of this
// file) given an ID no claim item holds, so that it matches nothing.
// It returns a.Items itself when there is none.
func (c *Claim) foreignNames(a *ItemizedText) []Item {
	claimRuns := c.m.nameRuns(c.ItemizedText)
	if len(claimRuns) == 0 {
		return a.Items
	}
	var out []Item
	for _, run := range c.m.nameRuns(a) {
		if len(run) < 2 {
			continue
		}
		words := c.runIDs(a.Items, run)
		for _, cr := range claimRuns {
			if len(cr) < 2 || !c.otherName(c.runIDs(c.Items, cr), words) {
				continue
			}
			if out == nil {
				out = append([]Item(nil), a.Items...)
			}
			for _, i := range run {
				if words[out[i].ID] == inClaimName {
					out[i].ID += "\x00other"
				}
			}
		}
	}
	if out == nil {
		return a.Items
	}
	return out
}

// Where a word of a name stands: in the claim's name, or given (a given
// name, which tells no names apart).
const (
	inClaimName = 1
	givenWord   = 2
	otherWord   = 3
)

// runIDs returns the IDs of a run's items, each marked given when it is a
// given name.
func (c *Claim) runIDs(items []Item, run []int) map[string]int {
	out := map[string]int{}
	for _, i := range run {
		k := otherWord
		if c.m.givenNames[items[i].ID] {
			k = givenWord
		}
		out[items[i].ID] = k
	}
	return out
}

// otherName reports whether a text's name shares a word with the
// claim's name but is another name: it lacks a word of the claim's name
// that is no given name and holds one of its own that is none either.
// It marks the text's shared words inClaimName.
func (c *Claim) otherName(claim, text map[string]int) bool {
	shared, lacks, extra := false, false, false
	for id, k := range claim {
		if _, ok := text[id]; ok {
			shared = true
		} else if k != givenWord {
			lacks = true
		}
	}
	for id, k := range text {
		if _, ok := claim[id]; !ok && k != givenWord {
			extra = true
		}
	}
	if !shared || (!lacks || !extra) && !anotherGiven(claim, text) {
		return false
	}
	for id := range text {
		if _, ok := claim[id]; ok {
			text[id] = inClaimName
		}
	}
	return true
}

// anotherGiven reports whether a text's name gives another given name
// than the claim's: "Cherie Blair" or "Nick Brown" is not the claim's
// "Tony Blair" or "Gordon Brown". Both must give one (a claim's bare
// "Blair" may be anyone of that name), and one opening with the same two
// letters is the same name spelt otherwise ("Steven", "Stephen").
func anotherGiven(claim, text map[string]int) bool {
	var cg, tg []string
	for id, k := range claim {
		if k == givenWord {
			cg = append(cg, id)
		}
	}
	for id, k := range text {
		if k == givenWord {
			tg = append(tg, id)
		}
	}
	if len(cg) == 0 || len(tg) == 0 {
		return false
	}
	for _, a := range cg {
		for _, b := range tg {
			if a == b || len(a) >= 2 && len(b) >= 2 && a[:2] == b[:2] {
				return false
			}
		}
	}
	return true
}

// possessive reports whether a word is written with a possessive ending
// ("Bank's", "Reuters'").
func possessive(text string, w word) bool {
	raw := strings.ReplaceAll(text[w.start:w.end], "’", "'")
	return strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "'")
}

// numeral reports whether an item is a number written in digits.
func numeral(it Item) bool {
	if it.Kind != Word || it.Text == "" {
		return false
	}
	for _, r := range it.Text {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
