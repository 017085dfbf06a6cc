package frame

import (
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// maxSubordinateAside bounds the tokens of an aside between commas right
// after a subordinator.
const maxSubordinateAside = 15

// resumeAfterSubordinator carries g's last content, which follows its
// cue and ends at a subordinator (a subordinate word of clause-roles or
// polarity-words, not a relative pronoun) that the tagger cut from its
// clause at a comma, over an aside between commas to the clause (issue
// 14: a content cut at a subordinator): in "are worried it could be
// scuppered if[, as two ministers have suggested,] the exams stay" the
// content ended at "if"; in "would fail unless, in the end[, the owners
// agreed]" at the aside's closing comma. An aside that holds a cue ("as X suggested",
// "he said") is the reporter's and stays out: the clause after it
// becomes a second fragment, as "that if the sector … had been
// excluded" shows; any other aside is set off inside what was said and
// stays. A subject and its finite verb must open the words after the
// aside's closing comma (clauseAfter); the clause ends as
// resumeAfterRelative's does (resumedEnd).
func (r *Reader) resumeAfterSubordinator(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	i := len(g.Contents) - 1
	c := g.Contents[i]
	k := c.Last
	if c.First < g.Cue.Last || k-1 <= c.First || k+2 >= len(d.Toks) || d.Sent[k] != d.Sent[k-1] ||
		!isComma(d, k) || d.Quote[k] >= 0 {
		return
	}
	end := d.Sents[d.Sent[k]].Last
	for end > k && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	closing, cued := -1, false
	switch {
	case r.subordinateEnd(d, k-1):
		closing, cued = subordinateAsideEnd(d, k+1, end)
	case r.keptSubordinateAside(d, c.First, k):
		closing = k // "would fail unless, in the end[, the owners agreed …]"
	}
	if closing < 0 || clauseAfter(d, closing+1, end) < 0 {
		return
	}
	e := resumedEnd(d, closing+1, end)
	for j := closing + 1; j < e; j++ {
		if d.Low[j] == "(" {
			e = j // the reporter's parenthesis: "(incidentally I can still remember …)"
			break
		}
	}
	if e <= closing+1 {
		return
	}
	if cued {
		g.Contents = append(g.Contents, attrib.Run{Role: c.Role, First: closing + 1, Last: e})
		return
	}
	g.Contents[i].Last = e
}

// keptSubordinateAside reports whether the content tokens before the
// comma at k end with a subordinator, its comma and an aside with no
// cue, punctuation or quotation mark: the tagger kept the aside and
// stopped at the comma that closes it.
func (r *Reader) keptSubordinateAside(d *layer.Doc, first, k int) bool {
	for j := k - 1; j > first+1 && j >= k-maxSubordinateAside; j-- {
		switch {
		case isComma(d, j):
			return j+1 < k && r.subordinateEnd(d, j-1)
		case d.Toks[j].Kind != token.Word || d.Cue[j].Class != 0:
			return false
		}
	}
	return false
}

// subordinateEnd reports whether token j is a subordinator that opens a
// clause: "if", "because", "since"; not a relative word ("when" as
// an adverb of time stays) nor "that".
func (r *Reader) subordinateEnd(d *layer.Doc, j int) bool {
	w := d.Low[j]
	return r.subordinate(w) && !layer.IsComplementizer(w) && (!layer.IsRelative(w) || tag(d, j) == "WRB")
}

// subordinateAsideEnd returns the comma that closes an aside opening at
// token j, and whether a cue stands in the aside; -1 when no comma
// closes it within maxSubordinateAside tokens before end, or a quotation
// mark, a dash or other punctuation comes first.
func subordinateAsideEnd(d *layer.Doc, j, end int) (int, bool) {
	cued := false
	for k := j; k < end && k <= j+maxSubordinateAside; k++ {
		switch {
		case d.Toks[k].Kind == token.Quote:
			return -1, false
		case isComma(d, k):
			if k == j {
				return -1, false
			}
			return k, cued
		case d.Toks[k].Kind == token.Punct:
			return -1, false
		case d.Cue[k].Class != 0:
			cued = true
		}
	}
	return -1, false
}
