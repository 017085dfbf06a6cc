package frame

import (
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// resumeAfterRelative carries g's last content, which follows its cue,
// over a relative clause set off by commas to the rest of its clause
// when the clause resumes with its finite verb right after the second
// comma: in "said the production, which cost £9m, was a blend of …" the
// tagger often stops at the subject, cut short of what was said. The
// clause runs to its sentence's end (the edges Bound sets after this
// still apply); not when the words after the relative clause hold no
// verb right after the comma ("said the single, which was released on
// Monday, because …"), a quotation mark or a cue of the lexicon (a
// statement of its own).
func resumeAfterRelative(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	k := c.Last
	if c.First < g.Cue.Last || k+2 >= len(d.Toks) || d.Sent[k] != d.Sent[c.Last-1] ||
		!isComma(d, k) || !layer.IsRelative(d.Low[k+1]) || d.Quote[k] >= 0 {
		return
	}
	end := d.Sents[d.Sent[k]].Last
	for end > k && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	comma := -1
	for j := k + 2; j < end && comma < 0; j++ {
		switch {
		case d.Toks[j].Kind == token.Quote, d.Cue[j].Class != 0:
			return
		case isComma(d, j):
			comma = j
		}
	}
	if comma < 0 || !mainVerbAfter(d, comma+1, end) {
		return
	}
	for j := comma + 1; j < end; j++ {
		if d.Toks[j].Kind == token.Quote || d.Cue[j].Class != 0 {
			return
		}
	}
	c.Last = end
}
