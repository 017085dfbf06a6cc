package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// presentAfterPast reports whether the verb at token j, joined with no
// subject to a content whose last finite verb (verb) is a simple past
// under a cue in the past (cueTag "VBD"), opens a present perfect or a
// present passive or progressive — a present-tense auxiliary or copula
// (polarity-words), adverbs, and a participle — that goes on with a
// to-infinitive or is itself a word of saying: "said the figures were
// wrong [and has refused to withdraw them]", "said the tariff was unfair
// [and is expected to raise it]", "said the deal was void [and has
// denied any wrongdoing]". What was said is told in the past; the shift
// to the present is the reporter's, telling where the speaker stands now
// (issue 14), when the joined verb cannot agree with the content's
// subject (subjectClash). A content whose own verb is in the present ("said prices
// are high and have risen for years") keeps its joined verb.
func (r *Reader) presentAfterPast(d *layer.Doc, cueTag string, first, verb, j, end int) bool {
	if cueTag != "VBD" || verb < 0 || d.POSNames[d.POS[verb]] != "VBD" {
		return false
	}
	if t := d.POSNames[d.POS[j]]; t != "VBZ" && t != "VBP" || !r.wordRole(d.Low[j], "auxiliary") && !r.wordRole(d.Low[j], "copula") {
		return false
	}
	m := j + 1
	for m < end && d.POSNames[d.POS[m]] == "RB" {
		m++ // "has repeatedly refused", "has not withdrawn"
	}
	if m >= end || d.POSNames[d.POS[m]] != "VBN" && d.POSNames[d.POS[m]] != "VBG" {
		return false
	}
	infinitive := m+2 < end && d.POSNames[d.POS[m+1]] == "TO" && d.POSNames[d.POS[m+2]] == "VB"
	return (infinitive || d.CueClass(m, m+1) != "") && subjectClash(d, first, d.POSNames[d.POS[j]])
}

// subjectClash reports whether the present verb tagged verbTag ("VBZ"
// or "VBP") cannot agree with the subject of the content opening at
// token first: the last noun before the content's first finite verb is
// plural under "VBZ" or singular under "VBP" ("the figures were wrong
// and [has]"). A subject that agrees ("inflation fell … and [is]
// expected to remain") may go on, and so may a pronoun or a clause with
// no noun subject: only the clash tells the verb is the speaker's.
func subjectClash(d *layer.Doc, first int, verbTag string) bool {
	head := ""
	for k := first; k < len(d.Toks) && !d.FiniteVerb(k); k++ {
		if t := d.POSNames[d.POS[k]]; strings.HasPrefix(t, "NN") {
			head = t
		} else if t == "PRP" {
			return false
		}
	}
	plural := head == "NNS" || head == "NNPS"
	return head != "" && (verbTag == "VBZ" && plural || verbTag == "VBP" && !plural)
}
