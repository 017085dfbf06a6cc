package dating

import (
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/timex"
)

// statementDate reports whether a time expression can date a statement:
// a calendar DATE or TIME, resolved or not, not a duration, set or vague
// reference.
func statementDate(t *claimtrail.Timex) bool {
	if t.Type != claimtrail.TimexDate && t.Type != claimtrail.TimexTime {
		return false
	}
	v := t.Value
	return len(v) >= 4 && (v[0] >= '0' && v[0] <= '9' || strings.HasPrefix(v, "XXXX-"))
}

// timeRef turns a time expression into a statement date.
func timeRef(t *claimtrail.Timex, basis string, withSpan bool) *claimtrail.TimeRef {
	v := t.Value
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10] // "2022-10-03TMO": the day is what dates a statement
	}
	g := timex.Grain(v)
	if g == "" {
		g = claimtrail.GrainDay
	}
	r := &claimtrail.TimeRef{Value: v, Grain: g, Text: t.Text, Basis: basis}
	if withSpan {
		sp := t.Span
		r.Span = &sp
	}
	return r
}

// calendar returns on when its value is a calendar value (YYYY, YYYY-MM,
// YYYY-MM-DD). A week ("2004-W52": "said last week") becomes its Monday
// with grain week: the first day the statement may have been made, so it
// still sorts, filters and conflicts by its days (TimeRef.Range), where
// dropping it would date the statement by its publication, up to a week
// late. Any other value ("XXXX-WXX-2": "on Tuesday" with no document
// date; "2004-Q3", "2004-SU", "2004-W53-WE") names no day a fact-checker
// can use: its expression goes to st.SaidOnExpr and calendar returns nil.
func calendar(on *claimtrail.TimeRef, st *claimtrail.Statement) *claimtrail.TimeRef {
	if on == nil || claimtrail.CalendarValue(on.Value) {
		return on
	}
	if on.Grain == claimtrail.GrainWeek {
		if first, _, ok := claimtrail.DateRange(on.Value); ok {
			on.Value = first.Format("2006-01-02")
			return on
		}
	}
	st.SaidOnExpr = &claimtrail.TimeExpr{Text: on.Text, Span: on.Span, Timex: on.Value}
	return nil
}

// explicitDate finds the time expression of the statement's sentence that
// belongs to its cue: outside every content of the group, nearest the cue.
func explicitDate(d *layer.Doc, g attrib.Group) *claimtrail.Timex {
	s := d.Sents[d.Sent[g.Cue.First]]
	first, last := s.First, s.Last
	if first >= last {
		return nil
	}
	lo, hi := d.Toks[first].Start, d.Toks[last-1].End
	cue := d.Toks[g.Cue.First].Start
	var best *claimtrail.Timex
	bestD := 1 << 30
	in := d.TimexIn(lo, hi)
	for i := range in {
		t := &in[i]
		if t.Span.Start < lo || t.Span.End > hi || !statementDate(t) {
			continue
		}
		inside := false
		for _, c := range g.Contents {
			cs := claimtrail.Span{Start: d.Toks[c.First].Start, End: d.Toks[c.Last-1].End}
			// a date after a content that follows its cue closes the
			// content's clause: "said Iran may train them as soon as this month"
			if cs.Overlaps(t.Span) || c.First >= g.Cue.Last && t.Span.Start >= cs.End && !g.ChannelCut {
				inside = true
				break
			}
		}
		if inside || otherClause(d, t.Span, g) || inRelativeAside(d, t.Span, g.Cue.First) || inRelativeAfter(d, t.Span, g.Cue) {
			continue
		}
		d := abs(t.Span.Start - cue)
		if d < bestD {
			best, bestD = t, d
		}
	}
	return best
}

// contrasts are the words that end one main clause and open another
// whatever follows ("but", "yet": scope-end words of table stance-clauses
// that open no subordinate clause).
var contrasts = sync.OnceValue(func() map[string]bool {
	t := lang.MustLoad("en", "stance-clauses")
	m := map[string]bool{}
	for _, w := range t.Order {
		role := t.Field(w, 0)
		m[w] = strings.Contains(role, "scope-end") && !strings.Contains(role, "subordinate")
	}
	return m
})

