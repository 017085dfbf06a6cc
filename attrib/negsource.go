package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/layer"
)

// negativeSource reports whether g's source opens with a negative
// quantifier (cue-contexts `negative-source`): "Nobody should doubt
// that …", "No one agrees with this", "Neither Mr Howard nor Mr Letwin
// would say exactly how …" name no one who said or held anything. A
// `determiner` row ("no") counts only before a lower-case word of the
// source ("No one", "No minister"): "No 10 said …" is Downing Street,
// and a capitalised word after it may start a name.
func (t *Tagger) negativeSource(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 {
		return false
	}
	src := nearest(g.Sources, g.Cue)
	first := src.First
	if t.cueContexts.Field(d.Low[first], 0) != "negative-source" {
		return false
	}
	if t.cueContexts.Field(d.Low[first], 1) != "determiner" {
		return true
	}
	if first+1 >= src.Last {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Text[d.Toks[first+1].Start:])
	return unicode.IsLower(r)
}
