package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// maxJoinedSubject bounds the words between the conjunction and the
// finite verb of the reporter's clause stopAtJoinedNarration reads ("and
// its strongest proponent is …").
const maxJoinedSubject = 4

// stopAtJoinedNarration ends a content after its cue that opens with a
// quotation at a closing quotation mark that a conjunction follows
// opening a clause of its own with no quotation mark after it: a subject
// with no verb of saying and a finite verb (`reads "Urgent Appeal" [and
// its text bears all the poor grammar …]`, `is called "podcasting" [and
// its strongest proponent is …]`): the reporter's narration joined to
// the sentence (issue 14: a content running on past its closing
// quotation mark). A conjunction before a verb with no subject of its
// own goes on with the quotation's sentence ("\"X\" and added …" is
// stopAtSharedVerb's), and so does one before another quotation or one
// the quotation pairs leave inside a quotation (a mark of a title inside
// the speaker's words: `"… he was the "Father of the House" and as such
// took …"`).
func stopAtJoinedNarration(d *layer.Doc, c *attrib.Run) {
	if d.Toks[c.First].Kind != token.Quote {
		return
	}
	for k := c.First + 1; k+2 < c.Last; k++ {
		if !closingMark(d, k) || tag(d, k+1) != "CC" || d.Sent[k+1] != d.Sent[k] || d.Quote[k+1] >= 0 || d.Quote[k+2] >= 0 {
			continue
		}
		if joinedClause(d, k+2, c.Last) {
			c.Last = k + 1
			return
		}
	}
}

// joinedClause reports whether tokens from j to end open with a subject
// of up to maxJoinedSubject words, none a verb or a cue, and its finite
// verb, with no quotation mark in the clause's sentence after j.
func joinedClause(d *layer.Doc, j, end int) bool {
	for k := j; k < end; k++ {
		if d.Toks[k].Kind == token.Quote {
			return false
		}
	}
	for k := j; k < end && k <= j+maxJoinedSubject; k++ {
		t := tag(d, k)
		switch {
		case d.FiniteVerb(k):
			return k > j && d.Cue[k].Class == 0
		case d.Cue[k].Class != 0, strings.HasPrefix(t, "VB"), d.Toks[k].Kind == token.Punct:
			return false
		}
	}
	return false
}
