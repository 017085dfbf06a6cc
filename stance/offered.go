package stance

// Acts offered, not forecast. A board that "would allow Mr Zorvex limited
// access to give him the opportunity to take the proposal on to a formal
// bid", or a deal that gives "the right to sell", lets the claim's act be
// done; it does not say it will be. Toward a claim that predicts, a
// statement that names the claim's predicate only after an option or
// permission word of its clause (table stance-clauses, role option: "the
// right to", "the opportunity to", "permission to") takes no side: it states a
// procedure, and its affirm polarity says nothing of the claim.

// onlyOffered reports whether every word of tx holding the claim's
// predicate stands after an option word of its own clause, and one does.
func (c *Classifier) onlyOffered(cl, tx *markedText) bool {
	pred := c.predicate(cl)
	if pred == nil {
		return false
	}
	offered := false
	for _, cs := range c.clauses(tx) {
		option := false
		for k := cs.from; k < cs.to; k++ {
			option = option || c.roleAt(tx, k, optionMark) > 0
			if !pred[tx.stems[k]] || tx.punct[k] {
				continue
			}
			if !option {
				return false
			}
			offered = true
		}
	}
	return offered
}
