package polnear

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// collectMisses records, per role, the gold fragments no predicted
// fragment equals and the predicted fragments no gold fragment equals,
// each with the attribution or statement it belongs to.
func (s *StatementScorer) collectMisses(d *Doc, gold, pred [NumRoles][]claimtrail.Span, sts []claimtrail.Statement) {
	for r := Role(0); r < NumRoles; r++ {
		g := map[claimtrail.Span]bool{}
		for _, sp := range gold[r] {
			g[Trim(d.Text, sp)] = true
		}
		p := map[claimtrail.Span]bool{}
		for _, sp := range pred[r] {
			p[Trim(d.Text, sp)] = true
		}
		for _, a := range d.Attributions {
			for _, sp := range a.Role(r) {
				if t := Trim(d.Text, sp); !t.Empty() && !p[t] {
					s.Misses = append(s.Misses, Miss{Doc: d.Name, Role: int(r), Span: t, Line: describeGold(d.Text, a)})
				}
			}
		}
		for i := range sts {
			for _, sp := range Fragments(sts[i : i+1])[r] {
				if t := Trim(d.Text, sp); !t.Empty() && !g[t] {
					s.Misses = append(s.Misses, Miss{Doc: d.Name, Role: int(r), Extra: true, Span: t, Line: describeStatement(&sts[i])})
				}
			}
		}
	}
}

func describeGold(text string, a Attribution) string {
	return fmt.Sprintf("gold: %s — %s — %s", joinFrags(text, a.Source), joinFrags(text, a.Cue), joinFrags(text, a.Content))
}

func describeStatement(st *claimtrail.Statement) string {
	return fmt.Sprintf("extract: %s — %s — %s", orDash(st.Speaker.Mention), st.Cue.Text, orDash(st.Content.Text))
}

func joinFrags(text string, spans []claimtrail.Span) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, s.Text(text))
	}
	return orDash(strings.Join(parts, " … "))
}

func orDash(s string) string {
	if s = strings.Join(strings.Fields(s), " "); s == "" {
		return "-"
	}
	return s
}

// roleName names a Miss's role.
func roleName(r int) string {
	if r == WholeRole {
		return "whole"
	}
	return Role(r).String()
}

// WriteMisses prints up to n misses and n false alarms per role, drawn
// with a fixed seed so runs compare, each with its document, the
// fragment's text and its attribution or statement. texts maps document
// names to their text; only, when not "", keeps one role ("whole" for
// whole contents).
func (s *StatementScorer) WriteMisses(w io.Writer, texts map[string]string, n int, only string) {
	for _, r := range []int{int(Source), int(Cue), int(Content), WholeRole} {
		if only != "" && only != roleName(r) {
			continue
		}
		for _, extra := range []bool{false, true} {
			var pick []Miss
			for _, m := range s.Misses {
				if m.Role == r && m.Extra == extra {
					pick = append(pick, m)
				}
			}
			kind := "miss"
			if extra {
				kind = "false alarm"
			}
			fmt.Fprintf(w, "\n%s %s: %d (a sample of %d)\n", roleName(r), kind, len(pick), min(n, len(pick)))
			rng := rand.New(rand.NewPCG(1, uint64(r+2)))
			rng.Shuffle(len(pick), func(i, j int) { pick[i], pick[j] = pick[j], pick[i] })
			for _, m := range pick[:min(n, len(pick))] {
				fmt.Fprintf(w, "  %s %s %q\n    %s\n", m.Doc, m.Span, clip(m.Span.Text(texts[m.Doc])), clip(m.Line))
			}
		}
	}
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		return string(r[:90]) + " … " + string(r[len(r)-60:])
	}
	return s
}
