package stance

// Relative clauses of another subject. "Voters have a choice between a
// Labour government that will not set a limit on immigration and a Tory
// one that would impose quotas" negates what Labour will do, not what the
// Tories will: the negation stands in a relative clause whose antecedent
// ("a Labour government") is another name than the claim's subject, and
// the clause after the next mention of the claim's subject ("and a Tory
// one that would …") is that subject's own. aboutOthers reads the first
// part out, as it reads out "Labour will not …, but a Tory government
// would".

// relativeOpener returns the word that opens the relative clause holding
// word i ("that", "which", "who"), within i's clause, or -1.
func (c *Classifier) relativeOpener(tx *markedText, i int) int {
	if !tx.inRel[i] {
		return -1
	}
	for k := i - 1; k > 0 && !tx.punct[k]; k-- {
		if c.lex.clause[tx.words[k]]&relative != 0 {
			return k
		}
	}
	return -1
}

// relativeOfOther reports whether word i stands in a relative clause
// whose antecedent, the words right before its opener, is another name
// than the claim's ("a Labour government that will not …"). The word
// before the opener must be a content word, the antecedent's head: in
// "said to him that we can win", "that" opens the content, no relative
// clause.
func (c *Classifier) relativeOfOther(tx *markedText, i int, claimWords map[string]bool) bool {
	k := c.relativeOpener(tx, i)
	if k < 1 || tx.punct[k-1] || c.function(tx.words[k-1]) {
		return false
	}
	return c.otherSubject(tx, k, claimWords)
}

// otherRelativeParts splits clause cs before the claim's subject when a
// negation before it stands in a relative clause of another name: the
// first part is the other subject's, the second the claim subject's own
// ("… a Labour government that will not set a limit | and a Tory one
// that would impose quotas"). Otherwise it returns cs alone.
func (c *Classifier) otherRelativeParts(tx *markedText, cs clause, subject, claimWords map[string]bool) []clause {
	for i := cs.from; i < cs.to; i++ {
		if tx.cls[i] != clsNot {
			continue
		}
		if !c.relativeOfOther(tx, i, claimWords) {
			break
		}
		for j := i + 1; j < cs.to; j++ {
			if tx.punct[j] || !subject[tx.stems[j]] && !subject[c.entityAt(tx, j)] {
				continue
			}
			k := j
			for k-1 > i && c.function(tx.words[k-1]) && c.lex.clause[tx.words[k-1]]&alternative == 0 {
				k-- // "and a" before "Tory one" opens the second part; an "or" would make it an alternative
			}
			return []clause{{cs.from, k}, {k, cs.to}}
		}
		break
	}
	return []clause{cs}
}
