package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// closeBracket carries a content that follows its cue and ends inside a
// bracket it opened on to the bracket's close: the tagger often stops at
// a separator inside a conversion ("a further 540bn yen ($5.2bn[;
// £2.77bn)] in fresh backing"), leaving the clause cut where the reader
// sees no end. The close must come within maxAside tokens, in the
// sentence and the paragraph, with no quotation mark or cue between;
// extendContent then carries the clause on past it.
func closeBracket(d *layer.Doc, g *Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First < g.Cue.Last || !openBracketIn(d, *c) {
		return
	}
	end := d.Sents[d.Sent[c.Last-1]].Last
	for j := c.Last; j < end && j <= c.Last+maxAside; j++ {
		tk := d.Toks[j]
		if tk.Kind == token.Quote || tk.Lines > 0 || d.Cue[j].Class != 0 || isBracket(d, j, '(') {
			return
		}
		if isBracket(d, j, ')') {
			c.Last = j + 1
			return
		}
	}
}

// openBracketIn reports whether run c leaves a round bracket open.
func openBracketIn(d *layer.Doc, c Run) bool {
	depth := 0
	for k := c.First; k < c.Last; k++ {
		switch {
		case isBracket(d, k, '('):
			depth++
		case isBracket(d, k, ')') && depth > 0:
			depth--
		}
	}
	return depth > 0
}

// isBracket reports whether token k is the punctuation mark b.
func isBracket(d *layer.Doc, k int, b byte) bool {
	tk := d.Toks[k]
	return tk.Kind == token.Punct && tk.End-tk.Start == 1 && d.Text[tk.Start] == b
}
