package stance

// expectedReach is how many words after an attributive participle of
// expectation a claim word may stand and still be the noun it modifies
// ("an expected spring referendum": 2).
const expectedReach = 3

// expectedEvent reports whether tx names one of the claim's words as an
// event expected, in attributive use ("ahead of an expected spring
// referendum", "the widely expected rise"; stance-clauses roles
// attributive and expectation), names no opposite of its move and
// negates the claim's predicate nowhere else ("will not hold the expected
// referendum" denies): whoever speaks takes the event as coming, which
// asserts it, hedged, whatever a negation around the noun phrase says of
// something else ("would not cope with the expected rise"). The noun
// phrase must follow the participle directly, so "rose more than
// expected", "as expected" and "is expected to" are not read.
func (c *Classifier) expectedEvent(cl, tx *markedText) bool {
	ok, _ := c.expectedOnly(cl, tx)
	return ok
}

// expectedOnly is expectedEvent that also tells whether the claim's words
// stand in tx only within the expected noun phrase: a denial of what
// else tx says ("dismissed a suggestion the move was designed to keep
// taxes down ahead of an expected general election") denies nothing of
// the event, which the speaker too takes as coming.
func (c *Classifier) expectedOnly(cl, tx *markedText) (expected, only bool) {
	claimWords := c.claimStems(cl)
	named, inPhrase := false, make([]bool, len(tx.words))
	for k := 1; k < len(tx.words); k++ {
		if c.lex.clause[tx.words[k]]&expectationMark == 0 || c.lex.clause[tx.words[k-1]]&attributiveMark == 0 {
			continue
		}
		j := k + 1
		for ; j < len(tx.words) && j <= k+expectedReach && !tx.punct[j] && !c.lex.stop[tx.words[j]]; j++ {
			named, inPhrase[j] = named || claimWords[tx.stems[j]], true
		}
		if !c.afterAdjunct(tx, k-1) && c.negatedNext(tx, j) {
			return false, false // "an expected rush never materialised"
		}
	}
	if !named || c.opposes(cl, tx) != 0 {
		return false, false // "the expected rise in fares" asserts no fall
	}
	pred := c.predicate(cl)
	only = true
	for k, s := range tx.stems {
		if pred[s] && tx.negated[k] && !inPhrase[k] {
			return false, false
		}
		if claimWords[s] && !inPhrase[k] && !tx.punct[k] && !c.lex.stop[tx.words[k]] {
			only = false
		}
	}
	return true, only
}

// afterAdjunct reports whether a preposition (stance-clauses role
// adjunct, "of" of "ahead of" too) stands right before word k: the noun
// phrase k opens is an adjunct, not the subject of what follows it.
func (c *Classifier) afterAdjunct(tx *markedText, k int) bool {
	for k > 0 && c.lex.clause[tx.words[k-1]]&attributiveMark != 0 {
		k-- // "of the widely expected …"
	}
	return k > 0 && c.lex.clause[tx.words[k-1]]&adjunctMark != 0
}

// expectedSubjectReach is how many words after an expected noun phrase's head a
// negation of its predicate may stand ("rise in bus fares never came").
const expectedSubjectReach = 6

// negatedNext reports whether a negation stands within expectedSubjectReach
// words from word j, before the clause ends.
func (c *Classifier) negatedNext(tx *markedText, j int) bool {
	for k := j; k < len(tx.words) && k < j+expectedSubjectReach; k++ {
		if c.endsClause(tx, k) {
			return false
		}
		if tx.cls[k] == clsNot {
			return true
		}
	}
	return false
}
