package stance

// The claim's words only in an aside. "Marlow, who is accused of running
// the fraud, never signed the books", a witness's testimony for the
// defence, names the fraud only in a relative clause set off by commas:
// the clause says who Marlow is (often the reporter's gloss), and the
// statement's own clause says something else. Toward "Marlow knew about
// the fraud" it takes no side; its negation ("never signed") negates
// another act, and its polarity says nothing of the claim. A relative
// clause that holds the claim's predicate ("Marlow, who knew of the
// fraud, resigned") states it and is read as before.

// commaAsides marks the relative clauses set off by a comma, from the
// relative word to the next comma or sentence end: a bracket inside one
// ("who is accused of an $11bn (£5.8bn) fraud,") does not end it.
func (c *Classifier) commaAsides(tx *markedText) []bool {
	out := make([]bool, len(tx.words))
	for k := 1; k < len(tx.words); k++ {
		if tx.words[k-1] != "," || c.lex.clause[tx.words[k]]&relative == 0 {
			continue
		}
		for ; k < len(tx.words) && tx.words[k] != "," && !(tx.punct[k] && c.lex.clause[tx.words[k]]&sentenceEnd != 0); k++ {
			out[k] = true
		}
	}
	return out
}

// asideOnly reports whether the claim's words besides its subject and
// its names stand in tx only inside relative clauses set off by a comma,
// one of them does, and none is the claim's predicate (its first such
// word: "knew" of "Marlow knew about the fraud").
func (c *Classifier) asideOnly(cl, tx *markedText) bool {
	subject := c.claimSubject(cl)
	content, pred := map[string]bool{}, ""
	for k, s := range cl.stems {
		if cl.punct[k] || c.function(cl.words[k]) || c.lex.stop[cl.words[k]] || subject[s] || c.isName(cl, k) || c.futureMarker(cl, k) > 0 {
			continue
		}
		content[s] = true
		if pred == "" {
			pred = s
		}
	}
	if pred == "" {
		return false
	}
	aside, found := c.commaAsides(tx), false
	for k, s := range tx.stems {
		if tx.punct[k] || !content[s] {
			continue
		}
		if !aside[k] || s == pred {
			return false
		}
		found = true
	}
	return found
}

// dashAsideMin is the fewest words a dash aside holds besides its hedge
// for the hedge to be its own ("- possibly two to follow -"); a lone
// "- possibly -" hedges the clause it interrupts.
const dashAsideMin = 2

// unscopeDashAsides clears the hedges that stand in an aside between two
// dashes of a sentence and that aside holds none of the claim's words:
// "He has got one trophy - possibly two to follow - and I cannot see them
// losing the cup" hedges the trophies to come, not the cup. It reports
// whether it cleared one.
func (c *Classifier) unscopeDashAsides(cs map[string]bool, tx *markedText) bool {
	cleared, open := false, -1
	for k, w := range tx.words {
		if tx.punct[k] && c.lex.clause[w]&sentenceEnd != 0 {
			open = -1
			continue
		}
		if !tx.punct[k] || w != "-" && w != "–" && w != "—" {
			continue
		}
		if open < 0 {
			open = k
			continue
		}
		aside := clause{open + 1, k}
		open = -1
		hedges, words := 0, 0
		for i := aside.from; i < aside.to; i++ {
			if tx.cls[i] == clsHedge {
				hedges++
			} else if !tx.punct[i] {
				words++
			}
		}
		if hedges == 0 || words < dashAsideMin || tx.holdsAny(aside, cs) {
			continue
		}
		for i := aside.from; i < aside.to; i++ {
			if tx.cls[i] == clsHedge {
				tx.cls[i], cleared = clsNone, true
			}
		}
	}
	return cleared
}
