package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// silentNegation reports whether g's cue negates a word of saying that
// then says nothing (silent-negations.tsv): "did not reveal how …",
// "would not confirm that …", "made no mention of …", "gave no
// indication about whether …" tell of a refusal or a failure to say, as
// "declined to comment" does, and a reader lists no claim; "did not say"
// only when the content opens with a question word or "so" ("did not
// say which facilities …"), since "did not say that …" may deny a
// saying. The negation stands in the cue or right before it, with at
// most two modifiers between it and the word ("gave no further
// details of").
func (t *Tagger) silentNegation(d *layer.Doc, g *Group) bool {
	from := g.Cue.First - 2
	if from < 0 {
		from = 0
	}
	for k := from; k < g.Cue.Last; k++ {
		if d.Toks[k].Kind != token.Word || t.negations.Field(d.Low[k], 0) != "not" {
			continue
		}
		j := t.afterModifiers(d, k+1, g.Cue.Last)
		if j < g.Cue.First || j >= g.Cue.Last {
			continue
		}
		switch t.silentNegations.Field(d.Low[j], 0) {
		case "any":
			return true
		case "open":
			return t.openContent(d, g)
		}
	}
	return false
}

// afterModifiers returns the first token from k on, before last, that is
// not an adverb or adjective, skipping at most two: "not [publicly] say",
// "no [further] details".
func (t *Tagger) afterModifiers(d *layer.Doc, k, last int) int {
	for n := 0; n < 2 && k < last && d.POS != nil; n++ {
		tag := d.POSNames[d.POS[k]]
		if !isAdverb(tag) && tag != "JJ" && tag != "JJR" {
			break
		}
		k++
	}
	return k
}

// openContent reports whether g's first content after the cue opens
// with an `open-object` word: "which facilities would be affected",
// "so", "whether to appeal".
func (t *Tagger) openContent(d *layer.Doc, g *Group) bool {
	for _, c := range g.Contents {
		if c.First < g.Cue.Last {
			continue
		}
		for k := c.First; k < c.Last; k++ {
			if d.Toks[k].Kind == token.Word {
				return t.silentNegations.Field(d.Low[k], 0) == "open-object"
			}
		}
		return false
	}
	return false
}
