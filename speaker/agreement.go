package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// governedName reports whether the name starting at byte at is no
// better antecedent of the pronoun at byte pronoun than the speaker who
// last spoke, for it is what a verb or preposition of its clause
// governs, not the clause's subject.
//
// In the pronoun's own sentence (own), a relative clause the pronoun
// opens is about the name as its object ("Deutsche Bank, which it
// alleges …": not Deutsche Bank); else the name is governed when the
// pronoun opens the main clause after a phrase set off by a comma
// ("At a conference hosted by Ed Lane on Friday, he said"), not when it
// stands in a clause after the name's ("Iran gave champion Ali Kem a
// reward when he refused", "tycoon Bo Lind, who got frustrated by what
// he claimed"). In the sentence before, the name is governed when a
// subject of its own stands before it ("Souness paid tribute to Laurent
// Robert"), not in "But that was not enough for Mr Sarkozy", whose
// topic he is. Without part-of-speech tags no name is governed.
func (r *Resolver) governedName(at, pronoun int, own bool) bool {
	d := r.d
	if d.POS == nil {
		return false
	}
	i, p := d.TokenAt(at), d.TokenAt(pronoun)
	if i >= len(d.Toks) || i == 0 || p >= len(d.Toks) {
		return false
	}
	if own && p > 0 && layer.IsRelative(d.Low[p-1]) && r.nameEndsAt(i, p-1) {
		return true // "Deutsche Bank, which it alleges …"
	}
	governor := r.governor(i)
	switch {
	case governor < 0:
		return false
	case own:
		return p > 0 && isComma(d, p-1)
	}
	return r.pronounOrNameIn(d.Sents[d.Sent[i]].First, governor)
}

// passiveAgent reports whether the name at token i is a passive's agent:
// after "by" right after a past participle ("was echoed by Ana Rush").
func (r *Resolver) passiveAgent(i int) bool {
	d := r.d
	return i >= 2 && layer.IsAgent(d.Low[i-1]) && d.Sent[i-2] == d.Sent[i] && r.pos(i-2) == "VBN"
}

// nameEndsAt reports whether the name opening at token i runs to token
// k, a comma aside: only name words and no punctuation but a comma
// right before k stand between.
func (r *Resolver) nameEndsAt(i, k int) bool {
	d := r.d
	if k-1 > i && isComma(d, k-1) {
		k--
	}
	for j := i; j < k; j++ {
		if d.Toks[j].Kind != token.Word || !layer.Capitalised(d.Toks[j].Text(d.Text)) && !r.joiners.Has(d.Low[j]) {
			return false
		}
	}
	return k > i
}

// governor returns the verb or preposition that governs the name at
// token i, -1 when none does: a verb before it since its clause's last
// comma ("where he will take on … Jason Gardener"), or a preposition
// right before it ("paid tribute to Laurent Robert"). A passive's agent
// ("was echoed by Ana Rush"), the subject of an inverted cue ("…, says
// Ana Rush"), a copula's complement ("The star witness is Mr
// Sullivan") and the subject of a clause of its own a conjunction opens
// ("…, but captain Ana Rush sees hope"; not a relative clause's: "the
// values that most Britons hold") have none.
func (r *Resolver) governor(i int) int {
	d := r.d
	first := d.Sents[d.Sent[i]].First
	if r.passiveAgent(i) {
		return -1 // "was echoed by Ana Rush": the agent
	}
	end := r.nameEnd(i)
	ownClause := end < d.Sents[d.Sent[i]].Last && (r.finite(end) || r.pos(end) == "RB" && end+1 < d.Sents[d.Sent[i]].Last && r.finite(end+1))
	for j := i - 1; j >= first; j-- {
		switch p := r.pos(j); {
		case isComma(d, j):
			return -1
		case ownClause && p == "CC":
			return -1 // "but captain Ana Rush sees hope": her own clause's subject
		case j == i-1 && layer.IsPreposition(d.Low[j]):
			return j
		case strings.HasPrefix(p, "VB") && r.copula(j):
			return -1
		case strings.HasPrefix(p, "VB") || p == "MD":
			if d.Cue[j].Class != 0 && (j == first || isComma(d, j-1) || d.Toks[j-1].Kind == token.Quote || j == i-1 && d.Toks[end].Kind != token.Word) {
				return -1 // "…, says Ana Rush": the inverted cue's subject
			}
			return j
		}
	}
	return -1
}

// nameEnd returns the token after the name opening at token i: its
// capitalised words and joiners ("Bank of England").
func (r *Resolver) nameEnd(i int) int {
	d := r.d
	last := d.Sents[d.Sent[i]].Last
	j := i + 1
	for j < last && d.Toks[j].Kind == token.Word && (layer.Capitalised(d.Toks[j].Text(d.Text)) || j+1 < last && r.joiners.Has(d.Low[j]) && layer.Capitalised(d.Toks[j+1].Text(d.Text))) {
		j++
	}
	return j
}

// pronounOrNameIn reports whether tokens [first, end) hold a personal
// pronoun or a proper name, which may be their clause's subject.
func (r *Resolver) pronounOrNameIn(first, end int) bool {
	for j := first; j < end; j++ {
		if p := r.pos(j); p == "PRP" || strings.HasPrefix(p, "NNP") {
			return true
		}
	}
	return false
}

// copula reports whether verb token k is a linking verb ("is", "was"),
// whose complement is no object (polarity-words table, role copula; the
// possessive "'s" is no verb).
func (r *Resolver) copula(k int) bool {
	return strings.Contains(r.linking.Field(r.d.Low[k], 0), "copula")
}
