package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// attitudeIntoCue carries into the cue an attitude noun the tagger left
// at the head of the content after a verb of giving voice to one
// ("expressed | concern at the loss" → "expressed concern at | the
// loss"; expression-verbs.tsv, expression-nouns.tsv). PolNeAR's
// guidelines put such a noun in the cue ("He raised the concern that …":
// the cue encompasses the act of expression or the holding of an
// internal state) and so do its train annotators for a bare noun (22 in
// 27 after "express"); the tagger splits some of them at the verb, and a
// reader takes the attitude for how it was said and the clause or the
// preposition's object for what. A noun with a determiner, a possessive
// or an adjective ("expressed his relief at", "particular concern over")
// is left as the tagger read it: the annotators split those at the verb
// 7 times in 11, and on PolNeAR train moving them into the cue lost five
// cue matches for one. A "that" or a to-infinitive after the noun opens
// the content, a preposition that takes its object joins the cue
// (attitudeComplement); a noun with nothing said after it ("expressed
// concern.") stays the content.
func (t *Tagger) attitudeIntoCue(d *layer.Doc, g *Group) {
	if d.POS == nil || g.Cue.Last <= g.Cue.First || !t.expressionVerbs.Has(d.Low[g.Cue.Last-1]) {
		return
	}
	ci := -1
	for i, c := range g.Contents {
		if c.First == g.Cue.Last {
			ci = i
		}
	}
	if ci < 0 {
		return
	}
	c := &g.Contents[ci]
	k := c.First
	if k+2 >= c.Last || !t.expressionNouns.Has(d.Low[k]) || !strings.HasPrefix(d.POSNames[d.POS[k]], "NN") {
		return
	}
	next := k + 1
	switch {
	case layer.IsComplementizer(d.Low[next]):
		g.Cue.Last, c.First = next, next // "expressed concern | that …"
	case d.POSNames[d.POS[next]] == "TO" && strings.HasPrefix(d.POSNames[d.POS[next+1]], "VB"):
		g.Cue.Last, c.First = next, next // "expressed hope | to meet them"
	default:
		if obj := t.attitudeComplement(d, k, c.Last); obj > 0 {
			g.Cue.Last, c.First = obj, obj // "voiced support for | the plan"
		}
	}
}

// attitudeComplement returns the token after the preposition that follows
// the attitude noun at k and takes its object ("concern about | the
// plan", "doubt as to | whether"; expression-nouns.tsv's second field),
// or 0: another preposition ("frustration in an interview") or one
// opening a time expression ("optimism over the weekend") starts the
// reporter's adjunct, not what was said; end bounds the content.
func (t *Tagger) attitudeComplement(d *layer.Doc, k, end int) int {
	p := k + 1
	obj := p + 1
	if d.Low[p] == "as" && obj < end && d.POSNames[d.POS[obj]] == "TO" {
		obj++ // "doubt as to"
	}
	if obj >= end || !fieldHas(t.expressionNouns.Field(d.Low[k], 0), d.Low[p]) {
		return 0
	}
	if tx := d.TimexIn(d.Toks[obj].Start, d.Toks[end-1].End); len(tx) > 0 && tx[0].Span.Start <= d.Toks[obj].Start {
		return 0
	}
	return obj
}

// fieldHas reports whether the comma-separated list holds w.
func fieldHas(list, w string) bool {
	for _, f := range strings.Split(list, ",") {
		if f == w {
			return true
		}
	}
	return false
}
