package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// markClauses sets r.sub[k-first] for each token k of the sentence
// [first, last) that stands in a subordinate or relative clause ("who",
// "if", "the fact that" in stance-clauses), where a negation does not
// negate the main clause ("a mayor who is not going to panic", "if you
// are not playing"). The first word opens a subordinate clause only
// ("that" there is the content's complementizer or a pronoun: "That is
// not true"); "that" after a verb or adjective opens a complement, not a
// relative clause ("we believe that …": mainClause). A clause ends at a
// comma ("Although X, we never …"), at "but" ("it is not X that keeps it
// going but Y") or at a second finite verb, the main
// clause's ("the information that appeared … is fake"); a finite verb
// right after an auxiliary is the same verb ("which has meant"). A
// parenthesis between dashes stands apart (closingDash), and so does a
// participle clause after a comma once the main clause has its finite
// verb ("could liquidate its assets, leaving no money for …").
func (r *Reader) markClauses(d *layer.Doc, first, last int) {
	r.sub = r.sub[:0]
	open, verbs := false, 0
	j := first
	for ; j < last && d.Toks[j].Kind != token.Word; j++ {
		r.sub = append(r.sub, false) // an opening quotation mark
	}
	if j < last {
		open = r.subordinate(d.Low[j]) || r.subjectClause(d, j, first, last)
		r.sub = append(r.sub, open)
		j++
		if j < last && (r.contrasts(d.Low[j-1]) || r.coordinates(d.Low[j-1])) && r.subjectClause(d, j, first, last) {
			open = true // "But what has not been tested is …": the wh-clause is the subject
			r.sub = append(r.sub, open)
			j++
		}
	}
	mainVerb := false
	for ; j < last; j++ {
		mainVerb = mainVerb || !open && d.FiniteVerb(j)
		if end := closingDash(d, j, last); end > j {
			for ; j <= end; j++ {
				r.sub = append(r.sub, true) // "Africa - which sees …, … - would not"
			}
			j--
			continue
		}
		w := d.Low[j]
		switch {
		case !open && r.complementizer(d, j):
		case r.subordinate(w) || r.clauseRole(w, "relative"),
			w == "," && mainVerb && j+1 < last && tag(d, j+1) == "VBG":
			open, verbs = true, 0 // ", leaving no money for …": a participle clause after the main one
		case w == "," || r.contrasts(w):
			open = false
		case open && d.FiniteVerb(j) && !r.afterAuxiliary(d, j, first):
			verbs++
			open = verbs < 2
		}
		r.sub = append(r.sub, open)
	}
}

// closingDash returns the dash that closes a parenthesis opened by the
// dash at token j, before token last of its sentence: the next dash,
// with a word between (-1 when j is no dash or none follows). A
// parenthesis between dashes is no main clause ("the island - which
// loses ferries, boats and crews - would not be forgotten"): what it
// holds is the reporter's or the speaker's aside.
func closingDash(d *layer.Doc, j, last int) int {
	if !isDash(d, j) {
		return -1
	}
	for k := j + 1; k < last; k++ {
		if isDash(d, k) {
			if k > j+1 {
				return k
			}
			return -1
		}
	}
	return -1
}

// isDash reports whether token k is a dash standing alone: "-", "–" or
// "—" as punctuation, not a hyphen inside a word.
func isDash(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	if t.Kind == token.Word || t.Kind == token.Quote {
		return false
	}
	switch d.Low[k] {
	case "-", "–", "—", "--":
		return true
	}
	return false
}

// subordinate reports whether w opens a subordinate clause (roles of
// stance-clauses and polarity-words: "if", "although", "since").
func (r *Reader) subordinate(w string) bool {
	return r.clauseRole(w, "subordinate") || r.wordRole(w, "subordinate")
}

// complementizer reports whether token j opens a complement clause: a
// complementizer after a verb, an adjective, an adverb or an object
// pronoun ("believe that", "sure that", "told them that"), or after a
// coordinator that follows one ("that X … and that Y"); not after a noun
// ("the fact that", "a panel that": a relative clause).
func (r *Reader) complementizer(d *layer.Doc, j int) bool {
	if j == 0 || !layer.IsComplementizer(d.Low[j]) {
		return false
	}
	t := tag(d, j-1)
	return strings.HasPrefix(t, "VB") || strings.HasPrefix(t, "JJ") || t == "RB" || t == "PRP" || t == "MD" ||
		r.coordinates(d.Low[j-1]) && thatBefore(d, j-1)
}

// thatBefore reports whether a complementizer stands before token j in
// its sentence: "that X does not … and that Y has" repeats it.
func thatBefore(d *layer.Doc, j int) bool {
	for k := j - 1; k >= d.Sents[d.Sent[j]].First; k-- {
		if layer.IsComplementizer(d.Low[k]) {
			return true
		}
	}
	return false
}

