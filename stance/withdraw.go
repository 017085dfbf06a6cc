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
// open another clause ("after", "which") end the object. A negated one
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
	for i := 0; i < len(tx.words); i++ {
		if tx.punct[i] || tx.cls[i] != clsNone {
			continue
		}
		n := c.roleAt(tx, i, withdrawMark)
		if n == 0 {
			continue
		}
		for j := i + n; j < len(tx.words) && j <= i+n+dealReach; j++ {
			if c.endsClause(tx, j) || c.lex.clause[tx.words[j]]&(subordinate|relative) != 0 {
				break
			}
			if c.lex.clause[tx.words[j]]&dealMark == 0 {
				continue
			}
			if tx.negated[i] {
				tx.unnegate(i) // "will not pull out of the deal" keeps it
			} else {
				tx.cls[i], tx.plen[i], tx.withdrawn = clsDeny, n, true
			}
			break
		}
		i += n - 1
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
