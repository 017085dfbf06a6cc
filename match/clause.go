package match

import (
	"strings"
)

// A text is about a claim when one of its clauses says the claim's
// predicate of the claim's arguments, not when its words are spread over
// clauses about other things: "the US election is imminent" names an
// election, but not Blair calling one; "Bush is in a state of denial"
// names a denial, not Blair's.

// SharesClause reports whether the scored text holds the claim's item
// pred in a clause that also holds one of the claim's arguments
// (arguments) or something that stands for one: a pronoun ("he", "it",
// "who"), the initials of a name ("LSE"), or the speaker when it is the claim's
// actor and the clause names no one else (first person, or no subject:
// "… trying to lower taxes", said by the claim's Michael Howard). A clause
// starts with a sentence, after a semicolon, bracket or dash (and goes on
// after a bracketed aside closes), and at a
// clause-opening word (table match-grammar: "since", "that"). The clause's
// subject must be no other party than a claim's named subject
// (otherAgent: "Labour would raise taxes" for the Conservatives'). A
// phrase that states the claim's event noun ("names the date" for "call
// an election", support.go) holds the noun. It is true
// when pred is out of range or the score holds no text (nothing to test).
func (s Score) SharesClause(c *Claim, pred int) bool {
	a := s.text
	if a == nil || pred < 0 || pred >= len(c.Items) {
		return true
	}
	args := c.arguments(pred)
	if len(args) == 0 {
		return true
	}
	clause := a.clauses(c.m)
	speaks := c.speakerActs(s.spk, args)
	initials := c.initials()
	for _, ti := range a.Items {
		if (c.itemStrength(pred, ti) > 0 || c.standsIn(pred, a.Items, ti)) && c.headsOwnPhrase(a, ti, pred, args) && c.clauseHolds(a, clause, clause[ti.W0], args, initials, speaks) &&
			!c.otherAgent(a, clause, ti, pred, speaker{s.spk, s.own}, initials) {
			return true
		}
	}
	return false
}

// arguments returns the claim's items other than pred that a clause
// stating it must name one of: the heads of its subject and object, the
// last word of each noun phrase ("prices" of "oil prices", "seats" of
// "more seats", not "general" of "the general election"); a claim
// without one gives its names and concepts, else its other words. A
// given name stands only with its surname, so never alone.
func (c *Claim) arguments(pred int) []int {
	var heads, strong, weak []int
	for i, it := range c.Items {
		switch {
		case i == pred || c.GivenName(i):
			continue
		case c.head(i, pred):
			heads = append(heads, i)
		}
		if it.Kind == Entity || it.Kind == Concept {
			strong = append(strong, i)
		} else {
			weak = append(weak, i)
		}
	}
	for _, args := range [][]int{heads, strong} {
		if len(args) > 0 {
			return args
		}
	}
	return weak
}

// head reports whether the claim's item i ends a noun phrase: the claim
// ends after it, or a function word or the predicate follows it. A word
// between the auxiliary and a predicate noun is the verb ("call" of
// "will call an election"), no phrase.
func (c *Claim) head(i, pred int) bool {
	it, p := c.Items[i], c.Items[pred]
	if c.AfterAuxiliary(i) && it.W0 < p.W0 {
		return false
	}
	next := it.W1
	return next >= len(c.words) || next == p.W0 || c.m.stops[c.words[next].low]
}

// clauses returns each word's clause number.
func (a *ItemizedText) clauses(m *Matcher) []int {
	out := make([]int, len(a.words))
	cur, last := 0, 0
	var asides []int // the clauses a bracket opened inside, innermost last
	for i, w := range a.words {
		switch {
		case i == 0:
		case w.closesAside && !w.sentStart && len(asides) > 0:
			// "Acme's Zapper (AZ) will go on sale": the clause goes on.
			cur, asides = asides[len(asides)-1], asides[:len(asides)-1]
		case w.clauseBreak || m.fn[w.low]&fnClauseOpener != 0:
			if w.sentStart {
				asides = asides[:0]
			} else if w.opensAside {
				asides = append(asides, cur)
			}
			last++
			cur = last
		}
		out[i] = cur
	}
	return out
}

