package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// extendContent carries a content that follows its cue on to the end of
// its sentence when the tokens left are unlabelled and hold no time
// expression: the tagger often stops short of a clause's last words
// ("… that speculations that Iran is supplying UAVs [are not true]").
// A tail that opens with a comma and a contrast ("but", "yet": clause
// words that end a scope and subordinate nothing, table stance-clauses)
// is another clause, the writer's as often as the speaker's, and is left
// out; not a contrast the content itself draws ("… in principle, but not
// in practice").
// It also stops at a bracketed aside ("a profit of $261.9m [(£135.6m)],
// …"): an aside the sentence goes on after is taken in, and when a word
// follows it, the clause it interrupted runs on for up to maxAfterAside
// tokens more.
func (t *Tagger) extendContent(d *layer.Doc, g *Group, labs []uint8) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First < g.Cue.Last {
		return
	}
	s := d.Sents[d.Sent[c.Last-1]]
	limit := maxTail
	resumed := isBracket(d, c.Last-1, ')') && c.Last < s.Last && d.Toks[c.Last].Kind == token.Word
	if resumed {
		limit = maxAfterAside // closeBracket's: the clause resumes after the bracket, its time too
	}
	if k := asideEnd(d, c.Last, s.Last, labs); k > 0 {
		c.Last = k
		if d.Toks[k].Kind == token.Word {
			limit = maxAfterAside
		}
	}
	end := s.Last
	for end > c.Last && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if end <= c.Last || end-c.Last > limit {
		return
	}
	for k := c.Last; k < end; k++ {
		if labs[k] != labO {
			return
		}
	}
	if isComma(d, c.Last) && c.Last+2 < end && t.contrasts[d.Low[c.Last+1]] && !t.negations.Has(d.Low[c.Last+2]) {
		return // "denies having any role[, but offices have had to close]"
	}
	lo, hi := d.Toks[c.Last].Start, d.Toks[end-1].End
	if !resumed && !relativeTail(d, c.Last, end) && len(d.TimexIn(lo, hi)) > 0 {
		return
	}
	c.Last = end
}

// relativeTail reports whether the tail from token k to end is a
// relative clause on the content's last noun, set off by a comma and
// opened by a relative word other than "that", whose first finite verb
// is a modal: "announced a ferry service for islanders[, which would
// start in the spring]". The modal, backshifted with the content's own
// verbs, tells the clause is what was announced, its time too (issue
// 14). A clause in the plain present or past ("Blackadder[, which ended
// in 1989]", "inflation[, which is currently 1.6%]", "the election[,
// which is likely to take place in May]") is as often the reporter's
// gloss of the noun, and stays out: readers count it wrong in ten of
// the twelve BBC contents it would join.
func relativeTail(d *layer.Doc, k, end int) bool {
	if k < 1 || k+2 >= end || !isComma(d, k) || !layer.IsRelative(d.Low[k+1]) || layer.IsComplementizer(d.Low[k+1]) {
		return false
	}
	if t := d.POSNames[d.POS[k-1]]; len(t) < 2 || t[:2] != "NN" {
		return false
	}
	for j := k + 2; j < end; j++ {
		if d.FiniteVerb(j) {
			return d.POSNames[d.POS[j]] == "MD"
		}
	}
	return false
}

// Tails extendContent carries a content over: after its last word, after
// a bracketed aside that interrupted its clause.
const (
	maxTail       = 12
	maxAfterAside = 30
	maxAside      = 10 // tokens inside the brackets
)

// asideEnd returns the token after the ")" closing a bracketed aside that
// opens at token k, holds no label and is followed by more of the
// sentence that ends at token end (exclusive); 0 when there is none. An
// aside that ends the sentence ("… opened (reported by a local paper).")
// is the writer's, and is left out.
func asideEnd(d *layer.Doc, k, end int, labs []uint8) int {
	if k >= end || d.Toks[k].Kind != token.Punct || d.Text[d.Toks[k].Start] != '(' {
		return 0
	}
	for j := k + 1; j < end && j <= k+maxAside+1; j++ {
		if labs[j] != labO || d.Toks[j].Lines > 0 {
			return 0
		}
		if d.Toks[j].Kind == token.Punct && d.Text[d.Toks[j].Start] == ')' {
			if j+1 >= end || d.Toks[j+1].Kind != token.Word && !isComma(d, j+1) {
				return 0
			}
			return j + 1
		}
	}
	return 0
}

// dropStrayContents drops a content ending before the group's source,
// outside quotes: it belongs to some clause without a cue ("Amid
// speculations that …,").
func dropStrayContents(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 {
		return
	}
	src := nearest(g.Sources, g.Cue)
	if src.Last > g.Cue.First || !contentAfter(d, g, false) {
		// a source after its cue, or no content after the cue: the
		// content before is the statement's ("…, sources said.")
		return
	}
	// a parenthetical (", Mr Obama said,") keeps the clause ending at
	// the comma before it, and so does a reporting clause that ends its
	// sentence when what follows the cue opens the next one ("…, he
	// added. "At least …"")
	end := max(src.Last, g.Cue.Last)
	paren := end < len(d.Toks) && isComma(d, end) || !contentAfter(d, g, true)
	kept := g.Contents[:0]
	for _, c := range g.Contents {
		if c.Last <= src.First && !quoted(d, c) && !(paren && endsAtComma(d, c, src.First)) {
			continue
		}
		kept = append(kept, c)
	}
	g.Contents = kept
}

// endsAtComma reports whether content c ends at the comma just before
// token src, the comma perhaps inside a closing quotation mark: the
// clause before a parenthetical reporting clause ("X means \"Y,\" she
// says, \"Z\"").
func endsAtComma(d *layer.Doc, c Run, src int) bool {
	j := src
	if j > 0 && d.Toks[j-1].Kind == token.Quote {
		j--
	}
	return j > 0 && isComma(d, j-1) && c.Last >= j-1 && c.Last <= src
}

// contentAfter reports whether g has a content after its cue; with
// sameSent, one that starts in the cue's sentence.
func contentAfter(d *layer.Doc, g *Group, sameSent bool) bool {
	for _, c := range g.Contents {
		if c.First >= g.Cue.Last && (!sameSent || d.Sent[c.First] == d.Sent[g.Cue.Last-1]) {
			return true
		}
	}
	return false
}

// quoted reports whether a run opens inside a quotation (its first token,
// or the one after an opening mark).
func quoted(d *layer.Doc, r Run) bool {
	return d.Quote[r.First] >= 0 || r.First+1 < r.Last && d.Quote[r.First+1] >= 0
}
