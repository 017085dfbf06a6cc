package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// dropRelativeGloss cuts out of g's contents after its cue that open
// outside quotation marks a relative clause set off by commas after a
// noun (or between dashes), outside quotation marks, when the content's
// clause goes on past it: in "said Former boss Ada
// Vell, who is accused of overseeing the fraud, never made …" or "fear
// the firm, which owes about $12bn, would …" the clause is the reporter's
// description of whom or what the speaker named, no part of what was
// said (the readers' rubric). The content keeps its two sides as two
// fragments. A clause holding a quotation mark, one after
// "that" standing for "which" ("the sale that …"), and one at the
// content's end (the speaker's as often: "… UKIP policy, which they
// were not") stay; so does one before the cue ("The deal, which …, is
// expected …, the firm said"), which PolNeAR's annotators keep whole
// (content F1 on dev fell 0.2 with it).
func dropRelativeGloss(d *layer.Doc, g *attrib.Group) {
	for i := 0; i < len(g.Contents); i++ {
		c := g.Contents[i]
		if c.First < g.Cue.Last || d.Quote[c.First] >= 0 || d.Toks[c.First].Kind == token.Quote {
			continue
		}
		for k := c.First + 1; k+2 < c.Last; k++ {
			if !isBreak(d, k) || d.Quote[k] >= 0 || !glossOpens(d, k) {
				continue
			}
			e := glossEnd(d, k+1, c.Last)
			if !isComma(d, k) {
				e = dashGlossEnd(d, k+1, c.Last)
			}
			if e < 0 || e+1 >= c.Last {
				break
			}
			head := attrib.Run{Role: c.Role, First: c.First, Last: k}
			tail := attrib.Run{Role: c.Role, First: e + 1, Last: c.Last}
			g.Contents = append(g.Contents[:i], append([]attrib.Run{head, tail}, g.Contents[i+1:]...)...)
			break
		}
	}
}

// dashGlossEnd returns the dash that closes a relative clause opened
// after a dash at token j-1 ("the plant - which will employ 300 people -
// would open"), when the clause's finite verb follows it; -1 otherwise.
func dashGlossEnd(d *layer.Doc, j, end int) int {
	if e := dashAsideEnd(d, j, end); e >= 0 && mainVerbAfter(d, e+1, end) {
		return e
	}
	return -1
}

// glossOpens reports whether the comma or dash at token k opens a relative
// clause on the noun before it: a relative word other than "that" after
// the comma, a noun before it.
func glossOpens(d *layer.Doc, k int) bool {
	w := d.Low[k+1]
	return layer.IsRelative(w) && !layer.IsComplementizer(w) && strings.HasPrefix(d.POSNames[d.POS[k-1]], "NN")
}

// glossEnd returns the comma that closes the relative clause opened at
// token j (asideEnd's), or the first comma after the clause's own verb
// that adverbs and a finite verb follow ("Ada Vell, who is accused of
// hiding the losses, [never made] …": a cue word in the clause is the
// gloss's); -1 when none does before end or a quotation mark comes
// first.
func glossEnd(d *layer.Doc, j, end int) int {
	if e := asideEnd(d, j, end, true, false); e >= 0 {
		return e
	}
	verb := false
	for k := j + 1; k < end; k++ {
		switch {
		case d.Toks[k].Kind == token.Quote:
			return -1
		case isComma(d, k) && verb:
			m := k + 1
			for m < end && d.POSNames[d.POS[m]] == "RB" {
				m++
			}
			if m < end && d.FiniteVerb(m) {
				return k
			}
			return -1
		case d.FiniteVerb(k):
			verb = true
		}
	}
	return -1
}
