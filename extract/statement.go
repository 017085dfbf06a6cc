package extract

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// newStatement starts the statement of g: its cue and content. It
// reports false when the content, quotation marks aside, is empty.
func newStatement(d *layer.Doc, doc *claimtrail.Document, g *attrib.Group) (claimtrail.Statement, bool) {
	st := claimtrail.Statement{Doc: doc.ID, Via: []claimtrail.Via{}}
	st.Cue = cueOf(d, g.Cue)
	// content, quotation marks excluded
	for _, c := range g.Contents {
		st.Content.Spans = appendContentSpans(st.Content.Spans, d, c)
	}
	if len(st.Content.Spans) == 0 {
		return st, false
	}
	st.Content.Spans = joinAdjacent(d.Text, st.Content.Spans)
	var parts []string
	for _, sp := range st.Content.Spans {
		parts = append(parts, d.Text[sp.Start:sp.End])
	}
	st.Content.Text = strings.Join(parts, " … ")
	return st, true
}

// joinAdjacent joins content spans that only white space parts: the
// tagger sometimes splits one quotation into runs of a sentence or even a
// token each ("We're getting that reviewed …" as 21 one-word runs), and
// a content printed "We … 're … getting" says words were left out where
// none were.
func joinAdjacent(text string, spans []claimtrail.Span) []claimtrail.Span {
	out := spans[:1]
	for _, sp := range spans[1:] {
		last := &out[len(out)-1]
		if sp.Start >= last.End && strings.TrimSpace(text[last.End:sp.Start]) == "" {
			last.End = sp.End
			continue
		}
		out = append(out, sp)
	}
	return out
}

// cited reports whether a group without a source cites ("…, citing
// satellite images"): what a speaker cites is the via of the statement
// before it in the sentence, which the group's contents join.
func cited(d *layer.Doc, g *attrib.Group, out []claimtrail.Statement) bool {
	if len(out) == 0 || !g.Cites {
		return false
	}
	prev := &out[len(out)-1]
	if k := d.TokenAt(prev.Cue.Span.Start); k < len(d.Toks) && d.Sent[k] == d.Sent[g.Cue.First] {
		for _, c := range g.Contents {
			for _, sp := range appendContentSpans(nil, d, c) {
				prev.Via = append(prev.Via, claimtrail.Via{Name: d.Text[sp.Start:sp.End], Span: sp})
				prev.Span = prev.Span.Join(sp)
			}
		}
		return true
	}
	return false
}

// appendContentSpans appends to dst the byte spans of a content run
// without quotation marks at its edges, one span per quotation where the
// run goes on from an unclosed quotation into the one that continues it
// ("A. "B."): the mark that reopens the quotation is no part of what was
// said.
func appendContentSpans(dst []claimtrail.Span, d *layer.Doc, c attrib.Run) []claimtrail.Span {
	for k := c.First + 1; k+1 < c.Last; k++ {
		if reopens(d, k) {
			dst = appendContentSpans(dst, d, attrib.Run{Role: c.Role, First: c.First, Last: k})
			return appendContentSpans(dst, d, attrib.Run{Role: c.Role, First: k, Last: c.Last})
		}
	}
	if sp, ok := trimmedSpan(d, c); ok {
		dst = append(dst, sp)
	}
	return dst
}

// reopens reports whether token k is the opening mark of a quotation that
// continues an unclosed one ending just before it.
func reopens(d *layer.Doc, k int) bool {
	if d.Toks[k].Kind != token.Quote {
		return false
	}
	q, next := d.Quote[k-1], d.Quote[k+1]
	return q >= 0 && next >= 0 && q != next && d.Quotes[q].Close < 0 && d.Quotes[q].Last == k && d.Quotes[next].Open == k
}

// trimmedSpan returns the byte span of a content run without quotation
// marks and edge punctuation at its ends, false when nothing is left.
// A mark at an edge whose partner lies inside the content stays, and the
// mark right after the run that closes a quotation opened inside it is
// taken in, so that the content's marks pair: 'the targets were
// "reasonably impressive"', '"Info cards" will help', not 'the targets
// were "reasonably impressive'.
func trimmedSpan(d *layer.Doc, c attrib.Run) (claimtrail.Span, bool) {
	first, last := c.First, c.Last
	for first < last && d.Toks[first].Kind == token.Quote && !pairedWithin(d, first, first+1, last-1) {
		first++
	}
	for last > first && (d.Toks[last-1].Kind == token.Quote && !pairedWithin(d, last-1, first+1, last-1) ||
		isEdgePunct(d.Toks[last-1].Text(d.Text))) {
		last--
	}
	if first >= last {
		return claimtrail.Span{}, false
	}
	if last == c.Last && last < len(d.Toks) && pairedWithin(d, last, first, last) {
		last++ // the run stopped before the mark closing a quotation it opened
	}
	return claimtrail.Span{Start: d.Toks[first].Start, End: d.Toks[last-1].End}, true
}

// pairedWithin reports whether quotation mark k pairs with a mark among
// tokens [lo, hi).
func pairedWithin(d *layer.Doc, k, lo, hi int) bool {
	p := markPartner(d, k)
	return p >= lo && p < hi
}

// markPartner returns the token of the quotation mark that pairs with
// the mark at token k, -1 when k is no mark or pairs with none.
func markPartner(d *layer.Doc, k int) int {
	if d.Toks[k].Kind != token.Quote {
		return -1
	}
	for _, q := range d.Quotes {
		switch {
		case q.Open == k:
			return q.Close
		case q.Close == k:
			return q.Open
		}
	}
	return -1
}

func isEdgePunct(w string) bool {
	switch w {
	case ",", ":", ";", "—", "-", "–":
		return true
	}
	return false
}

func statementSpan(st *claimtrail.Statement) claimtrail.Span {
	s := st.Cue.Span
	for _, sp := range st.Content.Spans {
		s = s.Join(sp)
	}
	if st.Speaker.Span != nil {
		s = s.Join(*st.Speaker.Span)
	}
	return s
}

// cueOf builds the cue: its text, span and lemma. The span is the
// tagger's whole cue run as PolNeAR marks it ("went on to discuss",
// "according to", "defended the remark, saying"), punctuation at its
// edges trimmed; the lemma is its head, the lexicon word in it. An
// addressee after the cue stays out of it: PolNeAR's annotators mark
// "told" in "told reporters" (426 "told" cues in train, no "told
// reporters"); the channel reads "told reporters" (frame).
func cueOf(d *layer.Doc, r attrib.Run) claimtrail.Cue {
	first, last := r.First, r.Last
	for first < last-1 && d.Toks[first].Kind == token.Punct {
		first++
	}
	for last-1 > first && d.Toks[last-1].Kind == token.Punct {
		last--
	}
	sp := claimtrail.Span{Start: d.Toks[first].Start, End: d.Toks[last-1].End}
	c := claimtrail.Cue{Text: d.Text[sp.Start:sp.End], Span: sp}
	c.Lemma = lemma(d, first, last)
	return c
}

// lemma returns the lexicon lemma of the cue's main word, or "" when
// the cue holds no lexicon word: the tagger then names its head's lemma
// (attrib.Tagger.HeadLemma).
func lemma(d *layer.Doc, first, last int) string {
	for k := first; k < last; k++ {
		if cm := d.Cue[k]; cm.Class != 0 {
			return cm.Lemma
		}
	}
	return ""
}
