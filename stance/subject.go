package stance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/token"
)

// Clauses about another subject. A claim about a named subject ("The
// Conservatives will limit immigration", "Michael Howard will cut taxes")
// is not denied by a negation or an opposite in a clause whose subject is
// another name: "Labour will not set a limit on immigration, but a Tory
// government would" denies nothing of the Conservatives (its second
// clause, "would" + the first clause's predicate, asserts), and "Labour
// would raise taxes" says nothing of Howard's cuts. A clause opened by a
// contrastive "not that" ("…, not that he expected an election call
// then") disclaims a reading of what precedes; it takes no side on its own
// words. Both are read out of a statement before its stance is read.

// subjectReach is how many words before a negation or an opposite its
// clause's subject may stand ("a Labour chancellor would have to put up").
const subjectReach = 6

// titleCaseShare is the share of capitalised content words above which a
// text of at least titleCaseLeast of them is written in title case
// ("Apple Will Not Release …"): its capitals tell no names. A statement's
// content words only count, and a few of them may stand in lower case
// in a headline ("Apple Will Not Release iPhone 7"): 0.6, not all.
const (
	titleCaseShare = 0.6
	titleCaseLeast = 4
)

// capitalised reports whether word i of a was written with a capital.
func (a *markedText) capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(a.raw[i])
	return unicode.IsUpper(r)
}

// sentenceStart reports whether word i opens a sentence or a quotation's
// first clause (after ":"), where every word is written with a capital.
func (c *Classifier) sentenceStart(a *markedText, i int) bool {
	if i == 0 {
		return true
	}
	p := a.words[i-1]
	return a.punct[i-1] && (p == ":" || c.lex.clause[p]&sentenceEnd != 0)
}

// titleCase reports whether a is written in title case (titleCaseShare).
func (c *Classifier) titleCase(a *markedText) bool {
	content, caps := 0, 0
	for i, w := range a.words {
		if a.punct[i] || c.function(w) {
			continue
		}
		content++
		if a.capitalised(i) {
			caps++
		}
	}
	return token.TitleCase(content, caps, titleCaseLeast, titleCaseShare)
}

// function reports a function word or pronoun ("The", "I", "We").
func (c *Classifier) function(w string) bool { return c.lex.function[w] || c.lex.stop[w] }

// isName reports whether word i of a is written as a name: capitalised, no
// function word, and not capitalised only because it opens a sentence
// (unless the next word is capitalised too: "Gordon Brown", or the text
// sets another subject against the claim's, initialNames).
func (c *Classifier) isName(a *markedText, i int) bool {
	if a.punct[i] || !a.capitalised(i) || c.function(a.words[i]) {
		return false
	}
	if !c.sentenceStart(a, i) || i == 0 && a.openName || a.initialNames {
		return true
	}
	return i+1 < len(a.words) && !a.punct[i+1] && a.capitalised(i+1) && !c.function(a.words[i+1])
}

// namedSubject reports whether the claim's subject is a name: its words
// before the future marker end in a name ("Michael Howard will", "The
// Conservatives will"; not "UK interest rates will"), or, without one,
// it opens with a name ("Shell overstated …").
func (c *Classifier) namedSubject(cl *markedText) bool {
	for i := range cl.words {
		if c.futureMarker(cl, i) > 0 {
			return i > 0 && cl.capitalised(i-1) && !c.function(cl.words[i-1])
		}
	}
	for i := range cl.words {
		if !c.function(cl.words[i]) && !cl.punct[i] {
			return cl.capitalised(i)
		}
	}
	return false
}

// otherSubject reports whether the clause of word i has a subject of its
// own that is another name than the claim's: within subjectReach words
// before i, back to punctuation, a clause word or the speaker's "I", a name stands and none
// of the claim's words does, nor another name of one of its entities
// ("the Tories" for "The Conservatives").
func (c *Classifier) otherSubject(tx *markedText, i int, claimWords map[string]bool) bool {
	name := false
	for k := i - 1; k >= 0 && k >= i-subjectReach; k-- {
		if tx.punct[k] || c.lex.clause[tx.words[k]]&(scopeEnd|subordinate|relative|alternative|questionOpener|selfMark) != 0 || tx.cls[k] == clsReport {
			break // the speaker's "I" is the clause's subject: "… against Barcelona and I cannot see …"
		}
		if claimWords[tx.stems[k]] || claimWords[c.entityAt(tx, k)] {
			return false
		}
		name = name || c.isName(tx, k)
	}
	return name
}

// entityAt returns the canonical name of the entity that word k names,
// alone or with the word after it ("Lib Dems"), or "".
func (c *Classifier) entityAt(a *markedText, k int) string {
	if k+1 < len(a.words) {
		if e, ok := c.lex.entity[a.words[k]+" "+a.words[k+1]]; ok {
			return e
		}
	}
	return c.lex.entity[a.words[k]]
}

// claimEntities returns the claim's content stems with the canonical
// names of the entities it names ("conservatives" for "Tory").
func (c *Classifier) claimEntities(cl *markedText) map[string]bool {
	m := c.claimStems(cl)
	initials := ""
	for k := range cl.words {
		if e := c.entityAt(cl, k); e != "" {
			m[e] = true
		}
		if c.isName(cl, k) || c.sentenceStart(cl, k) && cl.capitalised(k) && !c.function(cl.words[k]) {
			initials += cl.words[k][:1]
			continue
		}
		if len(initials) > 1 {
			m[initials] = true // "LSE" for "the London Stock Exchange"
		}
		initials = ""
	}
	if len(initials) > 1 {
		m[initials] = true
	}
	return m
}

