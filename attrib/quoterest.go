package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// maxQuoteRest bounds the tokens of the sentences left in a quotation
// that finishQuotations gives back to the content that stopped short.
const maxQuoteRest = 40

// finishQuotations carries a content that is a quotation, and that the
// tagger stopped at a sentence's end inside it, on to the quotation's
// closing mark (issue 14: a quotation cut before its last sentence):
// in 'She added: "The way things are going all this could hurt both
// clubs. They've got into his head. But he's not for sale."' the tagger
// labels the first sentences and leaves the last, which the speaker said
// as much; joinContinuations joins only a quotation that opens a new
// sentence. Not when the rest is long (maxQuoteRest tokens), when the
// quotation is left open, nor when another group's cue or run stands
// in the rest (the rest is someone else's statement).
func finishQuotations(d *layer.Doc, gs []Group) {
	for i := range gs {
		g := &gs[i]
		if g.Nested || len(g.Contents) == 0 || d.Toks[g.Cue.First].Kind == token.Punct {
			continue
		}
		c := &g.Contents[len(g.Contents)-1]
		q := int(d.Quote[c.Last-1])
		if q < 0 || c.First < d.Quotes[q].Open || d.Quotes[q].Close < 0 || c.Last >= d.Quotes[q].Last ||
			d.Quotes[q].Last-c.Last > maxQuoteRest || d.Sent[c.Last] == d.Sent[c.Last-1] ||
			(g.Cue.First >= c.Last && g.Cue.First < d.Quotes[q].Last) {
			continue
		}
		if !restFree(gs, i, c.Last, d.Quotes[q].Last) {
			continue
		}
		c.Last = d.Quotes[q].Last
	}
}

// restFree reports whether no group but gs[i] has its cue or a run in
// tokens [first, last).
func restFree(gs []Group, i, first, last int) bool {
	in := func(r Run) bool { return r.First < last && r.Last > first }
	for j := range gs {
		if j == i {
			continue
		}
		if in(gs[j].Cue) || in(gs[j].Source) {
			return false
		}
		for _, c := range gs[j].Contents {
			if in(c) {
				return false
			}
		}
	}
	return true
}
