package match

import (
	"strings"

	"github.com/claimtrail/claimtrail/lang/wordnet"
)

// Reach of the tense words (match-grammar.tsv): a past marker up to
// pastReach words before a change makes it past ("recent interest rate
// rises"); an irrealis word up to irrealisReach words before a past form
// makes it no past ("will be raised").
const (
	pastReach     = 3
	irrealisReach = 2
)

// Predicts reports whether the claim predicts: it holds a future word
// ("UK interest rates will rise").
func (c *Claim) Predicts() bool {
	for _, w := range c.words {
		if c.m.fn[w.low]&fnFuture != 0 {
			return true
		}
	}
	return false
}

// Directional reports whether the claim's item i is a change of
// direction, a concept with an opposite ("rise", "fall"): a change that
// recurs, so that a past one is not the one a claim predicts. A sale,
// once made, is what "Yukos will be sold" predicted.
func (c *Claim) Directional(i int) bool {
	if i < 0 || i >= len(c.Items) || c.Items[i].Kind != Concept {
		return false
	}
	cc, ok := c.m.concepts[c.Items[i].ID]
	return ok && cc.opposite != ""
}

// PastOnly reports whether text names what the claim's item i says (its
// directional predicate: "rise") only as past: every word of text that matches it
// follows a past marker within pastReach words ("held back by recent
// interest rate rises", "slowing after rate increases"), is named as a
// cause or setting ("the impact of rate rises on spending", "amid rising
// prices", effectOf) or is a past form
// not after an irrealis word ("stockpiles had risen", "prices rose"; not
// "rates will be raised"). Past rises are background to a claim that
// rates will rise, no statement of it. Another thing's change ("the
// falling dollar" for oil prices, othersAttribute) is passed over. False when text does not name it
// or the item is not Directional.
func (m *Matcher) PastOnly(c *Claim, i int, text string) bool {
	if !c.Directional(i) {
		return false
	}
	a := m.analyze(text, false)
	seen := false
	for _, ti := range a.Items {
		if c.itemStrength(i, ti) == 0 || c.othersAttribute(a, ti) {
			continue
		}
		seen = true
		if !a.pastAt(m, ti.W0) {
			return false
		}
	}
	return seen
}

// othersAttribute reports whether ti, a change of one word that can be
// an adjective ("falling", "soaring"), stands right before a noun that
// names none of the claim's items ("the falling dollar", "soaring
// demand"): the change of another thing, which says nothing of whether
// the claim's thing will change.
func (c *Claim) othersAttribute(a *ItemizedText, ti Item) bool {
	k := ti.W1
	if ti.W1-ti.W0 != 1 || k >= len(a.words) || a.commaBefore(k) || a.words[k].clauseBreak || c.itemAtNames(a, k) {
		return false
	}
	if len(wordnet.Synsets(a.words[ti.W0].low, wordnet.Adj)) == 0 {
		return false
	}
	w := a.words[k]
	return !w.upper && !c.m.stops[w.low] && c.m.fn[w.low] == 0 && isNoun(w.low) && len(wordnet.Synsets(w.low, wordnet.Adj)) == 0
}

// pastAt reports whether the word at k names a change as past (see
// PastOnly).
func (a *ItemizedText) pastAt(m *Matcher, k int) bool {
	if a.effectOf(m, k) {
		return true
	}
	for j := max(0, k-pastReach); j < k; j++ {
		if m.fn[a.words[j].low]&fnPast != 0 {
			return true
		}
	}
	if !m.pastForm(a.words[k].low) {
		return false
	}
	for j := max(0, k-irrealisReach); j < k; j++ {
		if m.fn[a.words[j].low]&fnIrrealis != 0 {
			return false
		}
	}
	return true
}

// AttributeOnly reports whether text names the change the claim's item
// i says (its directional predicate) only as an attribute, right before
// a noun ("rising oil prices", "higher fuel costs", "the soaring euro"),
// in clauses that tell of nothing to come (no future or prospective
// word): "rising oil prices had kept costs high" names the rise as a
// cause of something else, no statement that prices will rise; "higher
// interest rates are likely" foretells. A change of another thing ("a
// rise in output", headsOwnPhrase) is passed over. Only a claim whose change has no
// object is read so: "cut taxes" is a verb and its object. False when
// text does not name it or the item is not Directional.
func (m *Matcher) AttributeOnly(c *Claim, i int, text string) bool {
	if !c.Directional(i) || c.hasObject(i) {
		return false
	}
	a := m.analyze(text, false)
	clause := a.clauses(m)
	args := c.arguments(i)
	seen := false
	for k, ti := range a.Items {
		if c.itemStrength(i, ti) == 0 || !c.headsOwnPhrase(a, ti, i, args) {
			continue // another thing's change: "a rise in output"
		}
		seen = true
		if k+1 >= len(a.Items) || a.Items[k+1].W0 != ti.W1 || !a.attributeOf(m, c, i, a.Items[k+1]) || a.foretellsClause(m, clause, clause[ti.W0]) {
			return false
		}
	}
	return seen
}

