package stance

import "strings"

// How a clause frames the claim's words: a modal hedge bears on its own
// clause only, a hedge of probability in a speaker's own words still
// asserts, and a change that is called for is not predicted. The words
// and their roles are in table stance-clauses (modal, probable, call).

// callReach is how many words after a call word ("clamour", "want") the
// change it calls for may stand.
const callReach = 10

// endsClause reports whether word k ends the clause of the words before
// it: punctuation other than a hyphen, or a word that starts another
// clause ("but").
func (c *Classifier) endsClause(a *markedText, k int) bool {
	return a.punct[k] && a.words[k] != "-" || c.lex.clause[a.words[k]]&scopeEnd != 0
}

// unscopeModals clears the modal hedges whose clause, from the hedge on,
// holds none of the claim's words, in a text that holds some: in "Blair
// dismissed the talk of splits and said priorities would be on the
// economy" the "would" hedges the priorities, not the dismissal; in "they
// may not want him but they are going to get him" the "may" ends at "but".
// It reports whether it cleared one.
func (c *Classifier) unscopeModals(cl, tx *markedText) bool {
	cs := make(map[string]bool, len(cl.stems)) // stance words too: "would deny the report"
	for i, s := range cl.stems {
		if !cl.punct[i] && !c.lex.stop[cl.words[i]] {
			cs[s] = true
		}
	}
	shares, cleared := false, false
	for _, s := range tx.stems {
		shares = shares || cs[s]
	}
	if !shares {
		return false // nothing tells which clause is the claim's
	}
	for i, k := range tx.cls {
		if k != clsHedge || tx.plen[i] != 1 || c.lex.clause[tx.words[i]]&modalHedge == 0 {
			continue
		}
		reaches := false
		for j := i + 1; j < len(tx.words) && !c.endsClause(tx, j); j++ {
			reaches = reaches || cs[tx.stems[j]]
		}
		if !reaches {
			tx.cls[i] = clsNone
			cleared = true
		}
	}
	return cleared
}

// unscopeSentences clears the hedges of the sentences of tx that hold
// none of the claim's words, in a text that holds some: a speaker's
// condition or guess about another thing ("If he is intelligent, he will
// take it on board.") hedges its own sentence, not the one that speaks of
// the claim. The rules read it so; the model, which learnt headlines of
// one sentence, weighs every hedge as it stands. It reports whether it
// cleared one.
func (c *Classifier) unscopeSentences(cl, tx *markedText) bool {
	cs := c.claimStems(cl)
	if !tx.holdsAny(clause{0, len(tx.words)}, cs) {
		return false
	}
	cleared := false
	for from := 0; from < len(tx.words); {
		to := from
		for to < len(tx.words) && !(tx.punct[to] && c.lex.clause[tx.words[to]]&sentenceEnd != 0) {
			to++
		}
		if !tx.holdsAny(clause{from, to}, cs) {
			for i := from; i < to; i++ {
				if tx.cls[i] == clsHedge {
					tx.cls[i], cleared = clsNone, true
				}
			}
		}
		from = to + 1
	}
	return c.unscopeDashAsides(cs, tx) || cleared
}

// asOwnWords clears the hedges of probability ("likely", "probably") of a
// statement's content and reports whether it held one: a speaker who says
// "it is likely that we will see higher interest rates" asserts the rise,
// hedged — the statement's hedged field records the hedge, the stance is
// the side taken.
func (c *Classifier) asOwnWords(tx *markedText) bool {
	found := false
	for i, k := range tx.cls {
		if k == clsHedge && tx.plen[i] == 1 && c.lex.clause[tx.words[i]]&probableHedge != 0 {
			tx.cls[i] = clsNone
			found = true
		}
	}
	return found
}

// calledFor reports whether tx names what a claim predicts only as called
// for, wished or demanded: each word of the claim's predicate in tx
// follows a call word in its clause ("concerned by the clamour for early
// interest rate increases", "we do not want him taking over United"). A
// call for a change, or a wish against it, says nothing of whether it will
// come; false when tx names no such word.
func (c *Classifier) calledFor(cl, tx *markedText) bool {
	pred := c.predicate(cl)
	seen := false
	for i, s := range tx.stems {
		if !pred[s] || tx.punct[i] {
			continue
		}
		seen = true
		if !c.afterCall(tx, i) {
			return false
		}
	}
	return seen
}

// afterCall reports whether a call word stands before word i in its
// clause, within callReach words.
func (c *Classifier) afterCall(tx *markedText, i int) bool {
	for k := i - 1; k >= 0 && k >= i-callReach; k-- {
		if c.endsClause(tx, k) {
			return false
		}
		if c.callAt(tx, k) {
			return true
		}
	}
	return false
}

