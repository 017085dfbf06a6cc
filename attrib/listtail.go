package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Bounds of the list extendList carries a content over.
const (
	maxListItem = 8  // tokens of one item before the last
	maxLastItem = 12 // tokens of the last item
)

// extendList carries a content that the tagger ended on a noun just
// before a comma over the rest of the list that noun opens: "claimed the
// race would be between [himself], X and Y", "said he wore [a mask], a
// dark jacket and trainers" printed the first item alone, what the
// speaker said cut at its first comma. The words after the comma must be
// noun phrases parted by commas (none opening with a preposition, a
// participle or a relative word, none holding a finite verb) and then a
// coordinating conjunction (not a contrast) and a last noun phrase, with
// no cue of another statement to the sentence's end; the last one ends
// at the sentence's end, a dash or a contrast ("… and Y of Spain [but Z
// is unfazed]"), not at a comma (", education and training body X, the
// board …" has no list where the first "and" stands). A comma before
// one phrase alone is an apposition or the writer's gloss (", a firm
// that …"), and so is a name's with a determiner and one "and" (", a
// lawyer and writer"): they are left.
func (t *Tagger) extendList(d *layer.Doc, g *Group, labs []uint8) {
	if d.POS == nil || len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	k := c.Last
	if c.First < g.Cue.Last || k >= len(d.Toks) || !isComma(d, k) || d.Sent[k] != d.Sent[k-1] || !nominalTag(d, k-1) {
		return
	}
	end := d.Sents[d.Sent[k]].Last
	for j := k; j < end; j++ {
		if roleOf(labs[j]) == 1 {
			return // another statement's cue: ", X and Y said"
		}
	}
	k++
	// a name, a comma and a determiner: "Ms Vale, a lawyer and writer"
	// says who she is, unless more items follow
	apposed := isProperNoun(d, c.Last-1) && d.POSNames[d.POS[k]] == "DT"
	for items := 0; ; items++ {
		if k >= end {
			return
		}
		if d.POSNames[d.POS[k]] == "CC" && !t.contrasts[d.Low[k]] {
			if items == 0 || items == 1 && apposed {
				return // ", and …": a clause of its own
			}
			if last := t.lastItem(d, k+1, end, labs); last > 0 {
				c.Last = last
			}
			return
		}
		next := t.listItem(d, k, end, labs)
		if next < 0 {
			return
		}
		k = next
	}
}

// listItem reads a noun phrase that opens at token k and returns where
// the token after it starts the next item (past a comma) or is the
// list's conjunction; -1 when the words there are no such item.
func (t *Tagger) listItem(d *layer.Doc, k, end int, labs []uint8) int {
	if !itemOpener(d, k) {
		return -1
	}
	for j := k; j < end && j < k+maxListItem; j++ {
		if !itemWord(d, j, labs) {
			return -1
		}
		if j > k && isComma(d, j) {
			return j + 1
		}
		if j > k && d.POSNames[d.POS[j]] == "CC" && !t.contrasts[d.Low[j]] {
			return j
		}
	}
	return -1
}

// lastItem returns where the list's last noun phrase, opening at token
// k, ends; 0 when the words there are no noun phrase.
func (t *Tagger) lastItem(d *layer.Doc, k, end int, labs []uint8) int {
	if k >= end || !itemOpener(d, k) {
		return 0
	}
	j := k
	for ; j < end && j < k+maxLastItem; j++ {
		if isComma(d, j) {
			return 0 // "X, A, B and C, would be …": a list set off inside a subject, or read wrong
		}
		if t.contrasts[d.Low[j]] || d.Toks[j].Kind == token.Punct && isDash(d, j) {
			break
		}
		if !itemWord(d, j, labs) {
			return 0
		}
	}
	for j == end && j > k && d.Toks[j-1].Kind != token.Word {
		end--
		j = end // the sentence's full stop
	}
	if j == k || j == k+maxLastItem && j < end && d.Toks[j].Kind == token.Word {
		return 0
	}
	return j
}

// itemOpener reports whether token k can open a noun phrase of a list:
// a determiner, possessive, adjective, noun or number.
func itemOpener(d *layer.Doc, k int) bool {
	if d.Toks[k].Kind != token.Word {
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD":
		return true
	}
	return false
}

// itemWord reports whether token k may stand inside a list's noun
// phrase: no quotation mark, no finite verb, no label but a source's
// (the tagger reads a list after a comma as a source with no cue:
// "…, radio or TV").
func itemWord(d *layer.Doc, k int, labs []uint8) bool {
	if labs[k] != labO && roleOf(labs[k]) != 0 || d.Toks[k].Kind == token.Quote {
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "VBD", "VBZ", "VBP", "MD", "WDT", "WP":
		return false
	}
	return true
}

// nominalTag reports whether token k is a noun, pronoun or number: the
// head a list's first item ends with.
func nominalTag(d *layer.Doc, k int) bool {
	switch d.POSNames[d.POS[k]] {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "CD":
		return true
	}
	return false
}

func isProperNoun(d *layer.Doc, k int) bool {
	tag := d.POSNames[d.POS[k]]
	return tag == "NNP" || tag == "NNPS"
}
