package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// frontedVerbCue reads an inverted reporting clause that opens its
// sentence and ends on a colon ("Said Mr Bysshe: …", "Observes Mr
// Hadi: …"), which the tagger reads as a source run holding the verb and
// the colon as the cue: the verb, a reporting word of the lexicon, is
// the cue and the words after it are the source.
func frontedVerbCue(d *layer.Doc, g *Group) {
	if !punctuationOnly(d, g.Cue) || d.Text[d.Toks[g.Cue.First].Start] != ':' {
		return
	}
	for i, src := range g.Sources {
		k := src.First
		if src.Last != g.Cue.First || src.Last-k < 2 || d.Sents[d.Sent[k]].First != k ||
			d.Cue[k].Class == 0 || !capitalWord(d, k+1) {
			continue
		}
		g.Sources[i].First = k + 1
		g.Cue = Run{Role: g.Cue.Role, First: k, Last: k + 1}
		return
	}
}

// punctuationOnly reports whether run r holds no word.
func punctuationOnly(d *layer.Doc, r Run) bool {
	for k := r.First; k < r.Last; k++ {
		if d.Toks[k].Kind == token.Word {
			return false
		}
	}
	return r.Last > r.First
}
