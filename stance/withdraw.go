package stance

// A deal the text says was abandoned denies that it will be done: "a week
// after Zorvex pulled out of an agreement to buy Pellham" denies "Zorvex
// will buy Pellham". The withdrawal words are no denial alone: "the
// economy pulled out of recession" abandons no deal. Table
// stance-clauses holds both word classes (roles withdraw and deal).

// dealReach is how many words after a withdrawal word its object, the
// deal noun, may stand ("abandoned its hostile takeover offer": 3).
const dealReach = 4

// markWithdrawals marks as a denial each withdrawal word of tx whose
// object is a deal noun within dealReach words of its clause; words that
// open another clause ("after", "which") end the object; the clause must
// hold a content word of the claim. A negated one
// cancels its negation instead: not abandoning a deal ("will not pull
// out of the deal") neither denies the deal nor negates it. It leaves tx
// alone for a claim that itself holds a withdrawal word ("Zorvex will
// abandon its bid"): the withdrawal is then what is claimed.
func (c *Classifier) markWithdrawals(cl, tx *markedText) {
	for i := range cl.words {
		if !cl.punct[i] && c.roleAt(cl, i, withdrawMark) > 0 {
			return
		}
	}
	if !c.holdsRole(tx, withdrawMark) {
		return // most texts: no clause to split
	}
	claimWords := c.claimStems(cl)
	for _, cs := range c.clauses(tx) {
		if !tx.holdsAny(cs, claimWords) {
			continue // another thing's deal ("plans to scrap the New Deal scheme")
		}
		for i := cs.from; i < cs.to; i++ {
			if n := c.roleAt(tx, i, withdrawMark); n > 0 && tx.cls[i] == clsNone && !tx.punct[i] {
				c.markWithdrawal(tx, i, n, cs.to)
				i += n - 1
			}
		}
	}
}

// markWithdrawal reads the withdrawal word of n words at i, in a clause
// that ends at word to (see markWithdrawals).
func (c *Classifier) markWithdrawal(tx *markedText, i, n, to int) {
	for j := i + n; j < to && j <= i+n+dealReach; j++ {
		if c.lex.clause[tx.words[j]]&(subordinate|relative) != 0 {
			return
		}
		if c.lex.clause[tx.words[j]]&dealMark == 0 {
			continue
		}
		if tx.negated[i] {
			tx.unnegate(i) // "will not pull out of the deal" keeps it
		} else {
			tx.cls[i], tx.plen[i], tx.withdrawn = clsDeny, n, true
		}
		return
	}
}

// unnegate cancels the negation whose scope holds word i, and its scope.
func (a *markedText) unnegate(i int) {
	k := i - 1
	for k >= 0 && a.cls[k] != clsNot {
		k--
	}
	if k < 0 {
		return
	}
	a.cls[k] = clsCancel
	a.nNot--
	if !a.inRel[k] {
		a.mainNot--
	}
	for j := k + 1; j < len(a.negated) && a.negated[j]; j++ {
		a.negated[j] = false
	}
}

// holdsRole reports whether a word or phrase of tx has the role.
func (c *Classifier) holdsRole(tx *markedText, role clauseRole) bool {
	for i := range tx.words {
		if !tx.punct[i] && c.roleAt(tx, i, role) > 0 {
			return true
		}
	}
	return false
}
