package stance

import "strings"

// How a statement bears on a claim that predicts ("UK interest rates will
// rise", "Zorvex will take over Pellham"). A prediction is asserted or
// denied by a clause that looks ahead: one holding a forward word of table
// stance-clauses ("will", "could", "expected", "plans") and no call word.
// A clause that names the change only as past or current ("hovered near
// record lows", "blamed them for the steep rise of the euro"), as a
// generic truth ("a weak krone helps exporters"), as advice ("should be
// ready to cut") or as something to fight ("we will fight to stop them")
// predicts nothing, and neither asserts nor denies what is predicted.

// forecastReach is how many words after a modal hedge the move it
// forecasts may stand ("could trigger more interest rate rises"); a move
// further on is background ("may be entering a softer patch on the back
// of rising oil prices").
const forecastReach = 6

// clause is a span [from, to) of a text's words between clause ends.
type clause struct{ from, to int }

// clauses splits a read text at punctuation (hyphens and symbols aside:
// "80% or higher" is one clause) and at words that start another clause
// ("but", "so").
func (c *Classifier) clauses(tx *markedText) []clause {
	var out []clause
	from := 0
	for k := range tx.words {
		if c.endsClause(tx, k) && !tx.symbol[k] {
			if k > from {
				out = append(out, clause{from, k})
			}
			from = k + 1
		}
	}
	if from < len(tx.words) {
		out = append(out, clause{from, len(tx.words)})
	}
	return out
}

// holdsAny reports whether clause cs of a holds one of stems.
func (a *markedText) holdsAny(cs clause, stems map[string]bool) bool {
	for k := cs.from; k < cs.to; k++ {
		if stems[a.stems[k]] && !a.punct[k] {
			return true
		}
	}
	return false
}

// forwardAt returns how many words the forward word at word i spans ("will":
// 1, "set to": 2), or 0.
// A forward word right after a comparison word compares ("a higher than
// expected rise"): it does not look ahead.
func (c *Classifier) forwardAt(a *markedText, i int) int {
	if i > 0 && c.lex.clause[a.words[i-1]]&comparisonMark != 0 {
		return 0
	}
	return c.roleAt(a, i, forwardMark)
}

// predicts reports whether a clause looks ahead: it holds a forward word,
// or voices the speaker's own belief ("I cannot see them losing it", "I
// fancy them to win it"), and no call word.
func (c *Classifier) predicts(tx *markedText, cs clause) bool {
	forward := c.ownBeliefFrom(tx, cs) >= 0
	for k := cs.from; k < cs.to; k++ {
		if c.callAt(tx, k) {
			return false
		}
		forward = forward || c.forwardAt(tx, k) > 0
	}
	return forward
}

// framed is what the clauses of a text say of a claim that predicts.
type framed struct {
	kept      []string // the words of the clauses kept, each clause ended by "," or its sentence's end
	all       bool     // every clause predicts
	predicted bool     // a clause predicts
	named     bool     // a clause names the move or its opposite
	forecast  bool     // a clause that predicts names it outside a condition
	// the claim's content words stand in a clause that predicts, or only
	// in one that does not
	namedAhead, namedElse bool
}

// frameClauses reads the clauses of tx toward a claim that predicts: it
// keeps those that predict and those that attribute or ask.
func (c *Classifier) frameClauses(cl, tx *markedText) framed {
	move, claimWords := c.moveWords(cl), c.claimStems(cl)
	f := framed{all: true}
	for _, cs := range c.clauses(tx) {
		// a move after a subordinate word of its clause ("until", "if")
		// is a condition, not what is forecast
		moves, mainMove, sub := false, false, false
		for k := cs.from; k < cs.to; k++ {
			if c.isMove(tx, k, move) {
				moves, mainMove = true, mainMove || !sub
			}
			sub = sub || c.lex.clause[tx.words[k]]&subordinate != 0
		}
		f.named = f.named || moves
		predicts := c.predicts(tx, cs)
		if tx.holdsAny(cs, claimWords) {
			f.namedAhead, f.namedElse = f.namedAhead || predicts, f.namedElse || !predicts
		}
		f.all = f.all && predicts
		if predicts {
			f.forecast, f.predicted = f.forecast || mainMove, true
		}
		endsSentence := cs.to < len(tx.words) && tx.punct[cs.to] && c.lex.clause[tx.words[cs.to]]&sentenceEnd != 0
		if predicts || c.attributes(tx, cs) {
			end := "," // a sentence's end stays one: its hedges are its own
			if endsSentence {
				end = tx.raw[cs.to]
			}
			f.kept = append(append(f.kept, tx.raw[cs.from:cs.to]...), end)
		} else if endsSentence && len(f.kept) > 0 && f.kept[len(f.kept)-1] == "," {
			// a clause read out ("…, which is a great feat …") leaves
			// its sentence's end to the clause kept before it when that
			// clause ended at a comma: the next sentence's "if" hedges
			// that sentence only (a kept clause's own end stays: "… win
			// the league. Why not?" is no question of the league)
			f.kept[len(f.kept)-1] = tx.raw[cs.to]
		}
	}
	return f
}

