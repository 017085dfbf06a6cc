package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/layer"
)

// A word of noun-senses.tsv ("calls", "show") that is read as a verb
// with the words before it for its speaker may be the head of a
// compound noun (session 15, the BBC readers' "should not exist":
// "voice calls which are offered by …", "the trade show which opens on
// Monday", "TV talent show The X Factor is to return"). Two marks of
// the noun that hold whatever the tagger reads: a relative clause with
// no subject of its own right after the word (a verb reports a clause,
// it is not described by one: "calls which are offered"), and a verb's
// base form right after a singular common noun, a subject it cannot
// agree with ("talent show", "information show").

// describedByRelative reports whether the word after token k opens a
// subject relative clause: a relative word (word-classes `relative`:
// "which", "that") and a finite verb or a modal right after it, an
// adverb between them or not ("calls which are offered", "calls that
// often cost more"). "calls that a disgrace" has a determiner there, and
// "the poll shows that is …" does not occur.
func describedByRelative(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	j := k + 1
	if d.POS == nil || j+1 >= end || !layer.IsRelative(d.Low[j]) {
		return false
	}
	switch d.POSNames[d.POS[j]] {
	case "WDT", "IN":
	default:
		return false // "who", "where", "when": a person, a place, a time
	}
	v := j + 1
	if d.POSNames[d.POS[v]] == "RB" && v+1 < end {
		v++
	}
	return d.FiniteVerb(v)
}

// nounByAgreement reports whether token k is a verb's base form (VBP)
// right after a singular common noun (NN) of the same sentence: "TV
// talent [show] The X Factor is to return". A subject of one would take
// "shows"; the two words are one noun. A capitalised noun may be the
// end of a name the tagger read as a common noun, and the name the
// object of another verb: "told the BBC's Breakfast with Frost [show]
// the money …" (where the cue is wrong, but the statement is real).
func nounByAgreement(d *layer.Doc, k int) bool {
	if d.POS == nil || k == 0 || d.Sent[k-1] != d.Sent[k] {
		return false
	}
	if d.POSNames[d.POS[k]] != "VBP" || d.POSNames[d.POS[k-1]] != "NN" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(d.Text[d.Toks[k-1].Start:])
	return unicode.IsLower(first)
}