// aboutOthers returns the text of tx without its clauses that deny only
// of another subject (a negation or an opposite of the claim after a name
// that is not the claim's) and without a contrastive "not that" clause;
// an elliptic clause that ends in an auxiliary ("but a Tory government
// would") takes the predicate of the clause read out. It returns "", false
// when no clause was read out.
func (c *Classifier) aboutOthers(cl, tx *markedText) (string, bool) {
	if !c.namedSubject(cl) || c.titleCase(tx) {
		return "", false
	}
	claimWords, opp := c.claimEntities(cl), c.opposites(cl)
	subject, content := c.claimSubject(cl), c.claimStems(cl)
	tx.initialNames = c.namesSubject(tx, clause{0, len(tx.words)}, subject)
	var kept, predicate []string
	dropped := false
	var parts []clause
	for _, cs := range c.clauses(tx) {
		parts = append(parts, c.otherRelativeParts(tx, cs, subject, claimWords)...)
	}
	for _, cs := range parts {
		if c.disclaims(tx, cs) {
			dropped = true
			continue
		}
		if vp, denial, ok := c.deniesOther(tx, cs, claimWords, opp); ok && !c.namesSubject(tx, cs, subject) && (denial || tx.holdsAny(cs, content)) {
			// a clause about another subject that negates, or speaks of
			// what the claim does ("Labour would raise taxes"); one that
			// names the claim's subject too ("Labour's plan … with a
			// Tory plan to cut spending") stays, and so does a forecast
			// that says nothing of the claim
			dropped, predicate = true, vp
			continue
		}
		words := tx.raw[cs.from:cs.to]
		if predicate != nil && c.lex.clause[tx.words[cs.to-1]]&ellipsisMark != 0 {
			words = append(append([]string{}, words...), predicate...)
		}
		kept = append(append(kept, words...), ",")
	}
	if !dropped {
		return "", false
	}
	if len(kept) > 0 {
		kept = kept[:len(kept)-1]
	}
	return strings.Join(kept, " "), true
}

// disclaims reports a clause opened by a contrastive "not that" after a
// comma or dash ("…, not that he expected an election call then").
func (c *Classifier) disclaims(tx *markedText, cs clause) bool {
	i := cs.from
	if i == 0 || i+1 >= cs.to || tx.cls[i] != clsNot || tx.plen[i] != 1 {
		return false
	}
	return (tx.words[i-1] == "," || tx.words[i-1] == "-" || tx.words[i-1] == "–" || tx.words[i-1] == "—") &&
		c.lex.clause[tx.words[i+1]]&relative != 0
}

// deniesOther reports whether clause cs negates, opposes or predicts
// only of another subject ("Labour will not …", "the Lib Dems would mean
// higher taxes"), whether it negates or opposes (denial), and returns
// the clause's predicate: its words after the negation ("set a limit on
// immigration"), or from the opposite on.
func (c *Classifier) deniesOther(tx *markedText, cs clause, claimWords map[string]bool, opp opposed) (predicate []string, denial, ok bool) {
	for i := cs.from; i < cs.to; i++ {
		relOther := tx.cls[i] == clsNot && c.relativeOfOther(tx, i, claimWords)
		neg := tx.cls[i] == clsNot && (!tx.inSub[i] || relOther)
		_, isOpp := opp.of(tx, i)
		ahead := c.forwardAt(tx, i)
		if !neg && !isOpp && ahead == 0 || !relOther && !c.otherSubject(tx, i, claimWords) {
			continue
		}
		from := i
		for !isOpp && from < cs.to {
			// past the auxiliaries and the negation: "will not cut"
			if n := c.forwardAt(tx, from); n > 0 {
				from += n
			} else if tx.cls[from] == clsNot {
				from += tx.plen[from]
			} else {
				break
			}
		}
		for k := i; k < cs.to && !denial; k++ {
			_, o := opp.of(tx, k)
			denial = o || tx.cls[k] == clsNot && (!tx.inSub[k] || c.relativeOfOther(tx, k, claimWords))
		}
		return tx.raw[from:cs.to], denial, true
	}
	return nil, false, false
}

// holdsClaim reports whether what is left of a statement after
// aboutOthers still speaks of the claim: it holds the claim's predicate
// ("buy" of "Kelmor will buy Danfield"), or, for a claim without a future
// marker, one of its words.
func (c *Classifier) holdsClaim(cl, tx *markedText) bool {
	all := clause{0, len(tx.words)}
	if pred := c.predicate(cl); pred != nil {
		return tx.holdsAny(all, pred)
	}
	return tx.holdsAny(all, c.claimStems(cl))
}

// claimSubject returns the stems of the claim's subject, with the
// canonical names of its entities: its words before the future marker
// ("michael", "howard"; "conservatives" for "The Tories will"), or,
// without one, its first content word and the names after it.
func (c *Classifier) claimSubject(cl *markedText) map[string]bool {
	end := -1
	for i := range cl.words {
		if c.futureMarker(cl, i) > 0 {
			end = i
			break
		}
	}
	m := map[string]bool{}
	for i := range cl.words {
		if end >= 0 && i >= end || end < 0 && len(m) > 0 && !cl.capitalised(i) {
			break
		}
		if cl.punct[i] || c.function(cl.words[i]) {
			continue
		}
		m[cl.stems[i]] = true
		if e := c.entityAt(cl, i); e != "" {
			m[e] = true
		}
	}
	return m
}

// namesSubject reports whether clause cs of tx names the claim's subject
// (by a word, or by another name of its entity).
func (c *Classifier) namesSubject(tx *markedText, cs clause, subject map[string]bool) bool {
	for k := cs.from; k < cs.to; k++ {
		if !tx.punct[k] && (subject[tx.stems[k]] || subject[c.entityAt(tx, k)]) {
			return true
		}
	}
	return false
}
