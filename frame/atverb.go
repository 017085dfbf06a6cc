package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// resumeAtVerb carries g's last content, which follows a verb cue
// outside quotation marks, on to the rest of its clause when the tagger
// stopped it right before the clause's finite verb, with no punctuation
// between: after the clause's subject ("claims that the rights of its
// shareholders [have been ignored]", "denied that he knew accountants
// [were doctoring the books]") or after "and" that joins a second verb
// to it in another tense than the cue's ("added that inflation fell to
// 4.3% and [is expected to remain …]"). What was said cannot end on a
// subject with its verb left out (issue 14: a content cut before its
// end). A verb in the cue's tense after "and" is the reporter telling
// what else the speaker did ("said he was delighted and dismissed
// criticism"), and so is any other word after "and" or "but" but a
// finite verb ("said it was faster but [Ann Holt rejected …]"): the
// dangling conjunction is dropped from the content instead; so is "and" with the subject after it when it follows a
// verbless object of the cue ("favours the loose side [and a likelier
// scenario] is …": the reporter's clause). Not after a noun cue or a
// content a wh-word opens, whose clause goes on with the sentence's main
// verb ("the insistence that offers will be refused is a firm
// statement", "what they want is a thorny one"), nor when the verb group
// reports a statement of its own (reportsInGroup: "that the plan was
// criticised by …"). The clause ends as resumeAfterRelative's does
// (resumedEnd), and the edges Bound sets after this still apply. A
// content cut between a currency symbol and its figure ("will lose £"
// before "10m over the next six months") runs on the same way.
func (r *Reader) resumeAtVerb(d *layer.Doc, g *attrib.Group) {
	c, k, ok := verbContentEnd(d, g)
	if !ok {
		return
	}
	end := d.Sents[d.Sent[k]].Last
	for end > k && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if d.Toks[k-1].Kind == token.Symbol && !d.Toks[k].Space && (d.Toks[k].Kind == token.Word || d.Toks[k].Kind == token.Number) {
		c.Last = max(resumedEnd(d, k, end), k+1) // "lose £[10m over …]": never a figure's symbol without it
		return
	}
	if d.Toks[k].Kind != token.Word || d.Toks[k-1].Kind != token.Word {
		return
	}
	verb := k
	for verb < end && tag(d, verb) == "RB" {
		verb++
	}
	finite := verb < end && d.FiniteVerb(verb)
	last := tag(d, k-1)
	switch {
	case last == "CC" && (!finite || tag(d, verb) == r.cueTense(d, g.Cue) || reportsInGroup(d, verb, end)):
		c.Last = k - 1 // "said A and [dismissed …]": the reporter's; the conjunction goes
		for c.Last > c.First && d.Toks[c.Last-1].Kind == token.Punct {
			c.Last--
		}
		return
	case !finite, strings.HasPrefix(tag(d, c.First), "W"):
		return // "what they want [is a thorny one]": a clause the sentence's verb follows
	case last == "CC":
	case strings.HasPrefix(last, "NN"), last == "PRP":
		if cc := subjectAfterObject(d, c.First, k); cc >= 0 {
			c.Last = cc // "favours the loose side and a likelier scenario [is …]": the reporter's clause
			return
		}
	default:
		return
	}
	if reportsInGroup(d, verb, end) {
		return
	}
	if e := resumedEnd(d, k, end); e > k {
		c.Last = e
	}
}

// subjectAfterObject returns the conjunction that opens the noun phrase
// ending at token k-1, when the words from first before it hold no
// finite verb (the cue's verbless object: the phrase is the subject of
// the reporter's clause joined to the sentence), else -1.
func subjectAfterObject(d *layer.Doc, first, k int) int {
	j := k - 1
	for j > first && nounPhraseTag(tag(d, j-1)) {
		j--
	}
	if j-1 <= first || tag(d, j-1) != "CC" {
		return -1
	}
	for i := first; i < j-1; i++ {
		if d.FiniteVerb(i) {
			return -1
		}
	}
	return j - 1
}

// nounPhraseTag reports whether a word tagged t may stand inside a noun
// phrase before its head.
func nounPhraseTag(t string) bool {
	switch t {
	case "DT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "RBR":
		return true
	}
	return strings.HasPrefix(t, "NN")
}

// reportsInGroup reports whether the verb group that the finite verb j
// opens (its verbs, adverbs and "to") holds a statement of its own: a
// cue at j ("that the mayor [said] …") or a passive cue with its agent
// ("that the plan was [criticised by] …"); a raising cue stays the
// clause's ("inflation [is expected to] remain …", "that Ann Holt
// [appeared to] have taken …").
func reportsInGroup(d *layer.Doc, j, end int) bool {
	if d.Cue[j].Class != 0 && (j+1 >= end || tag(d, j+1) != "TO") {
		return true // "that the mayor said …"; not "that Ann Holt appeared to have …", a raising verb
	}
	for k := j + 1; k < end; k++ {
		t := tag(d, k)
		if !strings.HasPrefix(t, "VB") && t != "RB" && t != "TO" {
			return false
		}
		if d.Cue[k].Class != 0 && k+1 < end && layer.IsAgent(d.Low[k+1]) {
			return true
		}
	}
	return false
}

// verbContentEnd returns g's last content and the token k right after
// it, when the content follows a verb cue outside quotation marks and
// the sentence goes on past it (resumeAtVerb, resumeAtPreposition); ok
// is false otherwise.
func verbContentEnd(d *layer.Doc, g *attrib.Group) (c *attrib.Run, k int, ok bool) {
	if len(g.Contents) == 0 || !strings.HasPrefix(tag(d, g.Cue.First), "VB") && tag(d, g.Cue.First) != "MD" {
		return nil, 0, false
	}
	c = &g.Contents[len(g.Contents)-1]
	k = c.Last
	if c.First < g.Cue.Last || c.Last <= c.First || k+1 >= len(d.Toks) || d.Sent[k] != d.Sent[k-1] ||
		d.Quote[k] >= 0 || d.Quote[k-1] >= 0 {
		return nil, 0, false
	}
	return c, k, true
}
