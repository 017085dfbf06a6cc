package stance

// knowReach is how many words may stand between a negation and its verb
// of knowing ("did not yet know"), and between that verb and the wh-word
// that opens what is not known ("does not know exactly when").
const knowReach = 2

// readNegatedKnowing reads a negated or uncertain verb of knowing before an
// embedded question ("he did not know what date the vote would be", "we
// don't know whether they will sell", "is unsure when"; stance-clauses
// roles knowing and wh-word) as a hedge: the speaker cannot tell when or
// whether the event comes, which denies nothing of it. The negation
// becomes a hedge and the wh-word is noted (unknownFrom). A negated
// "know" without a wh-word ("did not know about the fraud") stays a
// negation.
func (c *Classifier) readNegatedKnowing(a *markedText) {
	for k, w := range a.words {
		if c.lex.clause[w]&knowingMark == 0 || a.punct[k] {
			continue
		}
		wh := c.roleWithin(a, k+1, whMark)
		if wh < 0 {
			continue
		}
		if i := c.uncertainty(a, k); i >= 0 {
			if a.cls[i] == clsNot {
				a.cls[i] = clsHedge
			}
			a.unknownFrom = append(a.unknownFrom, wh)
		}
	}
}

// uncertainty returns the word that makes the knowing word at k
// uncertain, or -1: a negation within knowReach words before it ("did
// not yet know"), or a hedge phrase that holds it ("unsure", "not clear").
func (c *Classifier) uncertainty(a *markedText, k int) int {
	for i := k; i >= 0 && i >= k-knowReach-1; i-- {
		if i < k && a.punct[i] {
			return -1
		}
		switch {
		case a.cls[i] == clsHedge && i+a.plen[i] > k:
			return i
		case a.cls[i] == clsNot && i+a.plen[i] >= k-knowReach && i < k:
			return i
		}
	}
	return -1
}

// roleWithin returns the first word from `from` within knowReach words
// that holds a stance-clauses role, or -1; punctuation stops the search.
func (c *Classifier) roleWithin(a *markedText, from int, role clauseRole) int {
	for k := from; k < len(a.words) && k < from+knowReach; k++ {
		if a.punct[k] {
			return -1
		}
		if c.lex.clause[a.words[k]]&role != 0 {
			return k
		}
	}
	return -1
}

// notKnown reports whether tx names the claim only as what its speaker
// cannot tell: each claim word of tx follows the wh-word of an uncertain
// verb of knowing in its clause ("he did not know what date the vote
// would be"). The statement neither asserts nor denies the claim,
// whatever polarity extraction read in its negation; a claim word
// outside such a clause ("X is going to need money … I do not know if it
// will be worth it") leaves the statement to the other readings.
func (c *Classifier) notKnown(cl, tx *markedText) bool {
	if len(tx.unknownFrom) == 0 {
		return false
	}
	unknown := make([]bool, len(tx.words))
	for _, wh := range tx.unknownFrom {
		for k := wh + 1; k < len(tx.words) && !c.endsClause(tx, k); k++ {
			unknown[k] = true // "did not know what to say, and the vote will not …" denies
		}
	}
	claimWords := c.claimStems(cl)
	seen := false
	for k, s := range tx.stems {
		if !claimWords[s] || tx.punct[k] || c.lex.stop[tx.words[k]] {
			continue
		}
		if !unknown[k] {
			return false
		}
		seen = true
	}
	return seen
}
