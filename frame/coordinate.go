package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// maxCoordinateTail bounds the tokens resumeAfterCoordinator carries a
// content over after its conjunction.
const maxCoordinateTail = 15

// resumeAfterCoordinator carries g's last content, which follows its
// cue and which the tagger stopped right before a coordinating
// conjunction outside quotation marks (not a contrast: "but", "yet"),
// over the second conjunct (issue 14: a content cut at a coordinator):
//   - a subject cut from its verb: the content, "that" before it
//     allowed, is a noun phrase with no finite verb and a clause opens
//     after the conjunction ("said that BT[ and Tiscali have been …]");
//   - a second object: the content holds a finite verb and the rest of
//     the sentence after the conjunction is a phrase with no finite
//     verb, cue, quotation mark or break ("will be bought by iPod owners[
//     and those wanting an easy second computer]").
//
// A verb after the conjunction ("denied the claim and said …") is the
// reporter's next clause and stays out.
func (r *Reader) resumeAfterCoordinator(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	k := c.Last
	if c.First < g.Cue.Last || k+2 >= len(d.Toks) || d.Sent[k] != d.Sent[k-1] || tag(d, k) != "CC" ||
		d.Quote[k] >= 0 || r.contrasts(d.Low[k]) || d.Toks[c.Last-1].Kind != token.Word {
		return
	}
	end := d.Sents[d.Sent[k]].Last
	for end > k && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if !holdsFinite(d, c.First, c.Last) {
		if dashSubject(d, c.First, c.Last) && clauseAfter(d, k+1, end) >= 0 {
			if e := resumedEnd(d, k+1, end); e > k+1 {
				c.Last = closeBracketAt(d, k+1, e)
			}
		}
		return
	}
	if end-k > maxCoordinateTail || !phraseTail(d, k+1, end) {
		return
	}
	c.Last = end
}

// phraseTail reports whether tokens [j, end) are a phrase with no
// finite verb, cue, quotation mark or punctuation, opening with a
// nominal word: a second object, not a clause.
func phraseTail(d *layer.Doc, j, end int) bool {
	if j >= end || !nominalTag(tag(d, j)) && tag(d, j) != "WP" {
		return false
	}
	for k := j; k < end; k++ {
		if d.FiniteVerb(k) || d.Cue[k].Class != 0 || d.Toks[k].Kind == token.Quote ||
			d.Toks[k].Kind == token.Punct && !strings.Contains("-%$£", d.Text[d.Toks[k].Start:d.Toks[k].End]) ||
			layer.IsRelative(d.Low[k]) && k > j {
			return false
		}
	}
	return true
}

// closeBracketAt returns e, or the token after a ")" at e that closes a
// "(" opened in tokens [j, e): the sentence-end trim must not leave a
// bracket open ("… Immunisation (Gavi").
func closeBracketAt(d *layer.Doc, j, e int) int {
	if e >= len(d.Toks) || d.Low[e] != ")" {
		return e
	}
	for k := j; k < e; k++ {
		if d.Low[k] == "(" {
			return e + 1
		}
	}
	return e
}
