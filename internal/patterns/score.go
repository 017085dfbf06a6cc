package patterns

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

// Result is the verdict on one case: it passes when every wanted
// statement is produced with the wanted fields and nothing else is.
type Result struct {
	Case Case
	Pass bool
	// Got holds extract's statements; Diffs says, per wanted statement
	// not found, which fields the closest statement got wrong, and names
	// the extra statements.
	Got   []claimtrail.Statement
	Diffs []string
}

// Check compares the statements extract gave for c with c.Want. Text
// fields are compared after trimming quotation marks, punctuation and
// space at the edges and collapsing inner space; speaker names, via names
// and cues ignore case and a leading "the"; contents ignore a leading
// "that" (annotators differ on whether the complementiser belongs to it).
func Check(c Case, got []claimtrail.Statement) Result {
	res := Result{Case: c, Got: got}
	used := make([]bool, len(got))
	for _, w := range c.Want {
		best, bestWrong := -1, []string(nil)
		for i := range got {
			if used[i] {
				continue
			}
			wrong := compare(w, &got[i])
			if best < 0 || len(wrong) < len(bestWrong) {
				best, bestWrong = i, wrong
			}
			if len(wrong) == 0 {
				break
			}
		}
		switch {
		case best < 0:
			res.Diffs = append(res.Diffs, "missing: "+describeWant(w))
		case len(bestWrong) > 0:
			res.Diffs = append(res.Diffs, fmt.Sprintf("wrong %s: want %s", strings.Join(bestWrong, ", "), describeWant(w)))
		default:
			used[best] = true
		}
	}
	for i := range got {
		// unmatched statements are listed whole, also the closest one of
		// a wrong-field diff, so a reader sees what extract gave
		if !used[i] {
			res.Diffs = append(res.Diffs, "unmatched: "+Describe(&got[i]))
		}
	}
	res.Pass = len(res.Diffs) == 0
	return res
}

// compare returns the names of the fields of st that differ from w.
func compare(w Want, st *claimtrail.Statement) []string {
	var wrong []string
	if normName(w.Speaker) != normName(st.Speaker.Name) {
		wrong = append(wrong, "speaker")
	}
	if w.Type != st.Speaker.Type {
		wrong = append(wrong, "type")
	}
	if !slices.Contains(cueChoices(w.Cue), normName(st.Cue.Text)) {
		wrong = append(wrong, "cue")
	}
	if normContent(w.Content) != normContent(st.Content.Text) {
		wrong = append(wrong, "content")
	}
	var via []string
	for _, v := range st.Via {
		via = append(via, normName(v.Name))
	}
	var wantVia []string
	for _, v := range w.Via {
		wantVia = append(wantVia, normName(v))
	}
	slices.Sort(via)
	slices.Sort(wantVia)
	if !slices.Equal(via, wantVia) {
		wrong = append(wrong, "via")
	}
	if w.Polarity != st.Polarity {
		wrong = append(wrong, "polarity")
	}
	if w.Affiliation != nil && normName(*w.Affiliation) != normName(st.Speaker.Affiliation) {
		wrong = append(wrong, "affiliation")
	}
	return wrong
}

func cueChoices(cue string) []string {
	var out []string
	for _, c := range strings.Split(cue, "|") {
		out = append(out, normName(c))
	}
	return out
}

// normText trims quotation marks, punctuation and space at both edges and
// collapses inner white space.
func normText(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '`'
	})
	return strings.Join(strings.Fields(s), " ")
}

func normName(s string) string {
	s = strings.ToLower(normText(s))
	return normText(strings.TrimPrefix(s, "the "))
}

// normContent also compares the fragments of a split quote one by one:
// extract joins them with " … ", and each is trimmed.
func normContent(s string) string {
	parts := strings.Split(s, "…")
	for i, p := range parts {
		parts[i] = normText(p)
	}
	s = strings.Join(slices.DeleteFunc(parts, func(p string) bool { return p == "" }), " … ")
	if rest, ok := strings.CutPrefix(s, "that"); ok && rest != "" {
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
			s = normText(rest)
		}
	}
	return s
}

func describeWant(w Want) string {
	via := ""
	if len(w.Via) > 0 {
		via = " via " + strings.Join(w.Via, ", ")
	}
	return fmt.Sprintf("%s (%s) — %s — %q%s [%s]", orDash(w.Speaker), w.Type, w.Cue, w.Content, via, w.Polarity)
}

// Describe formats a statement as the diffs list it.
func Describe(st *claimtrail.Statement) string {
	var via []string
	for _, v := range st.Via {
		via = append(via, v.Name)
	}
	vs := ""
	if len(via) > 0 {
		vs = " via " + strings.Join(via, ", ")
	}
	return fmt.Sprintf("%s (%s) — %s — %q%s [%s]", orDash(st.Speaker.Name), st.Speaker.Type, st.Cue.Text, st.Content.Text, vs, st.Polarity)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// Report tallies results per construction.
type Report struct {
	Results []Result
}

// Passed returns how many cases passed.
func (r *Report) Passed() int {
	n := 0
	for _, x := range r.Results {
		if x.Pass {
			n++
		}
	}
	return n
}

// Write prints the pass rate per construction (in the suite's order of
// first appearance) and overall; verbose adds every failing case with its
// diffs.
func (r *Report) Write(w io.Writer, verbose bool) {
	type tally struct{ pass, all int }
	var order []string
	by := map[string]*tally{}
	for _, x := range r.Results {
		t := by[x.Case.Construction]
		if t == nil {
			t = &tally{}
			by[x.Case.Construction] = t
			order = append(order, x.Case.Construction)
		}
		t.all++
		if x.Pass {
			t.pass++
		}
	}
	fmt.Fprintf(w, "%-34s %5s %5s %7s\n", "construction", "pass", "cases", "rate")
	for _, c := range order {
		t := by[c]
		fmt.Fprintf(w, "%-34s %5d %5d %6.1f%%\n", c, t.pass, t.all, pct(t.pass, t.all))
	}
	fmt.Fprintf(w, "%-34s %5d %5d %6.1f%%\n", "overall", r.Passed(), len(r.Results), pct(r.Passed(), len(r.Results)))
	if !verbose {
		return
	}
	for _, x := range r.Results {
		if x.Pass {
			continue
		}
		fmt.Fprintf(w, "\nFAIL %s (%s): %s\n", x.Case.ID, x.Case.Construction, strings.Join(strings.Fields(x.Case.Text), " "))
		for _, d := range x.Diffs {
			fmt.Fprintf(w, "  %s\n", d)
		}
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
