package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// invertedCue reads a cue set in the middle of what is said, with its
// speaker after it, the way a reader does: in "Incidents like this
// happen, said Ada Vell, because banks …" the tagger may take the
// words before the cue for its source and the name after it for the
// first words of the content. When the source ends with a comma right
// before the cue and the content right after the cue opens with a
// proper name of one to four words closed by a comma, the name is the
// source and what is said is the words before the cue and those after
// the name's comma. Only a one-word cue ("said", "suggests") is read so,
// and only words before it that hold no comma of their own.
func invertedCue(d *layer.Doc, g *attrib.Group) {
	if len(g.Sources) != 1 || len(g.Contents) != 1 || d.POS == nil || g.Cue.Last-g.Cue.First != 1 {
		return // "X, a watchdog, is also defending Y, the firm …": a verb phrase with its object
	}
	src, c := g.Source, g.Contents[0]
	before := src.Last
	switch {
	case src.Last == g.Cue.First && src.Last-1 > src.First && isComma(d, src.Last-1):
		before = src.Last - 1
	case src.Last+1 == g.Cue.First && isComma(d, src.Last):
	default:
		return
	}
	for k := src.First; k < before; k++ {
		if isComma(d, k) {
			return // "Tolvane, the maker, said Ada Vell, …": an apposition, no words said
		}
	}
	if c.First != g.Cue.Last || d.Sent[c.First] != d.Sent[g.Cue.First] || d.Sent[src.First] != d.Sent[g.Cue.First] {
		return
	}
	n := c.First
	for n < c.Last && n-c.First < 4 && d.Toks[n].Kind == token.Word && strings.HasPrefix(d.POSNames[d.POS[n]], "NNP") && layer.Capitalised(d.Toks[n].Text(d.Text)) {
		n++
	}
	if n == c.First || n+1 >= c.Last || !isComma(d, n) || d.Toks[n+1].Kind != token.Word {
		return
	}
	g.Source = attrib.Run{Role: src.Role, First: c.First, Last: n}
	g.Sources = []attrib.Run{g.Source}
	g.Contents = []attrib.Run{{Role: c.Role, First: src.First, Last: before}, {Role: c.Role, First: n + 1, Last: c.Last}}
}