// otherClause reports whether a time expression before the statement's
// first word dates another main clause: a contrast word, a semicolon or a
// lone dash stands between them. "The Games ended more than four years
// ago, but the agency's chief said …" dates the Games, not the saying; so
// does "sales had fallen in November - with analysts saying …". A pair
// of dashes is an aside inside one clause ("On Friday - a day early - he
// said").
func otherClause(d *layer.Doc, t claimtrail.Span, g attrib.Group) bool {
	first := g.Cue.First
	for _, s := range g.Sources {
		first = min(first, s.First)
	}
	if t.End > d.Toks[first].Start {
		return false
	}
	depth, dashes := 0, 0 // a semicolon in brackets parts figures: "($1.5bn; £800m)"
	for k := d.TokenAt(t.End); k < first; k++ {
		switch w := d.Low[k]; {
		case w == "(":
			depth++
		case w == ")":
			depth = max(depth-1, 0)
		case w == ";" && depth == 0 || contrasts()[w]:
			return true
		case depth == 0 && isDash(d, k):
			dashes++
		}
	}
	return dashes%2 == 1
}

// isDash reports whether token k is a dash standing between words (spaced
// or a long dash), not a hyphen inside a word.
func isDash(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	switch d.Text[t.Start:t.End] {
	case "-":
		return t.Start > 0 && d.Text[t.Start-1] == ' '
	case "--", "–", "—", "―":
		return true
	}
	return false
}

// presentTense reports whether the cue's verb is in the present tense
// ("rejects", "says"), which in news dates it to the publication.
func presentTense(d *layer.Doc, r attrib.Run) bool {
	if d.POS == nil {
		return false
	}
	for k := r.First; k < r.Last; k++ {
		if d.Cue[k].Class == 0 {
			continue
		}
		switch d.POSNames[d.POS[k]] {
		case "VBZ", "VBP":
			return true
		}
		return false
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// inRelativeAside reports whether a time expression before the cue lies
// in a relative clause set off by commas or dashes that closes before
// the cue: "The 27-year-old, who captained Dunmore to the cup last
// year, said" dates the captaincy, not the saying.
func inRelativeAside(d *layer.Doc, t claimtrail.Span, cue int) bool {
	if d.POS == nil || t.End > d.Toks[cue].Start {
		return false
	}
	k := d.TokenAt(t.Start) - 1
	for k > 0 && d.Sent[k] == d.Sent[cue] && !asideMark(d, k) {
		k--
	}
	if k <= 0 || d.Sent[k] != d.Sent[cue] || !asideMark(d, k) || !layer.IsRelative(d.Low[k+1]) {
		return false
	}
	switch d.POSNames[d.POS[k+1]] {
	case "WP", "WDT", "WP$": // not "when", "while"
	default:
		return false
	}
	for j := d.TokenAt(t.End); j < cue; j++ {
		if asideMark(d, j) {
			return true
		}
	}
	return false
}

// inRelativeAside's after-cue twin: inRelativeAfter reports whether a
// time expression after the cue lies in a relative clause that opens
// with a comma or dash after the cue: "'…,' said McIlroy, who retired
// last August" and "according to Ada Vell, who founded the group in
// 1999" date the retiring and the founding, not the saying.
func inRelativeAfter(d *layer.Doc, t claimtrail.Span, cue attrib.Run) bool {
	if d.POS == nil || cue.Last <= cue.First || t.Start < d.Toks[cue.Last-1].End {
		return false
	}
	k := d.TokenAt(t.Start) - 1
	for k >= cue.Last && d.Sent[k] == d.Sent[cue.First] && !asideMark(d, k) {
		k--
	}
	if k < cue.Last || d.Sent[k] != d.Sent[cue.First] || !layer.IsRelative(d.Low[k+1]) {
		return false
	}
	switch d.POSNames[d.POS[k+1]] {
	case "WP", "WDT", "WP$": // not "when", "while"
		return true
	}
	return false
}

// asideMark reports whether token k is a comma or a dash between words.
func asideMark(d *layer.Doc, k int) bool { return d.Low[k] == "," || isDash(d, k) }