// attributeOf reports whether the item next, right after a change, is
// the noun it is an attribute of: one of the claim's items other than
// the change, or a word that is only a noun (not "above").
func (a *ItemizedText) attributeOf(m *Matcher, c *Claim, i int, next Item) bool {
	if c.itemStrength(i, next) > 0 {
		return false
	}
	if c.names(next) {
		return true
	}
	low := a.words[next.W0].low
	return next.Kind == Word && next.W1-next.W0 == 1 && nounOnly(low) &&
		len(wordnet.Synsets(low, wordnet.Adj))+len(wordnet.Synsets(low, wordnet.Adv)) == 0
}

// foretellsClause reports whether clause k of the text holds a future or
// prospective word (Foretells, in one clause).
func (a *ItemizedText) foretellsClause(m *Matcher, clause []int, k int) bool {
	for j, w := range a.words {
		if clause[j] == k && !(w.upper && !w.sentStart) && m.fn[w.low]&(fnFuture|fnProspective) != 0 {
			return true
		}
	}
	return false
}

// effectOfReach is how many words a change may stand after the "of" of a
// noun of effect ("the impact of UK interest rate rises") or after a
// preposition of cause ("amid rising oil prices").
const effectOfReach = 5

// effectOf reports whether the change at word k is named in the
// of-phrase of a noun of effect ("the impact of interest rate rises on
// household spending", "on the back of rising oil prices", "because of
// higher rates") or in the noun phrase of a preposition of cause ("amid
// rising oil prices", "despite the rise in rates"; table match-grammar):
// it tells of a change that has happened or is under way, as the cause or
// setting of something else. A phrase that names a forecast before the
// change ("amid expectations of a rate rise") tells of the change to
// come: the noun of forecast stops the walk at its "of".
func (a *ItemizedText) effectOf(m *Matcher, k int) bool {
	for j := k - 1; j >= 0 && j >= k-effectOfReach; j-- {
		low := a.words[j].low
		if m.fn[low]&fnCause != 0 && !(a.words[j].upper && !a.words[j].sentStart) {
			return true
		}
		if m.fn[low]&fnGenitive != 0 {
			return j >= 1 && m.fn[a.words[j-1].low]&fnEffect != 0
		}
		if a.words[j+1].clauseBreak || a.commaBefore(j+1) || m.fn[low]&^(fnDeterminer|fnMeasure) != 0 {
			return false // a noun of measure is a noun: "amid unemployment levels rising"
		}
	}
	return false
}

// pastForm reports whether a lower-case word is a verb's past form: a
// regular "-ed", or an irregular form the lemma table knows that is no
// "-s" form ("rose", "risen", "sold").
func (m *Matcher) pastForm(low string) bool {
	if strings.HasSuffix(low, "ed") {
		return true
	}
	base, ok := m.lemmas[low]
	return ok && base != low && !strings.HasSuffix(low, "s")
}

// Foretells reports whether text tells of what is to come: it holds a
// future or prospective word ("Longhorn is due to be released in late
// 2006", "the firm plans to"). A claim that predicts is stated only by
// such a text: "the launch of the adapter" states no launch to come. A
// capitalised word inside a sentence is a name, not a modal: "raised
// prices in May" tells of the month.
func (m *Matcher) Foretells(text string) bool {
	for _, w := range scanWords(text) {
		if w.upper && !w.sentStart {
			continue
		}
		if m.fn[w.low]&(fnFuture|fnProspective) != 0 {
			return true
		}
	}
	return false
}

// Backshifted reports whether a sentence's first auxiliary is the past
// of "will" that reported speech takes (table match-grammar, backshift:
// "A ban would be introduced by spring"; "could" and "might" are as
// often the outlet's own hedge) and it holds no future word and no quotation
// mark: right after a report ("He told MPs that the plan was ready."),
// such a sentence goes on with what the speaker said, in the tense of
// the report, not in the outlet's own voice, which would say "will".
func (m *Matcher) Backshifted(sentence string) bool {
	if strings.ContainsAny(sentence, "\"\u201c\u201d") {
		return false
	}
	first := true
	for _, w := range scanWords(sentence) {
		role := m.fn[w.low]
		if role&fnFuture != 0 {
			return false
		}
		if first && role&fnAuxiliary != 0 && !(w.upper && !w.sentStart) {
			if role&fnBackshift == 0 {
				return false
			}
			first = false
		}
	}
	return !first
}
