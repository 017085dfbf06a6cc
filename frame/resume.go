package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// resumeAfterRelative carries g's last content, which follows its cue,
// over an aside set off by commas to the rest of its clause when the
// clause resumes with its finite verb right after the aside's closing
// comma: in "said the production, which cost £9m, was a blend of …" or
// "showed that GDP, on an annualised basis, fell 0.5%" the tagger often
// stops at the subject or the aside, cut short of what was said. The
// aside is a relative clause, or (after a content that is only a subject
// noun phrase, "that" before it allowed) an appositive, an age or a
// prepositional phrase with no finite verb of its own ("Mr Ebbers, 63,
// directed …", "energy and telecoms, two of the strongest sectors,
// draw …"); it may hold commas of a list. After "that" a past participle
// the tagger gave the verb counts as the verb ("that Mr Ebbers, 63,
// directed Mr Sullivan"). The clause runs to its sentence's end or a
// statement of its own (resumedEnd; the edges Bound sets after this
// still apply); not when no verb follows the aside ("said the single,
// which was released on Monday, because …"), when the content already
// holds its verb ("that the break up was amicable, although …" ends
// there: only a relative clause is carried over then), when the cue
// describes the sentence's subject or is a participle with no "that"
// after it ("the PAC supporting her candidacy, Priorities USA, may …"),
// when a conjunction opens the words after the comma ("the election,
// but their neighbor Ben Green, 83, knows …"), or across a quotation
// mark inside the aside, or a cue inside an aside that is no relative
// clause.
func resumeAfterRelative(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	k := c.Last
	if c.First < g.Cue.Last || k+2 >= len(d.Toks) || d.Sent[k] != d.Sent[c.Last-1] ||
		!isComma(d, k) || d.Quote[k] >= 0 {
		return
	}
	end := d.Sents[d.Sent[k]].Last
	for end > k && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	that := layer.IsComplementizer(d.Low[c.First])
	if t := tag(d, g.Cue.First); !that && (t == "VBG" || t == "VBN") || tag(d, k+1) == "CC" {
		return // "the PAC supporting X, Y PAC, may …", "X, and Y, …": no aside of the content's
	}
	comma := -1
	switch {
	case layer.IsRelative(d.Low[k+1]):
		comma = asideEnd(d, k+1, end, true, that)
	case describesSubject(d, g):
	case headedSubject(d, c.First, c.Last):
		comma = asideEnd(d, k+1, end, false, that)
	case subjectAside(d, c.First, c.Last) && verbAfter(d, k+1, end, that):
		comma = k // "that GDP, on an annualised basis[, fell …]"
	}
	if comma < 0 {
		return
	}
	if e := resumedEnd(d, comma+1, end); e > comma+1 {
		c.Last = e
	}
}

// maxAsideCommas bounds the commas inside an aside (a list: "three
// quangos, Elwa, the Tourist Board and the WDA, would be …").
const maxAsideCommas = 3

// asideEnd returns the comma that closes the aside opened at token j,
// the first one the clause's verb follows (verbAfter), -1 when none does
// before end or the aside holds a quotation mark, or (but in a relative
// clause) a cue or a finite verb; a relative clause must hold its verb
// before that comma.
func asideEnd(d *layer.Doc, j, end int, relative, that bool) int {
	commas, verb := 0, !relative
	for k := j + 1; k < end; k++ {
		verb = verb || strings.HasPrefix(tag(d, k), "VB") || tag(d, k) == "MD"
		switch {
		case d.Toks[k].Kind == token.Quote, d.Cue[k].Class != 0 && !relative:
			return -1 // a relative clause's cue is the clause's ("who is accused of …")
		case isComma(d, k):
			if verb && verbAfter(d, k+1, end, that) {
				return k // a relative clause's own verb came before ("which, in real terms, is …")
			}
			if commas++; commas > maxAsideCommas {
				return -1
			}
		case relative:
		case layer.IsRelative(d.Low[k]):
			relative = true // "a man who …": the phrase's own relative clause
		case d.FiniteVerb(k), d.Toks[k].Kind == token.Punct && !isBreak(d, k) && d.Low[k] != "%":
			return -1
		}
	}
	return -1
}

// verbAfter reports whether the verb of a clause opens the words from
// token j, adverbs before it allowed: a finite verb, or after "that"
// (that) a past participle with words after it, which the tagger gives
// a past tense after a subject and an aside ("that Mr Ebbers, 63,
// directed Mr Sullivan to …").
func verbAfter(d *layer.Doc, j, end int, that bool) bool {
	if mainVerbAfter(d, j, end) {
		return true
	}
	for j < end && d.POSNames[d.POS[j]] == "RB" {
		j++
	}
	return that && j+1 < end && d.POSNames[d.POS[j]] == "VBN" && d.Toks[j+1].Kind == token.Word && !layer.IsAgent(d.Low[j+1])
}

// headedSubject reports whether tokens [first, last), "that" before them
// allowed, are a noun phrase that can be a clause's subject: nominal
// words, prepositions and conjunctions, ending at a noun or pronoun.
// attrib's bareSubject, which carries a content over the finite verb
// right after it, asks less (a participle or an adverb may stand in
// it, any word may end it): here a comma and an aside follow, and only
// a phrase that ends at its head is the subject the aside describes
// ("that GDP, on an annualised basis, fell"), not a clause's last words.
func headedSubject(d *layer.Doc, first, last int) bool {
	if first < last && layer.IsComplementizer(d.Low[first]) {
		first++
	}
	if first >= last {
		return false
	}
	for k := first; k < last; k++ {
		tag := d.POSNames[d.POS[k]]
		if !nominalTag(tag) && tag != "IN" && tag != "CC" && tag != "TO" || d.Toks[k].Kind == token.Quote {
			return false
		}
	}
	tag := d.POSNames[d.POS[last-1]]
	// nominalTag admits no "PRP", so the loop has already refused a
	// phrase ending at a pronoun ("that he, 63, directed …"): the test
	// for it here is never true (left so: the outputs stay as they are)
	return strings.HasPrefix(tag, "NN") || tag == "PRP"
}

