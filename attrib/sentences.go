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
// the reporter's; and, from one that a sentence of the reporter's
// separates from what was said before it, every fragment: a quotation
// after the reporter's narration stands free. It also drops the
// free-standing quotations before the cue (freeStanding).
func dropLaterSentences(d *layer.Doc, g *Group) {
	free := freeStanding(d, g)
	kept := g.Contents[:0]
	prev := g.Cue.Last // where the statement's text so far ends, past the cue
	for _, c := range g.Contents {
		if c.First >= g.Cue.Last && d.Sent[c.First] != d.Sent[g.Cue.Last-1] && !quoted(d, c) &&
			d.Toks[c.First].Kind != token.Quote && !afterColon(d, c.First) {
			continue
		}
		if c.Last <= free {
			continue
		}
		if c.First >= g.Cue.Last && narrationSentence(d, prev, c.First) {
			break // '"A," said Ada Rusk. The vote is close. "B."': B is no more of this statement
		}
		prev = max(prev, c.Last)
		kept = append(kept, c)
	}
	g.Contents = kept
}

// narrationSentence reports whether a sentence of the reporter's lies
// wholly between tokens first and last: one that neither holds first's
// token before it nor last, with a word outside any quotation.
func narrationSentence(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if d.Sent[k] != d.Sent[first-1] && d.Sent[k] != d.Sent[last] && d.Toks[k].Kind == token.Word && d.Quote[k] < 0 {
			return true
		}
	}
	return false
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

// carryQuotations gives a group whose last content ends in a quotation
// left open at its paragraph's end the quotations that continue it in
// the next paragraphs: news style runs a quotation over paragraphs,
// opening each with a mark and closing only the last ('said: "A.¶"B."
// The sale …'), so B is the same speaker's. A continuation that a cue
// of its own reports in the sentence it closes ('"B," he added.') is a
// statement of its own and stops the carry. A content run another group
// took inside a carried quotation (a cue after the reporter's next
// sentence) moves here. A transcript's turn ("PENCE: …", its cue the
// colon) is one paragraph: it carries nothing.
func carryQuotations(d *layer.Doc, gs []Group) {
	for i := range gs {
		if d.Toks[gs[i].Cue.First].Kind == token.Punct {
			continue
		}
		for len(gs[i].Contents) > 0 {
			next, end := continuation(d, gs[i].Contents[len(gs[i].Contents)-1])
			if next < 0 || ownedCue(d, gs, next, end) {
				break
			}
			for j := range gs {
				gs[j].Contents = cutOut(gs[j].Contents, next, end)
			}
			gs[i].Contents = append(gs[i].Contents, Run{Role: 2, First: next, Last: end})
		}
	}
}

// continuation returns the inner tokens [first, last) of the quotation
// that reopens right after content c, only punctuation between, when c
// ends in a quotation left open: at its line's end (the next paragraph
// opens with a mark) or at a sentence end where the text ran paragraphs
// into one line ('"A. "B."'); first is -1 when none.
func continuation(d *layer.Doc, c Run) (int, int) {
	q := d.Quote[c.Last-1]
	if q < 0 || d.Quotes[q].Close >= 0 {
		return -1, 0
	}
	k := c.Last
	for k < len(d.Toks) && d.Toks[k].Kind == token.Punct {
		k++
	}
	if k+1 >= len(d.Toks) || d.Toks[k].Kind != token.Quote || d.Line[k] > d.Line[c.Last-1]+1 {
		return -1, 0
	}
	nq := d.Quote[k+1]
	if nq < 0 || nq == q || d.Quotes[nq].Open != k || d.Quotes[nq].First >= d.Quotes[nq].Last {
		return -1, 0
	}
	return d.Quotes[nq].First, d.Quotes[nq].Last
}

// ownedCue reports whether a cue of the groups or of the lexicon, outside
// quotations, stands in the quotation [first, last) or after it in the
// sentence it ends in: the quotation has a reporting clause of its own.
func ownedCue(d *layer.Doc, gs []Group, first, last int) bool {
	end := d.Sents[d.Sent[last-1]].Last
	for k := last; k < end; k++ {
		if d.Cue[k].Class != 0 && d.Quote[k] < 0 {
			return true
		}
	}
	for _, g := range gs {
		if g.Cue.First >= first && g.Cue.First < end {
			return true
		}
	}
	return false
}

// cutOut returns runs without their tokens inside [first, last), the
// marks around it included: a run reaching past it keeps its part
// outside.
func cutOut(runs []Run, first, last int) []Run {
	first, last = first-1, last+1
	kept := make([]Run, 0, len(runs)+1) // a run split in two takes two places
	for _, r := range runs {
		switch {
		case r.Last <= first || r.First >= last:
		case r.First < first && r.Last > last:
			kept = append(kept, Run{Role: r.Role, First: r.First, Last: first})
			r.First = last
		case r.First < first:
			r.Last = first
		case r.Last > last:
			r.First = last
		default:
			continue
		}
		kept = append(kept, r)
	}
	return kept
}