// speakerActs reports whether one of the speaker's names is one of the
// claim's argument names and not the claim's recipient: the speaker may
// be the clause's subject.
func (c *Claim) speakerActs(spk []Item, args []int) bool {
	for _, i := range args {
		if c.Items[i].Kind != Entity || c.Roles[i] == RoleRecipient {
			continue
		}
		for _, si := range spk {
			if si.ID == c.Items[i].ID {
				return true
			}
		}
	}
	return false
}

// names reports whether a text's item matches one of the claim's items.
func (c *Claim) names(ti Item) bool {
	for i := range c.Items {
		if c.itemStrength(i, ti) > 0 {
			return true
		}
	}
	return false
}

// clauseHolds reports whether clause k of text a holds one of the
// claim's arguments or a word that stands for one (SharesClause).
func (c *Claim) clauseHolds(a *ItemizedText, clause []int, k int, args []int, initials map[string]bool, speaks bool) bool {
	othersNamed := false
	for _, ti := range a.Items {
		if clause[ti.W0] != k {
			continue
		}
		if c.namesAny(ti, args) || ti.Kind == Entity && initials[ti.Text] {
			return true
		}
		othersNamed = othersNamed || ti.Kind == Entity && !c.names(ti)
	}
	firstPerson := false
	for i, w := range a.words {
		if clause[i] != k {
			continue
		}
		if c.m.standIns[w.low] {
			return true
		}
		r := c.m.fn[w.low]
		firstPerson = firstPerson || r&fnFirstPerson != 0 || r&fnFirstPersonNotCaps != 0 && !w.allUpper
	}
	return speaks && (firstPerson || !othersNamed)
}

// initials returns the initials of the claim's names of several
// capitalised words, in capitals ("London Stock Exchange": "LSE"): a text
// that writes the name so names it.
func (c *Claim) initials() map[string]bool {
	out := map[string]bool{}
	run := ""
	flush := func() {
		if len(run) > 1 {
			out[run] = true
		}
		run = ""
	}
	for _, w := range c.words {
		switch {
		case c.m.fn[w.low]&fnDeterminer != 0: // "The" Bank of England
			flush()
		case w.upper && !w.allUpper:
			run += wordInitials(c.Text[w.start:w.end])
		case c.m.fn[w.low]&fnNameJoiner != 0 && run != "":
		default:
			flush()
		}
	}
	flush()
	return out
}

// NamedBefore reports whether the clause of the text that holds the
// claim's predicate names the claim's subject (item subj) only by a
// third-person pronoun before the predicate ("If elected, his party would
// cut taxes", "he will cut taxes") or by a description that opens it
// (describedSubject: "The embattled oil giant had filed …"), with another of the claim's arguments
// in the same clause and no other name before the predicate there: the
// clause states the claim of someone the article named before. The
// caller checks that the article did (its title or lead names subj).
func (s Score) NamedBefore(c *Claim, pred, subj int) bool {
	a := s.text
	if a == nil || pred < 0 || pred >= len(c.Items) || subj < 0 || subj >= len(c.Items) {
		return false
	}
	var others []int
	for _, i := range c.arguments(pred) {
		if i != subj {
			others = append(others, i)
		}
	}
	if len(others) == 0 {
		return false
	}
	clause := a.clauses(c.m)
	for _, ti := range a.Items {
		if c.itemStrength(pred, ti) > 0 && (c.pronounSubject(a, clause, ti.W0) || c.describedSubject(a, clause, ti.W0)) &&
			c.clauseNames(a, clause, clause[ti.W0], others) {
			return true
		}
	}
	return false
}

// clauseNames reports whether clause k of text a names one of the
// claim's items args itself (no pronoun standing in).
func (c *Claim) clauseNames(a *ItemizedText, clause []int, k int, args []int) bool {
	for _, ti := range a.Items {
		if clause[ti.W0] == k && c.namesAny(ti, args) {
			return true
		}
	}
	return false
}

// namesAny reports whether a text's item matches one of the claim's
// items args.
func (c *Claim) namesAny(ti Item, args []int) bool {
	for _, i := range args {
		if c.itemStrength(i, ti) > 0 {
			return true
		}
	}
	return false
}

