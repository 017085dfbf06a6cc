package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// maxDashAside bounds the tokens of an aside between two dashes.
const maxDashAside = 30

// resumeAfterDashAside carries g's last content, which follows its cue
// and ends at a dash outside quotation marks, over an aside that a
// second dash closes in the same sentence to the rest of its clause,
// when the content so far is the clause's subject and the clause's
// finite verb follows the closing dash: in "suggested the sliding
// dollar - which makes exports less expensive - has had little impact"
// or "responded that the rhetoric - and the pressure - is unlikely to
// ease" the tagger stops at the first dash, short of what was said; in
// "believes Ireland can win the title - their first since 1948 - in
// this year's championship" it keeps the aside and stops at the second
// (openingDash). A
// relative clause between the dashes is the reporter's description of
// the subject and stays out (the content keeps two fragments, as
// dropRelativeGloss does for commas); any other aside is set off inside
// what was said and stays (dashPair). Not when a quotation mark or a
// sentence end comes before the closing dash or the verb, nor when no
// verb follows it ("the claim - filed in 1999 … - in a 2-1 decision").
// The clause ends as resumeAfterRelative's does (resumedEnd).
func resumeAfterDashAside(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := g.Contents[len(g.Contents)-1]
	k := c.Last
	if c.First < g.Cue.Last || k+2 >= len(d.Toks) || d.Sent[k] != d.Sent[c.Last-1] ||
		!isBreak(d, k) || isComma(d, k) || d.Quote[k] >= 0 {
		return
	}
	end := d.Sents[d.Sent[k]].Last
	for end > k && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	open, closing := k, dashAsideEnd(d, k+1, end)
	if o := openingDash(d, c.First, k, end); o >= 0 {
		open, closing = o, k // the tagger kept the aside and stopped at its closing dash
	}
	if closing < 0 {
		return
	}
	resumeOverDashAside(d, g, open, closing, end)
}

// openingDash returns the dash inside content tokens (first, k) that
// opens an aside the dash at k closes: the content's only dash outside
// quotation marks, with no quotation mark after it (-1 when there is
// none, or more than one: of three dashes the last opens another aside,
// "revenues - £160m - will be short of its costs - a predicted £250m").
// In "believes Ireland can win their second title - and first since
// 1948 - in this year's championship" the tagger keeps the aside and
// stops at its closing dash, short of the clause's end.
func openingDash(d *layer.Doc, first, k, end int) int {
	open := -1
	for j := first + 1; j < k; j++ {
		switch {
		case d.Toks[j].Kind == token.Quote || d.Quote[j] >= 0:
			return -1
		case isBreak(d, j) && !isComma(d, j):
			if open >= 0 {
				return -1
			}
			open = j
		}
	}
	if open < 0 || d.Sent[open] != d.Sent[k] || dashAsideEnd(d, open+1, end) != k {
		return -1
	}
	return open
}

// resumeOverDashAside carries g's last content over the aside between
// the dashes at open and closing (the content so far ends at open) to
// the rest of its clause, as resumeAfterDashAside tells.
func resumeOverDashAside(d *layer.Doc, g *attrib.Group, open, closing, end int) {
	i := len(g.Contents) - 1
	c := g.Contents[i]
	if !dashSubject(d, c.First, open) || !verbAfter(d, closing+1, end, layer.IsComplementizer(d.Low[c.First])) {
		resumeClauseAfterDashAside(d, g, open, closing, end)
		return
	}
	e := resumedEnd(d, closing+1, end)
	if e <= closing+1 {
		return
	}
	if layer.IsRelative(d.Low[open+1]) && !layer.IsComplementizer(d.Low[open+1]) {
		tail := attrib.Run{Role: c.Role, First: closing + 1, Last: e}
		g.Contents[i].Last = open
		g.Contents = append(g.Contents, tail)
		return
	}
	g.Contents[i].Last = e
}

// dashSubject reports whether tokens [first, last) end with a clause's
// subject noun phrase, after "that" or after the content's last comma
// ("that if prices had not been cut, Christmas sales"): nominal words,
// prepositions and conjunctions, a participle before a noun ("the
// sliding dollar"), ending at a noun, a pronoun or a number ("64
// respondents out of 146").
func dashSubject(d *layer.Doc, first, last int) bool {
	for k := last - 1; k > first; k-- {
		if isComma(d, k) {
			first = k + 1
			break
		}
	}
	if first < last && layer.IsComplementizer(d.Low[first]) {
		first++
	}
	if first >= last {
		return false
	}
	for k := first; k < last; k++ {
		t := tag(d, k)
		participle := (t == "VBG" || t == "VBN") && k+1 < last && nominalTag(tag(d, k+1))
		if !nominalTag(t) && t != "IN" && t != "CC" && t != "TO" && !participle || d.Toks[k].Kind == token.Quote {
			return false
		}
	}
	t := tag(d, last-1)
	return strings.HasPrefix(t, "NN") || t == "PRP" || t == "CD"
}

// dashAsideEnd returns the dash that closes an aside opening at token j,
// -1 when none does within maxDashAside tokens before end or a quotation
// mark comes first.
func dashAsideEnd(d *layer.Doc, j, end int) int {
	for k := j + 1; k < end && k <= j+maxDashAside; k++ {
		switch {
		case d.Toks[k].Kind == token.Quote:
			return -1
		case isBreak(d, k) && !isComma(d, k):
			return k
		case d.Toks[k].Kind == token.Punct && strings.ContainsAny(d.Text[d.Toks[k].Start:d.Toks[k].End], ";:()"):
			return -1
		}
	}
	return -1
}

// resumeClauseAfterDashAside carries g's last content, a clause after a
// verb cue (it holds a finite verb) that the tagger stopped at the dash
// at token k opening an aside that the dash at closing closes, over the
// aside to the rest of its clause (issue 14: a content cut at a dash
// inside the sentence): "say the race is between them and Labour, while
// in southern seats[ - particularly the south west - it is between them
// and the Tories]", "said the minister would want one of his allies[ - a
// reference to … - back alongside him]"; the aside is set off inside
// what was said and stays. Not after a relative clause, the reporter's
// description, after which the reporter may go on as well ("- which it
// did - in May", "the right to see her son[ - whom he says he fathered -
// and just 14% voiced …]"), nor when a verb of saying stands in the words
// after the aside (a statement of its own), nor past a comma, dash or
// quotation mark that ends the clause there (resumedEnd).
func resumeClauseAfterDashAside(d *layer.Doc, g *attrib.Group, k, closing, end int) {
	i := len(g.Contents) - 1
	c := g.Contents[i]
	if t := tag(d, g.Cue.First); !strings.HasPrefix(t, "VB") && t != "MD" || !holdsFinite(d, c.First, k) ||
		layer.IsRelative(d.Low[k+1]) && !layer.IsComplementizer(d.Low[k+1]) {
		return
	}
	e := resumedEnd(d, closing+1, end)
	if e <= closing+1 {
		return
	}
	for j := closing + 1; j < e; j++ {
		if d.Cue[j].Class != 0 && strings.HasPrefix(tag(d, j), "VB") {
			return
		}
	}
	g.Contents[i].Last = e
}
