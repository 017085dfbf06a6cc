package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/layer"
)

// An imperative's object is no speaker (session 15, the BBC readers'
// "should not exist"): in "Let's hope this is the start of …", a
// reader's or the writer's exhortation outside any quotation, the
// tagger reads "'s" (us) as the source of "hope"; nobody is reported
// hoping, the writer and the reader are asked to.

// imperativeObject reports whether g's source is one pronoun outside
// any quotation and transcript (narratorWord), tagged PRP, right after
// a verb's base form that opens the sentence: "Let's hope …", "Let us
// hope …". A capital opens one too where the splitter found no break (a
// comment with no full stop before it: "no real policy here  Let's
// hope …"). "He's hoping …" has its subject before the clitic.
func (t *Tagger) imperativeObject(d *layer.Doc, g *Group) bool {
	k, ok := t.narratorWord(d, g)
	if !ok || d.POS == nil || k == 0 || d.POSNames[d.POS[k]] != "PRP" || d.POSNames[d.POS[k-1]] != "VB" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(d.Text[d.Toks[k-1].Start:])
	return k-1 == d.Sents[d.Sent[k]].First || unicode.IsUpper(first)
}