// attributes reports whether a clause attributes, hedges or asks
// ("sources close to the talks told the FT") and calls for nothing: kept
// with the clauses that predict, since it frames them as others' words.
func (c *Classifier) attributes(tx *markedText, cs clause) bool {
	frames := false
	for k := cs.from; k < cs.to; k++ {
		if c.callAt(tx, k) {
			return false
		}
		frames = frames || tx.cls[k] == clsReport || tx.cls[k] == clsHedge || tx.cls[k] == clsQuestion
	}
	return frames
}

// forwardCue reports whether a statement's cue itself looks ahead
// ("predicted", "expects", "warned"): then its whole content does.
func (c *Classifier) forwardCue(text, lemma string) bool {
	for _, w := range []string{lower(text), lower(lemma)} {
		if w != "" && c.lex.clause[w]&forwardMark != 0 {
			return true
		}
	}
	return false
}

// predictionFrame reads a statement's content toward a claim that
// predicts. It returns settled when the frame settles the stance as
// neutral: no clause of the content predicts. Otherwise it returns the
// text to read: the content without the clauses that do not predict
// ("they may not want him but they are going to get him": "they are
// going to get him"), or tx itself. It leaves tx alone (nil, false) for a
// claim that predicts no change the text could name without looking
// ahead: a claim without a future marker, or one whose predicate is no
// directional word ("Tesla will build a plant in Nevada") while the text
// holds it ("Tesla is building a plant in Nevada" reports it done).
func (c *Classifier) predictionFrame(cl, tx *markedText) (read *markedText, settled bool) {
	pred, directional := c.predicate(cl), false
	if pred == nil {
		return nil, false
	}
	holds := false
	for i, s := range tx.stems {
		holds = holds || pred[s] && !tx.punct[i]
	}
	for s := range pred {
		directional = directional || len(c.lex.opposite[s]) > 0
	}
	_, deny := tx.has(clsDeny)
	_, falsy := tx.has(clsFalse)
	if holds && !directional || deny || falsy {
		// a denial word denies a prediction whatever its tense:
		// "Blair dismisses quit claim report"
		return nil, false
	}
	f := c.frameClauses(cl, tx)
	switch {
	case !f.predicted || f.named && !f.forecast || f.namedElse && !f.namedAhead:
		// "rates have risen five times, and the bank will meet on
		// Thursday": the move is named, but not where the text looks
		// ahead, or only as its condition ("… until rates are higher");
		// or the claim's words stand only where the text does not look
		// ahead ("while the Tories focus on controlled immigration, …
		// people will not be fooled": what is predicted is another thing)
		return nil, true
	case f.all:
		return tx, false
	}
	kept := f.kept[:len(f.kept)-1] // the last clause's end
	_, read = c.pair(cl.text, strings.Join(kept, " "))
	return read, false
}

