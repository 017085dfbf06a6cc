package match

import (
	"strings"

	"github.com/claimtrail/claimtrail/lang/wordnet"
)

// A clause holds the claim only when the claim's predicate there is the
// head of its own phrase, whose arguments are the claim's: in "the annual
// rate of house-price increase" the increase is house prices', not
// interest rates'; in "No election TV debate, says Blair" the election
// only says which debate; in "visit Auschwitz" the visit is to another
// place than the claim's Iran. Part of speech comes from WordNet; the
// words that open a noun phrase from table match-grammar.

// phraseReach is how many words after a predicate noun its own phrase is
// read for the claim's arguments ("a rise in UK interest rates",
// "takeover bid for Manchester United").
const phraseReach = 6

// headsOwnPhrase reports whether the text's item ti, which names the
// claim's predicate, may take the claim's arguments: it is not a noun
// modifying another noun whose phrase names none of them ("election TV
// debate"), not modified itself by a noun of its own that is none of the
// claim's ("house-price increase"), not the complement of an argument
// ("the rate of increase"), and a verb whose object is no other name or
// thing than the claim's ("will visit Auschwitz", "releasing an adapter
// for its DS"). One whose own phrase names an argument ("a rise in
// interest rates") heads it.
func (c *Claim) headsOwnPhrase(a *ItemizedText, ti Item, pred int, args []int) bool {
	if c.otherObject(a, ti, pred) {
		return false
	}
	if c.argumentFollows(a, ti.W1, args) {
		return true
	}
	return !(c.Directional(pred) && c.foreignComplement(a, ti)) && !c.modifiesNoun(a, ti) && !c.modifiedByNoun(a, ti) && !c.complementOf(a, ti, args)
}

// foreignComplement reports whether ti is followed by "in" or "of" and a
// phrase of common words that names none of the claim's items: "a 26%
// rise in annual profits" is a rise of profits, not of oil prices. A
// name after it ("a rise in Europe") and a date ("in May") are no
// argument; only a change's complement names what changes (the caller
// asks for a Directional predicate: "an election in the spring").
func (c *Claim) foreignComplement(a *ItemizedText, ti Item) bool {
	k := ti.W1
	if k >= len(a.words) || c.m.fn[a.words[k].low]&fnComplement == 0 || a.commaBefore(k) {
		return false
	}
	return c.foreignPhrase(a, k+1)
}

// foreignPhrase reports whether the noun phrase that starts at word k,
// over determiners, is of common words, names none of the claim's items
// and ends in a noun.
func (c *Claim) foreignPhrase(a *ItemizedText, k int) bool {
	for k < len(a.words) && c.m.fn[a.words[k].low]&fnDeterminer != 0 && !a.commaBefore(k) {
		k++
	}
	if k >= len(a.words) || a.commaBefore(k) || a.words[k].clauseBreak || a.words[k].upper || c.m.stops[a.words[k].low] {
		return false
	}
	end := c.objectEnd(a, k)
	return !c.namesBetween(a, k, end) && !c.apposition(a, end) && isNoun(a.words[end-1].low)
}

// argumentFollows reports whether one of the claim's arguments stands
// within phraseReach words from word k, in the same clause, before a
// comma or an auxiliary (the next clause's verb).
func (c *Claim) argumentFollows(a *ItemizedText, k int, args []int) bool {
	end := k
	for end < len(a.words) && end < k+phraseReach {
		w := a.words[end]
		if end > 0 && (w.clauseBreak || a.commaBefore(end) || c.m.fn[w.low]&(fnAuxiliary|fnClauseOpener) != 0) {
			break
		}
		end++
	}
	for _, it := range a.Items {
		if it.W0 >= k && it.W0 < end && c.namesAny(it, args) {
			return true
		}
	}
	return false
}

// modifiesNoun reports whether ti, a word that is only a noun
// ("election"), stands before a noun of the text that is none of the
// claim's items, in base form (a verb after a noun takes "-s" or "-ed":
// "the election looms"): it says which thing the other noun is.
func (c *Claim) modifiesNoun(a *ItemizedText, ti Item) bool {
	k := ti.W1
	if k >= len(a.words) || a.commaBefore(k) || a.words[k].clauseBreak || !nounOnly(a.words[ti.W1-1].low) {
		return false
	}
	w := a.words[k]
	if c.m.stops[w.low] || c.m.fn[w.low] != 0 || c.itemAtNames(a, k) || strings.HasSuffix(w.low, "s") || strings.HasSuffix(w.low, "ed") {
		return false
	}
	return isNoun(w.low)
}

// modifiedByNoun reports whether the word before ti is a noun that is
// none of the claim's items and no adjective, itself after a word opening
// a noun phrase (a determiner, "of", "in"; not "to"): "the annual rate
// of house-price increase". The predicate is that noun's, not the claim
// argument's elsewhere in the clause.
func (c *Claim) modifiedByNoun(a *ItemizedText, ti Item) bool {
	p := ti.W0 - 1
	if p < 1 || a.commaBefore(ti.W0) || a.words[ti.W0].clauseBreak || c.itemAtNames(a, p) {
		return false
	}
	open := c.m.fn[a.words[p-1].low]
	if open&(fnDeterminer|fnNameJoiner|fnLocative) == 0 || open&fnIrrealis != 0 || a.commaBefore(p) {
		return false
	}
	w := a.words[p].low
	if c.m.stops[w] || c.m.fn[w] != 0 || c.m.number(w) != "" {
		return false
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:] // "house-price": a price
	}
	return isNoun(w) && len(wordnet.Synsets(w, wordnet.Adj)) == 0
}