// predicate returns the stems of what a claim with a future marker
// predicts: the first content word after the marker ("rates will rise":
// rise; "Glazer will take over United": take) and the words of its
// direction ("increase" for "rise"); nil for a claim without one.
func (c *Classifier) predicate(cl *markedText) map[string]bool {
	for i := range cl.words {
		n := c.futureMarker(cl, i)
		if n == 0 {
			continue
		}
		for j := i + n; j < len(cl.words); j++ {
			if cl.punct[j] || c.lex.stop[cl.words[j]] {
				continue
			}
			p := map[string]bool{cl.stems[j]: true}
			for _, o := range c.lex.opposite[cl.stems[j]] {
				for _, q := range c.lex.opposite[o] {
					p[q] = true
				}
			}
			return p
		}
	}
	return nil
}

// futureMarker returns how many words the future marker at word i spans
// ("will": 1, "going to": 2), or 0: the table's markers may be phrases,
// and "rates are going to rise" predicts as "rates will rise" does.
func (c *Classifier) futureMarker(a *markedText, i int) int { return c.roleAt(a, i, futureMark) }

// roleAt returns how many words a word or phrase of table stance-clauses
// with the given role spans at word i, or 0; the longest row wins.
func (c *Classifier) roleAt(a *markedText, i int, role clauseRole) int {
	for n := min(c.lex.clauseLongest[a.words[i]], len(a.words)-i); n > 1; n-- {
		if c.lex.clause[strings.Join(a.words[i:i+n], " ")]&role != 0 {
			return n
		}
	}
	if c.lex.clause[a.words[i]]&role != 0 {
		return 1
	}
	return 0
}

// selfReach is how many words may stand between a speaker's "I" or "we"
// and the verb of belief ("I would still expect": 2).
const selfReach = 3

// ownBelief clears the hedges of a clause in which the speaker voices
// their own belief or expectation ("I would expect them to go on and win
// it", "I believed Redhill would win"): the modal and probable hedges and
// the verb of belief after it. A speaker's forecast is a side taken,
// hedged; a negation still denies ("I don't think they will win"). It
// reports whether it cleared one.
func (c *Classifier) ownBelief(tx *markedText) bool {
	cleared := false
	if !c.holdsRole(tx, selfMark) {
		return false
	}
	for _, cs := range c.clauses(tx) {
		from := c.ownBeliefFrom(tx, cs)
		if from < 0 {
			continue
		}
		for k := from; k < cs.to; k++ {
			if tx.cls[k] == clsHedge && tx.plen[k] == 1 && c.lex.clause[tx.words[k]]&(modalHedge|probableHedge|beliefMark) != 0 {
				tx.cls[k] = clsNone
				cleared = true
			}
		}
	}
	return cleared
}

// ownBeliefFrom returns where clause cs voices the speaker's own belief
// or expectation — a word of the speaker's own voice followed within
// selfReach words by a verb of belief ("I would expect", "I cannot see")
// — or -1.
func (c *Classifier) ownBeliefFrom(tx *markedText, cs clause) int {
	for k := cs.from; k < cs.to; k++ {
		if c.lex.clause[tx.words[k]]&selfMark == 0 {
			continue
		}
		for j := k + 1; j < cs.to && j <= k+selfReach; j++ {
			if c.lex.clause[tx.words[j]]&beliefMark != 0 {
				return k
			}
		}
	}
	return -1
}

// hedgedDuration clears a modal hedge of how long the claim's predicted
// event will take ("the contract may take two or three years to unpick"
// for "the council will unpick the contract"): the speaker forecasts the
// event, and hedges only its time. It reports whether it cleared one.
func (c *Classifier) hedgedDuration(cl, tx *markedText) bool {
	pred := c.predicate(cl)
	cleared := false
	for i, k := range tx.cls {
		if k != clsHedge || tx.plen[i] != 1 || c.lex.clause[tx.words[i]]&modalHedge == 0 ||
			i+1 >= len(tx.words) || c.lex.clause[tx.words[i+1]]&durationMark == 0 {
			continue
		}
		for j := i + 2; j+1 < len(tx.words) && j <= i+2+forecastReach && !c.endsClause(tx, j); j++ {
			if c.lex.clause[tx.words[j]]&infinitiveMark != 0 && pred[tx.stems[j+1]] {
				tx.cls[i] = clsNone
				cleared = true
				break
			}
		}
	}
	return cleared
}
