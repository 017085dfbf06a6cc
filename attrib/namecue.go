package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// nameWordCue reports whether g's cue is a word of a name: every word of
// the cue is capitalised and follows a capitalised word on its line
// inside the sentence ("Stevie Wonder", "the Polar Express", "Hayley
// Yelling", the song "You Said No"). A verb of saying is written in
// lower case there; only a title-case line (a headline "Blair Says Poll
// Is Near") capitalises it, and such a line is left alone.
func nameWordCue(d *layer.Doc, g *Group) bool {
	k := g.Cue.First
	s := d.Sents[d.Sent[k]]
	if k <= s.First || !capitalWord(d, k-1) || titleCase(d, s) {
		return false
	}
	words := 0 // a colon is no word of a name
	for j := g.Cue.First; j < g.Cue.Last; j++ {
		if d.Toks[j].Kind != token.Word {
			continue
		}
		if !capitalWord(d, j) {
			return false
		}
		words++
	}
	return words > 0
}

// capitalWord reports whether token k is a capitalised word on the line
// of the token before it.
func capitalWord(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	return t.Kind == token.Word && (k == 0 || t.Lines == 0) && layer.Capitalised(t.Text(d.Text))
}

// titleCase reports whether sentence s is written in title case: more
// than half of its words, at least three, capitalised.
func titleCase(d *layer.Doc, s layer.Sentence) bool {
	words, caps := 0, 0
	for k := s.First; k < s.Last; k++ {
		if d.Toks[k].Kind == token.Word {
			words++
			if layer.Capitalised(d.Toks[k].Text(d.Text)) {
				caps++
			}
		}
	}
	return words >= 3 && 2*caps > words
}
