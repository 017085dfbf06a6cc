package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// maxIntroSubject bounds the words of the subject in a reporter's
// introduction of a quotation ("He added:", "Mr Tull said:").
const maxIntroSubject = 3

// stopAtReporterIntro ends g's contents that open with a quotation
// before a sentence inside them that is the reporter's introduction of
// the next quotation: a pronoun or a name, a verb of saying, a colon and
// an opening mark ("… because I was a Muslim. He added: "The …""). A
// quotation whose closing mark the article left out runs on, paired
// wrongly, into that introduction and past it (issue 14: the reporter's
// "He added:" kept in the content); the contents after it are the
// reporter's or the next quotation's, not this one's, and are dropped.
// When a pronoun opens the introduction ("He added:") the speaker goes
// on: the added quotation, to its closing mark, stays as a fragment
// (addedQuotation).
func stopAtReporterIntro(d *layer.Doc, g *attrib.Group) {
	for i := range g.Contents {
		c := &g.Contents[i]
		if d.Toks[c.First].Kind != token.Quote && (c.First == 0 || d.Toks[c.First-1].Kind != token.Quote) {
			continue
		}
		for k := c.First + 1; k < c.Last; k++ {
			if d.Sent[k] != d.Sent[k-1] && reporterIntroAt(d, k) {
				last := c.Last
				c.Last = k
				g.Contents = g.Contents[:i+1]
				if added, ok := addedQuotation(d, k, last); ok {
					added.Role = c.Role
					g.Contents = append(g.Contents, added)
				}
				return
			}
		}
	}
}

// reporterIntroAt reports whether a reporter's introduction of a
// quotation opens at token k: up to maxIntroSubject words of a pronoun
// or a name, a verb of saying, a colon and a quotation mark.
func reporterIntroAt(d *layer.Doc, k int) bool {
	j := k
	for j < len(d.Toks) && j-k < maxIntroSubject && d.Toks[j].Kind == token.Word && d.Cue[j].Class == 0 {
		if t := tag(d, j); t != "PRP" && t != "NNP" {
			return false
		}
		j++
	}
	if j == k || j+2 >= len(d.Toks) || d.Cue[j].Class == 0 || !strings.HasPrefix(tag(d, j), "VB") {
		return false
	}
	return d.Low[j+1] == ":" && d.Toks[j+2].Kind == token.Quote
}

// addedQuotation returns the quotation that the reporter's introduction
// at token k opens, when a pronoun is its subject: from after the
// opening mark to the first closing mark before token last (the old end
// of the content); false when the subject is a name (another speaker
// may be meant) or no closing mark comes.
func addedQuotation(d *layer.Doc, k, last int) (attrib.Run, bool) {
	if tag(d, k) != "PRP" {
		return attrib.Run{}, false
	}
	open := k + 3 // pronoun, verb, colon, then the mark
	for m := open + 1; m < last && m < len(d.Toks); m++ {
		if closingMark(d, m) {
			return attrib.Run{First: open + 1, Last: m}, m > open+1
		}
	}
	return attrib.Run{}, false
}
