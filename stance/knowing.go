package stance

// knowReach is how many words may stand between a negation and its verb
// of knowing ("did not yet know"), and between that verb and the wh-word
// that opens what is not known ("does not know exactly when").
const knowReach = 2

// readNegatedKnowing reads a negated verb of knowing before an embedded
// question ("he did not know what date the vote would be", "we don't know
// whether they will sell"; stance-clauses roles knowing and wh-word) as a
// hedge: the speaker cannot tell when or whether the event comes, which
// denies nothing of it. "Not sure" and "unsure" are hedges of the
// lexicon already; a negated "know" without a wh-word ("did not know
// about the fraud") stays a negation.
func (c *Classifier) readNegatedKnowing(a *markedText) {
	for i := range a.words {
		if a.cls[i] != clsNot {
			continue
		}
		if k := c.roleWithin(a, i+a.plen[i], knowingMark); k >= 0 && c.roleWithin(a, k+1, whMark) >= 0 {
			a.cls[i] = clsHedge
		}
	}
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
