package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
)

// maxAdjunctNoun bounds the words after the determiner of an adjunct's
// noun phrase that dropAdjunctObject reads ("at [that time]", "in [this
// week's interview]").
const maxAdjunctNoun = 3

// dropAdjunctObject starts g's first content at the complementizer that
// follows the object of a preposition after the cue, when the tagger
// took the preposition's object for the content's start, reading its
// determiner as "that": "told the BBC at [that time] that the depot
// would close" → "the depot would close" (issue 14). The preposition
// stands right before the content and after the cue; the content opens
// with a determiner, one to maxAdjunctNoun nominal words ending in a
// noun, and the complementizer. The phrase is the cue's adjunct — when
// or where it was said — not what was said.
func dropAdjunctObject(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[0]
	if c.First-1 < g.Cue.Last || tag(d, c.First-1) != "IN" || layer.IsComplementizer(d.Low[c.First-1]) ||
		tag(d, c.First) != "DT" || d.Quote[c.First] >= 0 {
		return
	}
	for k := c.First + 1; k < c.Last && k <= c.First+maxAdjunctNoun; k++ {
		t := tag(d, k)
		if layer.IsComplementizer(d.Low[k]) && k+1 < c.Last && strings.HasPrefix(tag(d, k-1), "NN") {
			c.First = k
			return
		}
		if !nominalTag(t) {
			return
		}
	}
}