// afterAuxiliary reports whether the finite verb at k continues the verb
// group before it ("has meant" tagged as two finite verbs): the word
// before it, adverbs and negations aside, is a finite verb or an
// auxiliary.
func (r *Reader) afterAuxiliary(d *layer.Doc, k, first int) bool {
	j := k - 1
	for j > first && (tag(d, j) == "RB" || r.negations.Has(d.Low[j])) {
		j--
	}
	return j >= first && j < k && (d.FiniteVerb(j) || r.wordRole(d.Low[j], "auxiliary"))
}

// clauseNegated reports whether the main assertion [s, e) of the
// sentence starting at first is negated, and whether it is a verdict of
// falsity ("is untrue", "is not true"): a negation in its main clause,
// outside subordinate clauses and before a complement clause ("This
// should mean he does not …" is affirmative), or a copula before a word
// of opposition ("we are opposed to", "was against") or a phrase that
// negates in meaning ("was far from being"); or, when its verb
// says, holds or shows what the complement says ("I think it is not …",
// "it is clear that no one …": a cue of the lexicon or a copula), a
// negated complement.
func (r *Reader) clauseNegated(d *layer.Doc, s, e, first, depth int) (negated, verdict bool) {
	verb, comp := r.mainClause(d, s, e, first)
	for k := s; k < comp; k++ {
		switch {
		case r.sub[k-first]:
		case r.negates(d, e, k) && !r.cancelled(d, k, s, e, verb):
			return true, r.verdict(d, k, e)
		case r.wordRole(d.Low[k], "opposed") && r.afterCopula(d, k, s), r.negatingPhrase(d, k, s, e),
			r.wordRole(d.Low[k], "near-negation"):
			return true, false
		}
	}
	if comp < e && depth < 3 && r.bridges(d, max(verb, s), comp, first) {
		return r.clauseNegated(d, comp, e, first, depth+1)
	}
	return false, false
}

// verdict reports whether the negation at k, in words ending at end,
// calls something untrue: a falsity word ("nonsense", "baseless") or a
// negated word of truth (polarity-words: truth; "is not true").
func (r *Reader) verdict(d *layer.Doc, k, end int) bool {
	if r.negations.Field(d.Low[k], 0) == "false" {
		return true
	}
	h := k + 1
	for h < end && tag(d, h) == "RB" {
		h++
	}
	return h < end && r.wordRole(d.Low[h], "truth")
}

// afterCopula reports whether a copula stands before token k, adverbs
// aside, within the words from s.
func (r *Reader) afterCopula(d *layer.Doc, k, s int) bool {
	j := k - 1
	for j > s && tag(d, j) == "RB" {
		j--
	}
	return j >= s && r.wordRole(d.Low[j], "copula")
}

// mainClause returns the main finite verb of the assertion [s, e) (-1
// when none) and where a complement clause after it starts (e when
// none): at a complementizer ("that"), or at the subject of a second
// finite verb ("mean [he] does not").
func (r *Reader) mainClause(d *layer.Doc, s, e, first int) (verb, comp int) {
	verb = -1
	for k := s; k < e; k++ {
		if r.sub[k-first] {
			continue
		}
		switch {
		case verb < 0 && k > s && r.complementizer(d, k) && strings.HasPrefix(tag(d, k-1), "VB"):
			return verb, k // "to ensure that …": a non-finite verb's complement
		case verb < 0:
			if d.FiniteVerb(k) || presentAfterSubject(d, k, s) {
				verb = k
			}
		case k > verb && r.complementizer(d, k):
			return verb, k
		case d.FiniteVerb(k) && !r.afterAuxiliary(d, k, s):
			return verb, subjectStart(d, verb, k)
		}
	}
	return verb, e
}

// subjectStart returns where the subject of the finite verb at k starts,
// after the verb at verb: the noun phrase right before k, back to its
// determiner ("there was no evidence [the money] had been spent").
func subjectStart(d *layer.Doc, verb, k int) int {
	j := k
	for j-1 > verb {
		switch t := tag(d, j-1); {
		case t == "DT" || t == "PRP$" || t == "WDT":
			return j - 1
		case strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "PRP" || t == "CD" || t == "POS" || t == "EX":
			j--
		default:
			return j
		}
	}
	return j
}

// bridges reports whether the main clause from its verb to the
// complement at comp says, holds or shows what the complement says: a
// verb of the cue lexicon of speech, assertion or belief, or of evidence
// after a pronoun ("it seems", "we found"; not "the figures showed"), with
// no verb or comma before the complement ("think", "told them that"; not
// "continued to wear it, as a way of ensuring that"), or a copula with only adverbs, adjectives
// of certainty or participles before the complement ("is that", "am
// sure", "is widely accepted that"; not "be made as long as no …", "is
// important that"). Other verbs do not
// ("should mean", "want", "ensure").
func (r *Reader) bridges(d *layer.Doc, verb, comp, first int) bool {
	for k := verb; k < comp; k++ {
		switch class := layer.CueClasses[d.Cue[k].Class]; class {
		case "speech", "assert", "belief", "evidence":
			if strings.HasPrefix(tag(d, k), "VB") && noVerbOrComma(d, k+1, comp) &&
				(class != "evidence" || r.pronounSubject(d, k)) {
				return true
			}
		}
		if r.wordRole(d.Low[k], "copula") && r.predicateOnly(d, k+1, comp) && !r.framedClause(d, k, comp, first) {
			return true
		}
	}
	return false
}