// subjectAside reports whether tokens [first, last) are a subject noun
// phrase (headedSubject) and, after its comma, an aside with no finite
// verb, quotation mark or cue ("that GDP, on an annualised basis").
func subjectAside(d *layer.Doc, first, last int) bool {
	i := first + 1
	for i < last && !isComma(d, i) {
		i++
	}
	if i+1 >= last || !headedSubject(d, first, i) {
		return false
	}
	for k := i + 1; k < last; k++ {
		if d.FiniteVerb(k) || d.Toks[k].Kind == token.Quote || d.Cue[k].Class != 0 || isComma(d, k) {
			return false
		}
	}
	return true
}

// resumedEnd returns where the clause resumed at token j ends: at end,
// or at the last comma or dash before a quotation mark or a cue that
// follows one (", the agency said", ", who also expressed an interest":
// a statement of its own); c.Last stays when no comma or dash precedes
// it. A cue in the resumed clause is more of what was said ("that the
// chancellor, during the launch, once again refused to deny …").
func resumedEnd(d *layer.Doc, j, end int) int {
	brk := -1
	for ; j < end; j++ {
		switch {
		case d.Toks[j].Kind == token.Quote, d.Cue[j].Class != 0 && brk >= 0:
			return brk
		case isBreak(d, j):
			brk = j
		}
	}
	return end
}

// resumeAfterFronted carries g's last content, which follows its cue and
// opens with "that", over an adjunct fronted before its clause's subject
// to the rest of the clause, when the tagger stopped at the adjunct's
// comma: "fears that if the trend is not reversed[, there could be …]",
// "found that at the same time[, more than twice as many CDs had …]",
// "preferred to state that[, as with other issues, the government's
// instinct was …]", "said that, although fares rose[, she feared …]". The adjunct is a subordinate clause (a subordinator
// of stance-clauses or polarity-words, not a relative pronoun) or a
// phrase with no finite verb; a subject and its finite verb must open
// the words after its comma (clauseAfter). The clause ends as
// resumeAfterRelative's does (resumedEnd).
func (r *Reader) resumeAfterFronted(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	k := c.Last
	if c.First < g.Cue.Last || k+2 >= len(d.Toks) || d.Sent[k] != d.Sent[c.Last-1] ||
		!isComma(d, k) || d.Quote[k] >= 0 || !layer.IsComplementizer(d.Low[c.First]) {
		return
	}
	end := d.Sents[d.Sent[k]].Last
	for end > k && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	comma := k
	j := c.First + 1
	if j < k && isComma(d, j) {
		j++ // "said that, although …, he feared …"
	}
	if j < k {
		if !r.frontedAdjunct(d, j, k) {
			return
		}
	} else if comma = r.frontedEnd(d, k+1, end); comma < 0 {
		return // "that, as with other issues, the …": the adjunct is past the tagger's comma
	}
	if v := clauseAfter(d, comma+1, end); v < 0 || d.Cue[v].Class != 0 && v+1 < end && isBreak(d, v+1) {
		return // "that in May, he said, the port …": the reporter's parenthesis
	}
	if e := resumedEnd(d, comma+1, end); e > comma+1 {
		c.Last = e
	}
}

// frontedAdjunct reports whether tokens [j, k) are an adjunct that may
// stand before a clause's subject: a subordinate clause, or a phrase
// with no finite verb, quotation mark or cue.
func (r *Reader) frontedAdjunct(d *layer.Doc, j, k int) bool {
	if r.subordinate(d.Low[j]) && (!layer.IsRelative(d.Low[j]) || tag(d, j) == "WRB") {
		return true // "that when …, customers were …": after "that", no relative's "when"
	}
	if tag(d, j) != "IN" && tag(d, j) != "RB" {
		return false
	}
	for ; j < k; j++ {
		if d.FiniteVerb(j) || d.Toks[j].Kind == token.Quote || d.Cue[j].Class != 0 {
			return false
		}
	}
	return true
}

// frontedEnd returns the comma that closes an adjunct opening at token
// j, -1 when none closes one before end.
func (r *Reader) frontedEnd(d *layer.Doc, j, end int) int {
	for k := j + 1; k < end; k++ {
		if isBreak(d, k) {
			if isComma(d, k) && r.frontedAdjunct(d, j, k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// maxSubject bounds the words of a subject clauseAfter reads.
const maxSubject = 10

// clauseAfter returns the finite verb of a clause that opens at token j,
// -1 when none does: a subject (a pronoun, "there", or nominal words,
// prepositions and conjunctions) and a finite verb after it, adverbs
// before the verb allowed, within maxSubject words and no comma.
func clauseAfter(d *layer.Doc, j, end int) int {
	if j >= end || d.Toks[j].Kind != token.Word {
		return -1
	}
	if t := tag(d, j); !nominalTag(t) && t != "EX" && t != "PRP" && t != "RBR" {
		return -1
	}
	for k := j + 1; k < end && k <= j+maxSubject; k++ {
		switch t := tag(d, k); {
		case d.FiniteVerb(k):
			return k
		case d.Toks[k].Kind != token.Word:
			return -1
		case !nominalTag(t) && t != "IN" && t != "CC" && t != "RB" && t != "RBR":
			return -1
		}
	}
	return -1
}
