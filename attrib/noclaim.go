package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Three more frames in which a word of saying states no claim (the BBC
// readers' "should not exist", session 17; act-objects.tsv rows):
// a denial that withholds something from someone ("the keeper denied
// the striker", "an injury denied him the chance to …", laws "passed to
// deny gangs the profits"), a pledge of a bare thing ("Ailing firm vows
// turnaround", "has promised a decision"), and a reporter's gloss on a
// quotation ("she said, referring to the deaths of …"), which tells
// what the quotation was about.

// withheldDenial reports whether g's cue is a verb of denying
// (act-objects `withhold-verb`) outside any quotation that withholds
// rather than denies: its object is a person (a name, a person noun or
// role) followed by a second object or by nothing more of the clause
// ("denied Brell the chance", "denied the Dorn striker again"), or it is
// an infinitive of purpose after a passive participle ("were passed to
// deny smugglers the profits"). "denied the ferry firm had broken the
// law" (a clause after the name), "denied the charges" and "denied
// them" stay denials.
func (t *Tagger) withheldDenial(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(t.turns) > 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || d.Quote[k] >= 0 || t.actObjects.Field(t.actLemma(d, k), 0) != "withhold-verb" {
		return false
	}
	if s := d.Sents[d.Sent[k]]; k-2 >= s.First && d.POSNames[d.POS[k-1]] == "TO" && d.POSNames[d.POS[k-2]] == "VBN" {
		return true // "passed to deny": what a law was made for
	}
	switch Complement(d, k) {
	case CompObj, CompObjTo:
	default:
		return false
	}
	return t.personObject(d, k)
}

// personObject reports whether the noun phrase after the head word at k
// holds a person before a second object ("Brell [the] chance", "Elvis
// [his] number") or ends with a person and, after it, the clause ends
// or an adverb or a preposition follows ("the Dorn striker again").
func (t *Tagger) personObject(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	for m := k + 1; m < end && m <= k+maxObject && isNominal(d.POSNames[d.POS[m]]); m++ {
		if !t.personWord(d, m) {
			continue
		}
		if m+1 >= end {
			return true
		}
		switch next := d.POSNames[d.POS[m+1]]; {
		case next == "DT" || next == "PRP$" || next == "CD":
			return true // a second object
		case isNominal(next):
			continue
		case isAdverb(next), next == "IN", next == "TO", next == ".": // not a comma: "denied Mr Yeo, his spokesman, said …"
			return d.POSNames[d.POS[m]] != "PRP" // "denied them" denies the claims they stand for
		}
		return false
	}
	return false
}

// personWord reports whether token m names a person: a proper name, a
// person pronoun, a person noun or role.
func (t *Tagger) personWord(d *layer.Doc, m int) bool {
	switch d.POSNames[d.POS[m]] {
	case "NNP", "NNPS":
		return true
	case "PRP":
		return t.pronouns.Field(d.Low[m], 0) == "person"
	case "NN", "NNS":
		return !t.thingNoun(d, m)
	}
	return false
}

// pledgedThing reports whether g's cue is a verb of pledging
// (act-objects `pledge-verb`: vow, pledge, promise) outside any
// quotation with a bare object that names nothing said (no message
// noun) that ends its clause, or whose subject is a thing: "Failing
// Dorn Ferries vows turnaround", "has promised a decision this weekend",
// "the new discs promise sharper pictures" announce an intention or a
// prospect, no claim. A policy pledge with a phrase after its object
// ("promised £4bn in tax cuts", "an upper limit on the number of …"),
// "vowed to fight on", "promised that fares would not rise" and a
// pledge after a quotation stay.
func (t *Tagger) pledgedThing(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(t.turns) > 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || d.Quote[k] >= 0 || t.actObjects.Field(t.actLemma(d, k), 0) != "pledge-verb" {
		return false
	}
	if Complement(d, k) != CompObj || t.messageNouns.Has(objectHead(d, k)) || afterQuote(d, k) {
		return false
	}
	if len(g.Sources) > 0 {
		if head := subjectHead(d, nearest(g.Sources, g.Cue)); head >= 0 && t.thingNoun(d, head) {
			return true // "the next generation of discs promises sharper pictures": a thing holds promise
		}
	}
	end := d.Sents[d.Sent[k]].Last
	m := nounPhraseEnd(d, k+1, end)
	return m > k+1 && (m == end || d.POSNames[d.POS[m]] == "." || d.POSNames[d.POS[m]] == ",")
}

// quoteGloss reports whether g's cue is a reporter's gloss (act-objects
// `gloss-verb`: "referring") as a participle after a comma, whose
// content holds no quotation: "she said, referring to the late
// penalty" tells what the quotation was about. A gloss whose content
// runs on into the rest of the quotation ("…," he said, referring to X,
// "…") keeps that quotation and stays.
func (t *Tagger) quoteGloss(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(t.turns) > 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 1 || d.Quote[k] >= 0 || d.POSNames[d.POS[k]] != "VBG" || !isComma(d, k-1) {
		return false
	}
	if t.actObjects.Field(t.actLemma(d, k), 0) != "gloss-verb" {
		return false
	}
	for _, c := range g.Contents {
		for j := c.First; j < c.Last; j++ {
			if d.Toks[j].Kind == token.Quote || d.Quote[j] >= 0 {
				return false
			}
		}
	}
	return true
}
