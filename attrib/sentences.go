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
	dropReopenedQuotes(d, g)
	dropClosedBefore(d, g)
	stopAtCommaClose(d, g)
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
// free-standing quotations before the cue (freeStanding), and any
// fragment in a later sentence after a paraphrase (paraphraseHere).
func dropLaterSentences(d *layer.Doc, g *Group) {
	free := freeStanding(d, g)
	paraphrase := paraphraseHere(d, g)
	kept := g.Contents[:0]
	prev := g.Cue.Last // where the statement's text so far ends, past the cue
	for _, c := range g.Contents {
		later := c.First >= g.Cue.Last && d.Sent[c.First] != d.Sent[g.Cue.Last-1] && !afterColon(d, c.First)
		if later && (paraphrase || !quoted(d, c) && d.Toks[c.First].Kind != token.Quote) {
			continue // 'He said the club was sound. "We get on."': the quotation stands free
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

// stopAtCommaClose ends a content fragment that opens with a quotation
// at that quotation's close when a comma ends it and words outside any
// quotation follow: '"A," he said', '"A," drawing loud jeers', '"A,"
// but in fact …' — the quoted clause is what was said, the words after
// its comma are the reporter's. A quotation inside a paraphrase ('the
// "underhand trick," the bill stood …') is left alone.
func stopAtCommaClose(d *layer.Doc, g *Group) {
	for i := range g.Contents {
		c := &g.Contents[i]
		q := openingQuote(d, *c)
		if q < 0 {
			continue
		}
		k := d.Quotes[q].Close
		if k < 0 || k+1 >= c.Last || !isComma(d, k-1) || !narrationBetween(d, k+1, c.Last) {
			continue
		}
		c.Last = k + 1
	}
}

// openingQuote returns the quotation that content run c opens with, its
// opening mark or its first word inside it; -1 when none.
func openingQuote(d *layer.Doc, c Run) int {
	k := c.First
	if d.Toks[k].Kind == token.Quote && k+1 < c.Last {
		k++
	}
	q := int(d.Quote[k])
	if q < 0 || d.Quotes[q].First != k {
		return -1
	}
	return q
}

// dropReopenedQuotes ends g's content after its cue before a quotation
// that opens in a later sentence right after one the content holds was
// closed, nothing but punctuation between: in '"A," he said. "B." "C."'
// B resumes A's quotation, but C is a new one with no reporting clause
// of its own, a free-standing quotation (news style leaves a quotation
// that goes on open: '"B. "C."', continuesQuote). Fragments after it
// go too.
func dropReopenedQuotes(d *layer.Doc, g *Group) {
	for i := range g.Contents {
		c := &g.Contents[i]
		if c.First < g.Cue.Last {
			continue
		}
		for k := max(c.First-1, g.Cue.Last); k < c.Last; k++ {
			if !reopensAfterClose(d, g, k) {
				continue
			}
			if wordBetween(d, c.First, k) {
				c.Last = k
				i++
			}
			g.Contents = g.Contents[:i]
			return
		}
	}
}

// wordBetween reports whether a word lies in tokens [first, last).
func wordBetween(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if d.Toks[k].Kind == token.Word {
			return true
		}
	}
	return false
}

// reopensAfterClose reports whether token k is the opening mark of a
// quotation that follows, only punctuation between, the closing mark of
// another that g's content after its cue holds, one that ended in an
// earlier sentence and opened after the cue's sentence or a colon (not
// a programme's title the tagger took in: 'he said on "This Week." "B."').
func reopensAfterClose(d *layer.Doc, g *Group, k int) bool {
	p := closedBefore(d, k, g.Cue.Last)
	if p < 0 {
		return false
	}
	qp := d.Quotes[p]
	if d.Sent[qp.First] == d.Sent[g.Cue.Last-1] && !afterColon(d, qp.Open+1) {
		return false // a title in the cue's sentence: 'said on "This Week."'
	}
	return holdsQuote(g, qp, g.Cue.Last)
}

// closedBefore returns the quotation closed just before token k, the
// opening mark of another, with only punctuation between, in an earlier
// sentence, both after token from; -1 when none. The close must be a
// double mark: a single one is as often an apostrophe or closes a
// quotation nested in one that goes on ('"A: 'B'. "C."').
func closedBefore(d *layer.Doc, k, from int) int {
	if d.Toks[k].Kind != token.Quote || k+1 >= len(d.Toks) {
		return -1
	}
	q := d.Quote[k+1]
	if q < 0 || d.Quotes[q].Open != k {
		return -1
	}
	j := k - 1
	for j > from && d.Toks[j].Kind == token.Punct {
		j--
	}
	if j <= from || d.Toks[j].Kind != token.Quote || !doubleClose(d, j) {
		return -1
	}
	p := d.Quote[j-1]
	if p < 0 || p == q || d.Quotes[p].Close != j || d.Sent[j-1] == d.Sent[k+1] {
		return -1
	}
	return int(p)
}

// holdsQuote reports whether a content fragment of g from token from on
// overlaps quotation qs.
func holdsQuote(g *Group, qs layer.QuoteSpan, from int) bool {
	for _, c := range g.Contents {
		if c.First >= from && c.First < qs.Last && qs.First < c.Last {
			return true
		}
	}
	return false
}

// dropClosedBefore drops from g's content before its cue a quotation
// closed just before the one the cue reports opens, only punctuation
// between: in '"A." "B," she said.' A stands free, a quotation with no
// reporting clause of its own (often the speaker's of the sentence
// before: '"C," said Ida. "A." "B," said Ola.'), and B is what she said.
// The nearest such opening before the cue is where the content starts.
func dropClosedBefore(d *layer.Doc, g *Group) {
	if len(g.Contents) == 0 || g.Contents[0].First >= g.Cue.First {
		return
	}
	for k := g.Cue.First - 1; k > g.Contents[0].First; k-- {
		p := closedBefore(d, k, g.Contents[0].First)
		if p < 0 || !holdsQuote(g, d.Quotes[p], 0) {
			continue
		}
		kept := g.Contents[:0]
		for _, c := range g.Contents {
			if c.Last > k {
				c.First = max(c.First, k)
				kept = append(kept, c)
			}
		}
		g.Contents = kept
		return
	}
}

// doubleClose reports whether token k is a double closing mark: a
// single one is as often an apostrophe or closes a quotation nested in
// one that goes on.
func doubleClose(d *layer.Doc, k int) bool {
	switch d.Text[d.Toks[k].Start:d.Toks[k].End] {
	case "\"", "”", "»", "''":
		return true
	}
	return false
}

// paraphraseHere reports whether g's content in its cue's sentence is a
// paraphrase, the reporter's words for what was said: its first
// fragment follows the cue in the cue's sentence, opens with a word
// outside any quotation and ends outside one ("He said the club was in
// good shape."). A quotation in a later
// sentence with no cue of its own is then no more of it: the indirect
// statement ends with its sentence, and the quotation stands free as it
// would after any sentence of the reporter's.
func paraphraseHere(d *layer.Doc, g *Group) bool {
	if len(g.Contents) == 0 {
		return false
	}
	c := g.Contents[0]
	if c.First < g.Cue.Last || d.Sent[c.First] != d.Sent[g.Cue.Last-1] {
		return false // '"A," she said, as … "B."': what was said opens with a quotation
	}
	return d.Quote[c.First] < 0 && d.Toks[c.First].Kind == token.Word && !openAt(d, c.Last-1)
}

// openAt reports whether token k stands in a quotation that runs past
// its sentence: one left open or closed in a later sentence.
func openAt(d *layer.Doc, k int) bool {
	q := d.Quote[k]
	if q < 0 {
		return false
	}
	qs := d.Quotes[q]
	return qs.Close < 0 || d.Sent[qs.Close] != d.Sent[k]
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
// The sale …'), so B is the same speaker's. So is a quotation that
// opens the paragraph after a quoting group's cue ends its own ('"A,"
// he said.¶"B."'), as PolNeAR's guidelines read it. A continuation that
// a cue of its own reports, where the quotation it starts ends ('"B," he
// added.', '"B. "C," he added.'), is a statement of its own and stops
// the carry. A content run another group took inside a carried
// quotation (a cue after the reporter's next sentence) moves here; the
// rules read what that group has left. A transcript's turn ("PENCE:
// …", its cue the colon) is one paragraph: it carries nothing.
func carryQuotations(d *layer.Doc, gs []Group) {
	handOverQuotations(d, gs)
	for i := range gs {
		if len(gs[i].Contents) == 0 || d.Toks[gs[i].Cue.First].Kind == token.Punct {
			continue
		}
		q := nextParagraphQuote(d, gs, i)
		for {
			if q < 0 {
				q = continuation(d, gs[i].Contents[len(gs[i].Contents)-1])
			}
			if q < 0 || ownedCue(d, gs, d.Quotes[q].First, chainEnd(d, q)) {
				break
			}
			next, end := d.Quotes[q].First, d.Quotes[q].Last
			for j := range gs {
				if j != i {
					gs[j].Contents = cutOut(gs[j].Contents, next, end)
				}
			}
			gs[i].Contents = append(cutOut(gs[i].Contents, next, end), Run{Role: 2, First: next, Last: end})
			q = -1
		}
	}
}

// nextParagraphQuote returns the quotation that opens the paragraph
// after the one group i's cue ends, when the group quotes its speaker and
// no other cue follows its own in its sentence ('"We need the ferry," he
// said.¶"The town is with us."'); -1 when none.
func nextParagraphQuote(d *layer.Doc, gs []Group, i int) int {
	g := &gs[i]
	k := d.Sents[d.Sent[g.Cue.Last-1]].Last
	if k+1 >= len(d.Toks) || d.Line[k] == d.Line[k-1] || !quoted(d, g.Contents[len(g.Contents)-1]) {
		return -1 // "…," said Mr X.: a content after the cue may be its inverted source
	}
	for j := range gs {
		if j != i && gs[j].Cue.First >= g.Cue.Last && gs[j].Cue.First < k {
			return -1 // "…," he said, adding that …: the next statement's
		}
	}
	return opensQuote(d, k)
}

// opensQuote returns the quotation whose opening double mark is token k,
// -1 when none or when it encloses nothing.
func opensQuote(d *layer.Doc, k int) int {
	if k+1 >= len(d.Toks) || d.Toks[k].Kind != token.Quote {
		return -1
	}
	switch d.Text[d.Toks[k].Start:d.Toks[k].End] {
	case "\"", "“", "«", "„", "``", "''":
	default:
		return -1 // a single mark at a paragraph's start is more often an apostrophe ("'s route …")
	}
	q := int(d.Quote[k+1])
	if q < 0 || d.Quotes[q].Open != k || d.Quotes[q].First >= d.Quotes[q].Last {
		return -1
	}
	return q
}

// continuation returns the quotation that reopens right after content
// c, only punctuation between, when c ends in a quotation left open: at
// its line's end (the next paragraph opens with a mark) or at a sentence
// end where the text ran paragraphs into one line ('"A. "B."'); -1 when
// none.
func continuation(d *layer.Doc, c Run) int {
	q := int(d.Quote[c.Last-1])
	if q < 0 || d.Quotes[q].Close >= 0 {
		return -1
	}
	k := c.Last
	for k < len(d.Toks) && d.Toks[k].Kind == token.Punct {
		k++
	}
	if k >= len(d.Toks) || d.Line[k] > d.Line[c.Last-1]+1 {
		return -1
	}
	if nq := opensQuote(d, k); nq != q {
		return nq
	}
	return -1
}

// chainEnd returns the end of the inner tokens of the last quotation
// in the chain quotation q starts: one left open and reopened right
// after in its line ('"B. "C," he added.'), whose reporting clause is
// the whole chain's.
func chainEnd(d *layer.Doc, q int) int {
	for d.Quotes[q].Close < 0 {
		k := d.Quotes[q].Last
		for k < len(d.Toks) && d.Toks[k].Kind == token.Punct {
			k++
		}
		if k >= len(d.Toks) || d.Line[k] != d.Line[d.Quotes[q].Last-1] {
			break
		}
		nq := opensQuote(d, k)
		if nq < 0 || nq == q {
			break
		}
		q = nq
	}
	return d.Quotes[q].Last
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

// handOverQuotations gives the quotations a paraphrase took in from the
// next sentence to the statement that quotes the same sentence's
// speaker before it: in '"A," said Holt, speaking of the vote. "B."' the
// reporter's participle clause is no sentence of narration between A
// and B, and B is Holt's as in '"A," said Holt. "B."'. The paraphrase
// keeps its copy until the rules have judged it, as the statement
// filter learnt it; then it drops it (paraphraseHere).
func handOverQuotations(d *layer.Doc, gs []Group) {
	for i := range gs {
		g := &gs[i]
		if !paraphraseHere(d, g) {
			continue
		}
		j := quotingBefore(d, gs, i)
		if j < 0 {
			continue
		}
		cueSent := d.Sent[g.Cue.Last-1]
		for _, c := range g.Contents {
			if c.First >= g.Cue.Last && d.Sent[c.First] == cueSent+1 && (quoted(d, c) || d.Toks[c.First].Kind == token.Quote) {
				gs[j].Contents = append(gs[j].Contents, c)
			}
		}
	}
}

// quotingBefore returns the group whose cue stands before group i's in
// its sentence and whose content is a quotation ending in that sentence
// before the cue ('"A," said Holt, …'), nothing after the cue (which
// may be its inverted source: '"A," says JK, also known as …'); -1 when
// none.
func quotingBefore(d *layer.Doc, gs []Group, i int) int {
	cueSent := d.Sent[gs[i].Cue.Last-1]
	for j := i - 1; j >= 0; j-- {
		h := gs[j]
		if d.Sent[h.Cue.Last-1] != cueSent {
			return -1
		}
		if c := h.Contents; len(c) == 1 && c[0].Last <= h.Cue.First && d.Sent[c[0].Last-1] == cueSent && quoted(d, c[0]) {
			return j
		}
	}
	return -1
}
