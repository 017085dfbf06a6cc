package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// resumeOverParticiple carries g's last content, a clause after its cue
// (it holds a finite verb) that the tagger stopped right before a past
// participle describing the noun the content ends on, its agent after
// it ("after the great opportunity [offered by its third place at last
// June's elections]"), on to the next punctuation or quotation mark or
// the sentence's end (issue 14: a content cut before a participle).
// The participle is a verb of saying the cue lexicon lists ("offered"),
// whose group the rules drop as a participle modifying a noun; what
// it says belongs to the content's noun phrase.
func resumeOverParticiple(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	k := c.Last
	if c.First < g.Cue.Last || k+2 >= len(d.Toks) || d.Sent[k] != d.Sent[k-1] || d.Quote[k] >= 0 ||
		tag(d, k) != "VBN" || !strings.HasPrefix(tag(d, k-1), "NN") || !layer.IsAgent(d.Low[k+1]) ||
		!holdsFinite(d, c.First, c.Last) {
		return
	}
	end := d.Sents[d.Sent[k]].Last
	e := k + 1
	for e < end && d.Toks[e].Kind == token.Word || e < end && d.Toks[e].Kind == token.Number {
		e++
	}
	c.Last = e
}
