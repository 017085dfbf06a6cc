package frame

import (
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// stopAtSentenceEnd ends an indirect content c, which follows its cue,
// at the end of its sentence when a word opens the next one and no
// quotation is open there: reported speech does not go on past a full
// stop, and what follows is the reporter's ("said the venture had been
// "bold, but take-up had not been "enough". She added: …", a quotation
// mark too many, "… would need "big" changes. He called on …"). Whether
// a quotation is open is read from each mark's side (the spaces around
// it) from the paragraph's start, as stopAtNarration reads it, not from
// the quotation pairs, which an odd mark pairs wrongly over the rest of
// the paragraph. A content
// that opens with a quotation mark is stopAtNarration's; one after a
// colon is a speaker's own words, unmarked ("KESSLER: Well, … . We …").
func stopAtSentenceEnd(d *layer.Doc, c *attrib.Run) {
	if c.First == 0 || d.Toks[c.First].Kind == token.Quote || d.Toks[c.First-1].Kind == token.Quote ||
		d.Text[d.Toks[c.First-1].Start:d.Toks[c.First-1].End] == ":" {
		return
	}
	start := c.First // the paragraph's first token: a quotation open before the content may run into it
	for start > 0 && d.Line[start-1] == d.Line[c.First] {
		start--
	}
	open := false
	for k := start; k+1 < c.Last; k++ {
		if d.Toks[k].Kind == token.Quote {
			switch {
			case closingMark(d, k) || closingBeforePunct(d, k):
				open = false
			case openingMark(d, k):
				open = true
			}
			continue
		}
		if k < c.First {
			continue
		}
		if open || d.Sent[k+1] == d.Sent[k] || d.Toks[k+1].Kind != token.Word {
			continue
		}
		end := k + 1
		for end > c.First+1 && d.Toks[end-1].Kind == token.Punct {
			end-- // the full stop
		}
		c.Last = end
		return
	}
}

// openingMark reports whether token k is a double quotation mark that
// opens: after a space, a line break or the text's start, and before a
// word with no space.
func openingMark(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	if t.Kind != token.Quote || t.End >= len(d.Text) {
		return false
	}
	switch d.Text[t.Start:t.End] {
	case "\"", "“", "``", "''", "«":
	default:
		return false
	}
	after := d.Text[t.End]
	return (t.Start == 0 || t.Space || d.Toks[k].Lines > 0) && after != ' ' && after != '\n' && after != '\t'
}

// closingBeforePunct reports whether token k is a double quotation mark
// right after a word and right before punctuation (`"enough".`, `"big",`):
// it closes, as closingMark's marks before a space do.
func closingBeforePunct(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	if t.Kind != token.Quote || k == 0 || t.Space || k+1 >= len(d.Toks) || d.Toks[k+1].Space ||
		d.Toks[k-1].Kind != token.Word || d.Toks[k+1].Kind != token.Punct {
		return false
	}
	switch d.Text[t.Start:t.End] {
	case "\"", "”", "''":
		return true
	}
	return false
}
