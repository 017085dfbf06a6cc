package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A word is a reporting cue in some constructions and not in others:
// "plans" reports nothing in "plans to cut jobs" and "blasted" nothing in
// "blasted over the bar", while "said the deal was dead" and "warned
// that …" report. What follows the head of a cue, its complement, is read
// here the same way on PolNeAR's training text (CueStats, which counts
// how often annotators made a word with each complement a cue's head) and
// on the text being read (attributionCue, which asks those counts).

// Comp is the kind of complement that follows a cue's head word.
type Comp uint8

const (
	CompEnd     Comp = iota // nothing: a comma or the sentence's end (", he said.")
	CompThat                // "that …"
	CompQuote               // a quotation mark or a colon
	CompTo                  // "to" and a verb: "plans to cut", "vowed to fight"
	CompWh                  // "whether", "why", "how" …: "did not say why"
	CompPrep                // a prepositional phrase: "warned of", "blasted over"
	CompClause              // a clause without "that": "said the deal was dead"
	CompObjThat             // an object, then "that" or a quotation: "told reporters that"
	CompObjTo               // an object, then "to" and a verb: "urged Iran to"
	CompObjAs               // an object, then "as": "described it as", "see X as"
	CompObj                 // an object alone: "denied the report", "suffered a loss"
	NumComps
)

// CompNames names each Comp in the cue-heads table.
var CompNames = [NumComps]string{"end", "that", "quote", "to", "wh", "prep", "clause", "obj-that", "obj-to", "obj-as", "obj"}

// maxObject bounds the words of an object read past to find what follows.
const maxObject = 8

// Complement returns the kind of complement after the head word at token
// k, read from the tokens and their part-of-speech tags within k's
// sentence; adverbs and particles right after the head are read past
// ("said earlier that", "pointed out that").
func Complement(d *layer.Doc, k int) Comp {
	end := d.Sents[d.Sent[k]].Last
	j := k + 1
	for j < end && d.POS != nil && isAdverb(d.POSNames[d.POS[j]]) {
		j++
	}
	if j+1 < end && d.POS != nil && d.POSNames[d.POS[j]] == "EX" && d.FiniteVerb(j+1) && isVerb(d, k) && saysSomething(d.Cue[k].Class) {
		return CompClause // "adding there was no …"; not "in no doubt there would", "the data indicated there …"
	}
	if c, ok := opening(d, j, end); ok {
		if c == CompPrep {
			// a prepositional phrase, then "that" or a quotation: "said
			// on Tuesday that", "told the BBC in an interview:"
			if m := skipPhrase(d, j+1, end); m < end {
				if c2, ok := opening(d, m, end); ok && (c2 == CompThat || c2 == CompQuote || c2 == CompTo) {
					return c2 // "agreed on Friday to suspend": a to-infinitive
				}
			}
		}
		return c
	}
	m := skipPhrase(d, j, end)
	if m >= end || m == j {
		if m == j && m < end && d.FiniteVerb(m) {
			return CompClause
		}
		return CompObj
	}
	if d.FiniteVerb(m) {
		return CompClause
	}
	if c, ok := opening(d, m, end); ok {
		switch c {
		case CompThat, CompQuote:
			return CompObjThat
		case CompTo:
			return CompObjTo
		case CompPrep:
			if layer.IsLikeness(d.Low[m]) && (!layer.IsExemplifier(d.Low[m-1]) || m-1 == j) { // "seen storms such as Ulla close …": examples; "shows such as" is a noun's
				return CompObjAs
			}
			if p := skipPhrase(d, m+1, end); p < end {
				if c2, ok := opening(d, p, end); ok && (c2 == CompThat || c2 == CompQuote) {
					return CompObjThat // "told reporters in Paris that"
				}
			}
		}
	}
	return CompObj
}

// opening reads the complement that token j opens when it is a word of
// its own kind (not the start of an object): ok is false for an object.
func opening(d *layer.Doc, j, end int) (Comp, bool) {
	if j >= end {
		return CompEnd, true
	}
	t := d.Toks[j]
	if t.Kind == token.Quote {
		return CompQuote, true
	}
	if t.Kind == token.Punct {
		if d.Text[t.Start] == ':' {
			return CompQuote, true
		}
		return CompEnd, true
	}
	if d.POS == nil {
		return 0, false
	}
	tag := d.POSNames[d.POS[j]]
	switch {
	case layer.IsComplementizer(d.Low[j]) && (tag == "IN" || tag == "DT" || tag == "WDT"):
		if tag == "DT" && j+1 < end && isNominal(d.POSNames[d.POS[j+1]]) {
			return 0, false // "that report": an object
		}
		return CompThat, true
	case tag == "TO":
		if j+1 < end && d.POSNames[d.POS[j+1]] == "VB" {
			return CompTo, true
		}
		return CompPrep, true
	case tag == "WRB" || tag == "WP" || layer.IsInterrogative(d.Low[j]) && (!layer.IsConditional(d.Low[j]) || tag == "IN"):
		return CompWh, true
	case tag == "IN" || tag == "RP":
		return CompPrep, true
	}
	return 0, false
}

// skipPhrase returns the token after the noun phrase (determiners,
// adjectives, nouns, pronouns, numbers, possessives) starting at j, at
// most maxObject words on.
func skipPhrase(d *layer.Doc, j, end int) int {
	if d.POS == nil {
		return j
	}
	m := j
	for m < end && m < j+maxObject && d.Toks[m].Kind == token.Word && isNominal(d.POSNames[d.POS[m]]) {
		m++
	}
	return m
}

func isAdverb(tag string) bool { return tag == "RB" || tag == "RBR" }

func isNominal(tag string) bool {
	switch tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "POS", "$":
		return true
	}
	return false
}
