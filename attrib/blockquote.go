package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A verb of saying whose colon ends its paragraph introduces the next
// paragraph as what was said, quoted or not: "In a post on his site, Mr
// Orrin wrote:¶The harbour deal is dead …" (block quotations, letters,
// posts and statements printed as their own paragraph). A quotation
// mark opening that paragraph is read by the quotation rules
// (carryQuotations); blockContent reads the paragraph that opens
// without one, which the tagger, seeing a cue with nothing after it in
// its sentence, leaves unlabelled.

// blockContent gives g, a group with a source before its cue and no
// content after it, the paragraph after its cue when the cue is a verb
// of saying followed only by a colon at its paragraph's end: the next
// paragraph's sentences, up to its end. A content the tagger gave it
// before the cue is the channel or the time the colon's sentence opens
// with ("In a statement, the firm said:"), not what was said. A paragraph opening with a dash or a
// bullet is a list ("he has announced:¶- Duty cuts on …"): its items
// are measures, and the first alone is no statement.
func blockContent(d *layer.Doc, g *Group) {
	if d.POS == nil || len(g.Sources) == 0 || nearest(g.Sources, g.Cue).Last > g.Cue.First || !saysByVerb(d, g.Cue) {
		return
	}
	for _, c := range g.Contents {
		if c.Last > g.Cue.First {
			return
		}
	}
	k := g.Cue.Last
	if k < len(d.Toks) && d.Toks[k].Kind == token.Punct && d.Text[d.Toks[k].Start] == ':' {
		k++
	} else if d.Text[d.Toks[k-1].Start] != ':' {
		return // the colon may be the cue's last token ("wrote:")
	}
	if k >= len(d.Toks) || d.Line[k] == d.Line[k-1] || d.Toks[k].Kind != token.Word {
		return // more on the colon's line, a quotation (not this rule's) or a list's dash
	}
	end := k
	for end < len(d.Toks) && d.Line[end] == d.Line[k] {
		end++
	}
	if end-k >= 3 && hasVerb(d, k, end) {
		g.Contents = []Run{{Role: 2, First: k, Last: wordsEnd(d, end, k)}}
	}
}