// hedgedPrediction clears the modal hedges and hedges of probability
// ("could", "may", "expected") followed within forecastReach words of
// their clause by a word of the claim's predicted move (a directional word of
// table stance-opposites) or its opposite, in a clause that names what
// moves (a content word of the claim besides the move), and reports
// whether it cleared one: "the figures could trigger more fare rises" is
// the speaker's forecast, hedged; the statement's hedged field records
// the hedge, the stance is the side taken. A modal of another clause, of
// another thing's move ("fears that interest rates may rise" for
// "inflation will rise") or of an event that is no move ("Zorvex may buy
// Pellham": a possibility) still hedges.
func (c *Classifier) hedgedPrediction(cl, tx *markedText) bool {
	move := c.moveWords(cl)
	if len(move) == 0 {
		return false
	}
	subject := c.claimStems(cl)
	cleared := false
	for _, cs := range c.clauses(tx) {
		names := false
		for k := cs.from; k < cs.to; k++ {
			names = names || subject[tx.stems[k]] && !c.isMove(tx, k, move)
		}
		if !names {
			continue
		}
		for i := cs.from; i < cs.to; i++ {
			if tx.cls[i] != clsHedge || tx.plen[i] != 1 || c.lex.clause[tx.words[i]]&(modalHedge|probableHedge) == 0 {
				continue
			}
			for j := i + 1; j < cs.to && j <= i+forecastReach; j++ {
				if c.isMove(tx, j, move) {
					tx.cls[i] = clsNone
					cleared = true
					break
				}
			}
		}
	}
	return cleared
}

// moveWords returns the stems of the move a claim predicts and of its
// opposite ("rise", "higher", "fall", "cut" … for "rates will rise"):
// the directional words of table stance-opposites among its predicate;
// empty for a claim that predicts no move.
func (c *Classifier) moveWords(cl *markedText) map[string]bool {
	dir := map[string]bool{}
	for s := range c.predicate(cl) {
		for _, o := range c.lex.opposite[s] {
			dir[s], dir[o] = true, true
		}
	}
	return dir
}

// isMove reports whether word i of tx names a move of moveWords: by its
// stem, or by a verb lemma for an irregular form ("rose", "fallen"),
// which the light stemmer leaves alone.
func (c *Classifier) isMove(tx *markedText, i int, move map[string]bool) bool {
	if tx.punct[i] || len(move) == 0 {
		return false
	}
	if move[tx.stems[i]] {
		return true
	}
	if c.lex.verbLemmas == nil || c.lex.stop[tx.words[i]] || !sharesInitial(tx.words[i], move) {
		return false
	}
	for _, l := range c.lex.verbLemmas(tx.words[i]) {
		if move[c.lex.stem(l)] {
			return true
		}
	}
	return false
}

// sharesInitial reports whether w starts with the letter of one of the
// stems: an irregular form starts as its lemma does ("rose", "fell",
// "grew"), so other words need not ask WordNet.
func sharesInitial(w string, stems map[string]bool) bool {
	for s := range stems {
		if s != "" && w != "" && s[0] == w[0] {
			return true
		}
	}
	return false
}

// steadyOnly reports whether tx says of a claim's moving thing only that
// it stays as it is: toward a claim of a move ("oil prices will rise"),
// it names no move of either direction and a clause of it that holds
// one of the claim's other words holds a steady word ("oil prices will
// remain quite high"). Staying is neither the move nor its opposite.
func (c *Classifier) steadyOnly(cl, tx *markedText) bool {
	move := c.moveWords(cl)
	if len(move) == 0 {
		return false
	}
	for i := range tx.words {
		if c.isMove(tx, i, move) {
			return false
		}
	}
	subject := c.claimStems(cl)
	for s := range move {
		delete(subject, s)
	}
	for _, cs := range c.clauses(tx) {
		if !tx.holdsAny(cs, subject) {
			continue
		}
		for k := cs.from; k < cs.to; k++ {
			if c.lex.clause[tx.words[k]]&steadyMark != 0 {
				return true
			}
		}
	}
	return false
}

// callAt reports whether word k of tx is a call word ("should", "stop")
// or a right or option to act ("the right to sell": what follows may be
// done, it is not forecast), but for a word of stopping that a negation
// reaches: "nothing will stop them winning" calls for nothing, it asserts
// the winning.
func (c *Classifier) callAt(tx *markedText, k int) bool {
	if c.roleAt(tx, k, callMark|optionMark) == 0 {
		return false
	}
	return !tx.negated[k] || c.roleAt(tx, k, preventMark) == 0
}