// pronounSubject reports whether a pronoun stands right before the verb
// at k, adverbs and auxiliaries aside: "it seems", "we found"
// assert what their complement says; "the figures showed" asserts what
// the figures showed, and a negation in it is theirs.
func (r *Reader) pronounSubject(d *layer.Doc, k int) bool {
	j := k - 1
	for j > 0 && (tag(d, j) == "RB" || tag(d, j) == "MD" || r.wordRole(d.Low[j], "auxiliary")) {
		j--
	}
	return j >= 0 && tag(d, j) == "PRP"
}

// noVerbOrComma reports whether no verb and no comma stand in tokens
// [first, last).
func noVerbOrComma(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if d.Low[k] == "," || strings.HasPrefix(tag(d, k), "VB") || tag(d, k) == "MD" {
			return false
		}
	}
	return true
}

// predicateOnly reports whether tokens [first, last) are adverbs,
// participles or adjectives of certainty (polarity-words: certain) only:
// a copula's predicate before its complement ("is clear that", "was
// told"; not "is important that": a value, not what is so).
func (r *Reader) predicateOnly(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		switch t := tag(d, k); {
		case t == "RB" || t == "VBN" || r.wordRole(d.Low[k], "certain"):
		default:
			return false
		}
	}
	return true
}

// tag returns token k's part-of-speech tag, "" without a tagger.
func tag(d *layer.Doc, k int) string {
	if d.POS == nil {
		return ""
	}
	return d.POSNames[d.POS[k]]
}

// framedClause reports whether the copula at k stands bare between a
// framing noun (polarity-words: framing-noun) as its subject's head and
// a complementizer at comp: "the reality is that the board does not
// want …", "the main issue is that not everyone has …" assert what the
// reality or the issue is, and a negation in the clause is the
// clause's (session 17); so does a subject clause ("what worried us
// was that the fees were not …"). "our aim is that the port will never close"
// and "the truth is that I never …" are no framing nouns: the speaker's
// own stand, which denies.
func (r *Reader) framedClause(d *layer.Doc, k, comp, first int) bool {
	if k+1 != comp || !layer.IsComplementizer(d.Low[comp]) {
		return false
	}
	j := k - 1
	for j > 0 && (tag(d, j) == "RB" || tag(d, j) == "MD" || r.wordRole(d.Low[j], "auxiliary")) {
		j--
	}
	if j >= 0 && r.wordRole(d.Low[j], "framing-noun") {
		return true
	}
	w := firstWord(d, first, k) // the assertion's sentence, from the content's start
	if w >= 0 && (r.contrasts(d.Low[w]) || r.coordinates(d.Low[w])) {
		w = firstWord(d, w+1, k)
	}
	return w >= 0 && r.subjectClause(d, w, first, comp) // "what made us uneasy was that …"
}

// subjectClause reports whether the word at j opens a clause that is
// its sentence's subject (polarity-words: subject-clause): the second
// finite verb after it, auxiliaries aside, is a copula ("what has not
// been tested [is] how …"), not "what they say are the costings and
// the speech did not …", where "what" is an object.
func (r *Reader) subjectClause(d *layer.Doc, j, first, last int) bool {
	if !r.wordRole(d.Low[j], "subject-clause") {
		return false
	}
	verbs := 0
	for k := j + 1; k < last; k++ {
		if !d.FiniteVerb(k) || r.afterAuxiliary(d, k, first) {
			continue
		}
		if verbs++; verbs == 2 {
			return r.wordRole(d.Low[k], "copula")
		}
	}
	return false
}

// presentAfterSubject reports whether the base-form verb at k (tagged
// VB) is a present tense the tags missed: it follows a plural noun, a
// name or a pronoun that opens the assertion at s, after at most a
// determiner or a possessive ("her proposals [mean] "we wouldn't …"":
// session 17), so a negation in the quotation after it is its
// complement's; not "help people find", whose noun follows a verb.
func presentAfterSubject(d *layer.Doc, k, s int) bool {
	if tag(d, k) != "VB" || k-1 < s {
		return false
	}
	switch tag(d, k-1) {
	case "NNS", "NNPS", "PRP":
	default:
		return false
	}
	j := k - 2
	for j >= s && (tag(d, j) == "JJ" || d.Toks[j].Kind != token.Word) {
		j--
	}
	return j < s || tag(d, j) == "DT" || tag(d, j) == "PRP$"
}
