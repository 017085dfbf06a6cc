package web

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

// Span kinds highlighted in an article.
var spanKinds = []string{"speaker", "cue", "content", "date"}

// segment is a run of article text covered by the same spans. The
// template escapes Text like any other value.
type segment struct {
	Text  string
	Kinds []string // of spanKinds, in that order; empty for plain text
	Ns    []int    // the statements whose spans cover it
}

// Class returns the segment's CSS classes.
func (s segment) Class() string {
	var b strings.Builder
	b.WriteString("hl")
	for _, k := range s.Kinds {
		b.WriteString(" hl-")
		b.WriteString(k)
	}
	return b.String()
}

// Title says what covers the segment, for a tooltip.
func (s segment) Title() string {
	title := joinInts(s.Ns, ", ") + ": " + strings.Join(s.Kinds, ", ")
	if len(s.Ns) > 0 {
		title = "statement " + title
	}
	return title
}

// NList is Ns as a space-separated list, for a data attribute.
func (s segment) NList() string { return joinInts(s.Ns, " ") }

// joinInts writes ns in decimal, sep between them.
func joinInts(ns []int, sep string) string {
	var b strings.Builder
	for i, n := range ns {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

type kindSpan struct {
	claimtrail.Span
	kind int
	n    int
}

// highlight splits text on the boundaries of the statements' speaker, cue,
// content and date spans (byte offsets, [start, end)). Spans out of
// bounds are dropped; ends inside a UTF-8 sequence move to the rune's
// start, so no piece splits a character. Concatenating the pieces gives
// text back.
func highlight(text string, sts []*claimtrail.StoredStatement) []segment {
	var spans []kindSpan
	add := func(sp *claimtrail.Span, kind, n int) {
		if sp == nil || !sp.Valid(len(text)) {
			return
		}
		s := claimtrail.Span{Start: runeStart(text, sp.Start), End: runeStart(text, sp.End)}
		if s.Empty() {
			return
		}
		spans = append(spans, kindSpan{s, kind, n})
	}
	for _, st := range sts {
		add(st.Speaker.Span, 0, st.N)
		cue := st.Cue.Span
		add(&cue, 1, st.N)
		for _, c := range st.Content.Spans {
			add(&c, 2, st.N)
		}
		if st.SaidOn != nil {
			add(st.SaidOn.Span, 3, st.N)
		}
	}
	cuts := []int{0, len(text)}
	for _, s := range spans {
		cuts = append(cuts, s.Start, s.End)
	}
	sort.Ints(cuts)
	var out []segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		seg := segment{Text: text[a:b]}
		var kinds [4]bool
		for _, s := range spans {
			if s.Start <= a && b <= s.End {
				kinds[s.kind] = true
				if !slices.Contains(seg.Ns, s.n) {
					seg.Ns = append(seg.Ns, s.n)
				}
			}
		}
		for k, on := range kinds {
			if on {
				seg.Kinds = append(seg.Kinds, spanKinds[k])
			}
		}
		sort.Ints(seg.Ns)
		// merge with the previous piece when nothing differs
		if len(out) > 0 && sameCover(out[len(out)-1], seg) {
			out[len(out)-1].Text += seg.Text
			continue
		}
		out = append(out, seg)
	}
	return out
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

func sameCover(a, b segment) bool {
	if len(a.Kinds) != len(b.Kinds) || len(a.Ns) != len(b.Ns) {
		return false
	}
	for i := range a.Kinds {
		if a.Kinds[i] != b.Kinds[i] {
			return false
		}
	}
	for i := range a.Ns {
		if a.Ns[i] != b.Ns[i] {
			return false
		}
	}
	return true
}
