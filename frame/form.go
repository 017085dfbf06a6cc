package frame

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Form classifies the statement of g with cue: according_to (a cue the
// frame-words table gives that form, "according to"), direct (content
// inside quotation marks), mixed (indirect with a quoted part), indirect.
func (r *Reader) Form(d *layer.Doc, g *attrib.Group, cue claimtrail.Cue) string {
	if r.words.Field(cue.Lemma, 1) == claimtrail.FormAccordingTo {
		return claimtrail.FormAccordingTo
	}
	inside, quoted, total := 0, 0, 0
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			if d.Toks[k].Kind == token.Quote {
				quoted++
				continue
			}
			total++
			if d.Quote[k] >= 0 {
				inside++
			}
		}
	}
	switch {
	case total > 0 && inside == total:
		return claimtrail.FormDirect
	case inside > 0 || quoted > 0:
		return claimtrail.FormMixed
	}
	return claimtrail.FormIndirect
}
