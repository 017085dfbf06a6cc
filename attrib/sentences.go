package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// The sentence-end rules of step 3: where a content stops at a closing
// quotation mark or its sentence's end, and which fragments in other
// sentences are no part of it (a later sentence of the reporter's, a
// free-standing quotation before the cue).

// stopAtQuoteClose ends a content at a closing quotation mark that ends
// a sentence when the content runs on into a next sentence outside any
// quotation: what follows is the reporter's ("… 'the election will come
// when it comes.' It is widely expected to be 5 May"), not the
// speaker's. Within one sentence words after the close are often still
// the speaker's ("'… lethal defensive weapons' to Ukraine").
func stopAtQuoteClose(d *layer.Doc, g *Group) {
	dropLaterSentences(d, g)
	for i := range g.Contents {
		c := &g.Contents[i]
		if c.First >= g.Cue.Last && !afterColon(d, c.First) {
			stopAtSentence(d, c)
		}
		for k := c.First; k+1 < c.Last; k++ {
			if k == c.First || d.Quote[k-1] < 0 || d.Quotes[d.Quote[k-1]].Close != k ||
				d.Sent[k+1] == d.Sent[k] || d.Quote[k+1] >= 0 || d.Toks[k+1].Kind == token.Quote {
				continue // not a closing mark ending a sentence outside quotes
			}
			c.Last = k + 1
			break
		}
	}
}

// dropLaterSentences drops a content fragment after the cue that opens
// a later sentence outside any quotation and not after a colon: in
// '"…," said Mr Short. More and more firms are …' the next sentence is
// the reporter's. It also drops the free-standing quotations before the
// cue (freeStanding).
func dropLaterSentences(d *layer.Doc, g *Group) {
	free := freeStanding(d, g)
	kept := g.Contents[:0]
	for _, c := range g.Contents {
		if c.First >= g.Cue.Last && d.Sent[c.First] != d.Sent[g.Cue.Last-1] && !quoted(d, c) &&
			d.Toks[c.First].Kind != token.Quote && !afterColon(d, c.First) {
			continue
		}
		if c.Last <= free {
			continue
		}
		kept = append(kept, c)
	}
	g.Contents = kept
}

// freeStanding returns the token up to which g's content fragments are a
// free-standing quotation glued to the cue's content (0 when none): when
// the cue's sentence holds content after the cue, a fragment ending in an
// earlier sentence with words outside any quotation between it and what
// follows it ('"We cannot wait." The fishermen met. Ms Holt said the
// council would vote') is no part of what was said there, whoever said
// it, nor is any fragment before it. Only marks between a fragment and
// the next keep it: it opens the quotation the cue's sentence ends
// ('"A. "B," she said, "C."').
func freeStanding(d *layer.Doc, g *Group) int {
	cueSent := d.Sent[g.Cue.Last-1]
	saysHere := false
	for _, c := range g.Contents {
		saysHere = saysHere || c.First >= g.Cue.Last && d.Sent[c.First] == cueSent
	}
	if !saysHere {
		return 0
	}
	next := g.Cue.First
	for i := len(g.Contents) - 1; i >= 0; i-- {
		c := g.Contents[i]
		if c.Last > g.Cue.First {
			continue
		}
		if d.Sent[c.Last-1] < d.Sent[g.Cue.First] && narrationBetween(d, c.Last, next) {
			return c.Last // and every fragment before it
		}
		next = c.First
	}
	return 0
}

// narrationBetween reports whether a word outside any quotation lies in
// tokens [first, last).
func narrationBetween(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if d.Toks[k].Kind == token.Word && d.Quote[k] < 0 {
			return true
		}
	}
	return false
}

// afterColon reports whether token k follows a colon ("KESSLER: I am
// certain. We test …", "He said: …"): speech, quoted or not, may run on.
func afterColon(d *layer.Doc, k int) bool {
	for k--; k >= 0 && d.Toks[k].Kind == token.Quote; k-- {
	}
	return k >= 0 && d.Toks[k].Kind == token.Punct && d.Text[d.Toks[k].Start] == ':'
}

// stopAtSentence ends a content at the end of a sentence when the next
// sentence opens outside any quotation: a paraphrase ends with its
// sentence ("questioned what would be exempted. He was keen to know …"
// is the reporter's); only a quotation runs on.
func stopAtSentence(d *layer.Doc, c *Run) {
	for k := c.First + 1; k < c.Last; k++ {
		if d.Sent[k] != d.Sent[k-1] && d.Quote[k] < 0 && d.Toks[k].Kind != token.Quote {
			c.Last = k
			return
		}
	}
}