// complementOf reports whether ti follows "of" (over determiners) after
// one of the claim's arguments or a noun of measure (table
// match-grammar): "the rate of increase" is a measure of an increase, not
// interest rates increasing; "a state of denial" denies no report.
func (c *Claim) complementOf(a *ItemizedText, ti Item, args []int) bool {
	p := ti.W0 - 1
	for p >= 0 && c.m.fn[a.words[p].low]&fnDeterminer != 0 {
		p--
	}
	if p < 1 || c.m.fn[a.words[p].low]&fnGenitive == 0 {
		return false
	}
	if c.m.fn[a.words[p-1].low]&fnMeasure != 0 {
		return true
	}
	for _, it := range a.Items {
		if it.W1 == p && c.namesAny(it, args) {
			return true
		}
	}
	return false
}

// otherObject reports whether ti, a verb of the text, takes as its object
// (after a determiner, or a name right after it) a phrase that names none
// of the claim's items while the claim's predicate has an object of its
// own: "will visit Auschwitz" for "will visit Iran", "launched a pilot
// scheme" for "will release a new version of Windows", "releasing an
// adapter for its DS" for "will launch the DS". The phrase runs over
// "of" ("visit the capital of Norway"); an apposition after a comma may
// name the claim's ("launch its first console, the PSP"). For a claim
// whose change has no object, any object of common words is another's.
func (c *Claim) otherObject(a *ItemizedText, ti Item, pred int) bool {
	if bound, foreign := c.boundObject(a, ti); bound {
		return foreign // "helped to bring debt down" is no fall of the euro
	}
	if ti.W1-ti.W0 != 1 || len(wordnet.Synsets(a.words[ti.W0].low, wordnet.Verb)) == 0 {
		return false
	}
	if !c.hasObject(pred) {
		// A claim's change without an object ("oil prices will rise")
		// is not said by a verb with one: "raise the risk" raises a risk.
		return c.m.fn[a.words[min(ti.W1, len(a.words)-1)].low]&fnDeterminer != 0 && c.foreignPhrase(a, ti.W1) && c.Directional(pred)
	}
	k := ti.W1
	for k < len(a.words) && c.m.fn[a.words[k].low]&fnDeterminer != 0 && !a.commaBefore(k) {
		k++
	}
	if k >= len(a.words) || a.commaBefore(k) || a.words[k].clauseBreak || k == ti.W1 && !a.words[k].upper || c.m.stops[a.words[k].low] {
		return false // no determiner before a word: "launch later", "rise sharply"
	}
	end := c.objectEnd(a, k)
	if c.namesBetween(a, k, end) || c.apposition(a, end) || !isNoun(a.words[end-1].low) {
		return false
	}
	// Another name is another object; another word may stand for the
	// claim's ("close the site" for "close its Leeds factory") unless
	// the claim's object is named later, as no object of the verb.
	return a.entityAt(k) || c.namesBetween(a, end, len(a.words))
}

// apposition reports whether a comma before word k opens a phrase that
// names one of the claim's items right after its determiners.
func (c *Claim) apposition(a *ItemizedText, k int) bool {
	if !a.commaBefore(k) {
		return false
	}
	for k < len(a.words) && c.m.fn[a.words[k].low]&fnDeterminer != 0 {
		k++
	}
	return c.namesBetween(a, k, k+1)
}

// entityAt reports whether a name of the text starts at word k.
func (a *ItemizedText) entityAt(k int) bool {
	for _, it := range a.Items {
		if it.W0 == k {
			return it.Kind == Entity
		}
	}
	return false
}

// objectEnd returns the end of the noun phrase starting at word k: the
// first comma, clause break or function word after it, but for "of" and
// the determiners after it; at most phraseReach words.
func (c *Claim) objectEnd(a *ItemizedText, k int) int {
	end := k + 1
	for end < len(a.words) && end < k+phraseReach && !a.commaBefore(end) && !a.words[end].clauseBreak {
		w := a.words[end].low
		if c.m.stops[w] && c.m.fn[w]&(fnGenitive|fnDeterminer) == 0 {
			break
		}
		end++
	}
	return end
}

// namesBetween reports whether an item of the text starting at words
// [k, end) names one of the claim's items.
func (c *Claim) namesBetween(a *ItemizedText, k, end int) bool {
	for _, it := range a.Items {
		if it.W0 >= k && it.W0 < end && c.names(it) {
			return true
		}
	}
	return false
}

// hasObject reports whether the claim's predicate pred takes an object
// right after it over determiners: "Jack Straw will visit Iran", "Sony
// will launch the PSP in Europe" (the PSP), "Microsoft will release a new
// version of Windows".
func (c *Claim) hasObject(pred int) bool {
	k := c.Items[pred].W1
	for k < len(c.words) && c.m.fn[c.words[k].low]&fnDeterminer != 0 {
		k++
	}
	for _, it := range c.Items {
		if it.W0 == k {
			return true
		}
	}
	return false
}

// itemAtNames reports whether the text's item at word k names one of the
// claim's items.
func (c *Claim) itemAtNames(a *ItemizedText, k int) bool {
	for _, it := range a.Items {
		if k >= it.W0 && k < it.W1 {
			return c.names(it)
		}
	}
	return false
}

// commaBefore reports whether a comma stands between word k-1 and word k.
func (a *ItemizedText) commaBefore(k int) bool {
	return k > 0 && k < len(a.words) && strings.Contains(a.Text[a.words[k-1].end:a.words[k].start], ",")
}

// isNoun reports whether WordNet knows the word as a noun.
func isNoun(low string) bool { return len(wordnet.Synsets(low, wordnet.Noun)) > 0 }

// nounOnly reports whether WordNet knows the word as a noun and not as a
// verb ("election", "adapter"; not "rise", "launch").
func nounOnly(low string) bool {
	return isNoun(low) && len(wordnet.Synsets(low, wordnet.Verb)) == 0
}
