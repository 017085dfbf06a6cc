package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A quotation that goes on without a new cue: news style quotes a
// speaker, then lets the next sentence or paragraph open with another
// quotation that carries the same voice on, with no reporting verb of its
// own ('"We will fight this," he said. "The board has no right to sell."'
// or 'Mr Bates said the offer was "an insult". "They know it is worth
// more."'). Readers count the statement's content cut short when the
// continuation is left out, and PolNeAR's annotators join it too. The
// sentence rules (sentences.go) drop such a quotation from a content
// (a paraphrase before it, a quotation closed before it reopens); after
// all rules have run, joinContinuations gives it back as another
// fragment of the content when nothing between could make it another
// speaker's.

// joinContinuations gives each group whose content holds a quotation
// (a direct or mixed statement) the quotations that open the sentences
// right after its own, in its paragraph or the next, while each is a
// whole sentence of quotation no cue reports: no cue of the lexicon
// outside quotation marks in its sentences, no group's cue in them, no
// other group's run in them, and no other statement after the group's
// in its last sentence ('"A," he said, adding that … "B."' leaves B to
// no one). A pure paraphrase takes nothing ('He said the club was sound.
// "We get on."': the quotation stands free, the s11-content3 reading).
func joinContinuations(d *layer.Doc, gs []Group) {
	for i := range gs {
		g := &gs[i]
		if g.Nested || len(g.Contents) == 0 || d.Toks[g.Cue.First].Kind == token.Punct || !holdsQuotation(d, g) {
			continue // a transcript turn's cue is its colon: the turn is its paragraph
		}
		end := groupEnd(g)
		s := int(d.Sent[end-1])
		if !d.Sents[s].Body() || laterStatement(gs, i, end, d.Sents[s].Last) {
			continue
		}
		for {
			q := continuingQuote(d, gs, d.Sents[s].Last)
			if q < 0 {
				break
			}
			qs := d.Quotes[q]
			g.Contents = append(g.Contents, Run{Role: 2, First: qs.First, Last: qs.Last})
			if g.ContinuedFrom == 0 {
				g.ContinuedFrom = qs.First
			}
			s = int(d.Sent[qs.Last-1])
		}
	}
}

// holdsQuotation reports whether a content token of g stands inside a
// quotation.
func holdsQuotation(d *layer.Doc, g *Group) bool {
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			if d.Quote[k] >= 0 {
				return true
			}
		}
	}
	return false
}

// groupEnd returns the end of g's last run, cue, source or content.
func groupEnd(g *Group) int {
	end := g.Cue.Last
	for _, r := range g.Sources {
		end = max(end, r.Last)
	}
	for _, r := range g.Contents {
		end = max(end, r.Last)
	}
	return end
}

// laterStatement reports whether another group, not a nested one, has a
// run in tokens [from, to): the sentence goes on to another statement
// after group i's, whose speaker a quotation after it might be.
func laterStatement(gs []Group, i, from, to int) bool {
	for j := range gs {
		if j == i || gs[j].Nested {
			continue
		}
		if overlapsRuns(gs[j], from, to) {
			return true
		}
	}
	return false
}

// overlapsRuns reports whether a run of g (cue, source or content)
// overlaps tokens [from, to).
func overlapsRuns(g Group, from, to int) bool {
	in := func(r Run) bool { return r.First < to && from < r.Last }
	if in(g.Cue) {
		return true
	}
	for _, r := range g.Sources {
		if in(r) {
			return true
		}
	}
	for _, r := range g.Contents {
		if in(r) {
			return true
		}
	}
	return false
}

// continuingQuote returns the quotation whose opening double mark is
// token k, the first of a body sentence in the paragraph of the token
// before it or the next, when it is a whole sentence of quotation (at
// most marks and punctuation outside it to its sentence's end, or left
// open at a sentence end) that no cue reports and no group's run
// overlaps; -1 otherwise.
func continuingQuote(d *layer.Doc, gs []Group, k int) int {
	if k <= 0 || k >= len(d.Toks) || d.Line[k] > d.Line[k-1]+1 || !d.Sents[d.Sent[k]].Body() {
		return -1
	}
	q := opensQuote(d, k)
	if q < 0 {
		return -1
	}
	qs := d.Quotes[q]
	sentEnd := d.Sents[d.Sent[qs.Last-1]].Last
	if qs.Close >= 0 && narrationBetween(d, qs.Close, sentEnd) {
		return -1 // '"Fantastic" was his word for it.': the reporter's sentence
	}
	if qs.Close < 0 && !endsWithSentence(d, qs.Last-1) {
		return -1 // '"He wanted to look like a leader. I¶was¶leader," says X': a sentence BBC broke over paragraphs
	}
	if ownedCue(d, gs, qs.First, chainEnd(d, q)) {
		return -1 // '"B," she added.' or '"B. "C," he added.'
	}
	for j := range gs {
		if overlapsRuns(gs[j], k, sentEnd) {
			return -1
		}
	}
	return q
}

// endsWithSentence reports whether token k is a sentence's final mark
// (tagged "." by the POS tagger: a full stop, question or exclamation
// mark): a quotation left open there goes on in the next paragraph's
// quotation; one left open elsewhere was cut by a paragraph break inside
// its sentence, and its reporting clause may follow the break.
func endsWithSentence(d *layer.Doc, k int) bool {
	return d.POS != nil && d.POSNames[d.POS[k]] == "."
}