// pronounSubject reports whether the clause of word p has, before p, a
// third-person pronoun and no name: the pronoun is p's subject.
func (c *Claim) pronounSubject(a *ItemizedText, clause []int, p int) bool {
	k := clause[p]
	for _, ti := range a.Items {
		if ti.W0 < p && clause[ti.W0] == k && ti.Kind == Entity {
			return false
		}
	}
	for i := p - 1; i >= 0 && clause[i] == k; i-- {
		if c.m.backRefs[a.words[i].low] {
			return true
		}
	}
	return false
}

// describedSubject reports whether the clause of word p opens with a
// definite description of a company or body ("The firm", "The embattled
// Russian oil giant": "the", at most describedWords words, a noun of the
// subject-descriptions table) right before p or its auxiliaries, and
// names nothing else before p: the description is p's subject. A name
// inside the description ("Russian") describes; one after it is another
// subject ("the firm said Zorvex had filed"). An aside between commas
// after the noun is skipped ("The firm, whose chief lives in Texas,
// filed …").
func (c *Claim) describedSubject(a *ItemizedText, clause []int, p int) bool {
	k, start := clause[p], p
	for start > 0 && clause[start-1] == k {
		start--
	}
	if c.m.fn[a.words[start].low]&fnDefinite == 0 {
		return false
	}
	head := -1
	for i := start + 1; i < p && i <= start+describedWords; i++ {
		if c.m.described[a.words[i].low] {
			head = i
			break
		}
	}
	if head < 0 {
		return false
	}
	from := head + 1
	if a.commaBefore(from) { // an aside: "The firm, whose chief is in Texas, filed"
		for from++; from < p && !a.commaBefore(from); from++ {
		}
	}
	for i := from; i < p; i++ {
		if c.m.fn[a.words[i].low]&fnAuxiliary == 0 && !c.m.stops[a.words[i].low] && !strings.HasSuffix(a.words[i].low, "ly") {
			return false // "the firm's lawyers filed", "the group chairman said"
		}
	}
	return true
}

// describedWords bounds the words of a description before its noun.
const describedWords = 5

// SubjectByReference reports whether the scored text names the claim's
// subject only by the subject's head noun right after a definite or
// demonstrative determiner ("the ban", "this embargo" for "The arms
// embargo on China will be lifted") in a clause that holds the claim's
// predicate ("the ban would be lifted"): a reference noun standing for
// the subject its article named before, whose other items the article's
// lead may give. False when the text names another of the subject's
// items itself, the noun has a complement of common words of its own
// ("the ban on smoking"), or its clause says something else of it.
func (s Score) SubjectByReference(c *Claim, pred int) bool {
	a := s.text
	if a == nil || pred < 0 || pred >= len(c.Items) {
		return false
	}
	head, subject := c.subjectHead(pred)
	if head < 0 {
		return false
	}
	for _, ti := range a.Items {
		if c.namesAny(ti, subject) && c.itemStrength(head, ti) == 0 {
			return false
		}
	}
	clause := a.clauses(c.m)
	for _, ti := range a.Items {
		if c.itemStrength(head, ti) > 0 && ti.W0 > 0 && c.m.fn[a.words[ti.W0-1].low]&fnDefinite != 0 && !c.ownComplement(a, ti) &&
			c.clauseNames(a, clause, clause[ti.W0], []int{pred}) {
			return true
		}
	}
	return false
}

// ownComplement reports whether the noun ti is followed by a preposition
// (a stop word, no auxiliary) and a phrase of common words that names
// none of the claim's items: "the ban on whaling" is another ban.
func (c *Claim) ownComplement(a *ItemizedText, ti Item) bool {
	k := ti.W1
	if k >= len(a.words) || a.commaBefore(k) || !c.m.stops[a.words[k].low] || c.m.fn[a.words[k].low]&fnAuxiliary != 0 {
		return false
	}
	return c.foreignPhrase(a, k+1)
}

// subjectHead returns the claim's subject head, the first common noun
// before its auxiliary that ends a noun phrase ("embargo" of "The arms
// embargo on China will be lifted"), and the subject's items; -1 when
// the subject has no common noun.
func (c *Claim) subjectHead(pred int) (int, []int) {
	var subject []int
	head := -1
	for i, it := range c.Items {
		if c.AfterAuxiliary(i) {
			break
		}
		subject = append(subject, i)
		if head < 0 && it.Kind != Entity && c.head(i, pred) {
			head = i
		}
	}
	return head, subject
}
