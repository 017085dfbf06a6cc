// Package seedgold scores extracted statements against the gold reading of
// the seed article (../shared/corpus/seed/*.gold.json): each gold statement
// found, its speaker, polarity and date; and no statement invented from
// the sentences the gold marks unattributed.
package seedgold

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// Gold is the gold file.
type Gold struct {
	Article      string      `json:"article"`
	Published    string      `json:"published"`
	Claim        string      `json:"claim"`
	Statements   []Statement `json:"statements"`
	Unattributed []string    `json:"unattributed"`
	Provenance   Provenance  `json:"provenance"`
}

// Statement is one gold statement.
type Statement struct {
	N            int               `json:"n"`
	Speaker      string            `json:"speaker"`
	Role         string            `json:"role"`
	Affiliation  string            `json:"affiliation"`
	Mention      string            `json:"mention"`
	Cue          string            `json:"cue"`
	Form         string            `json:"form"`
	ContentStart string            `json:"content_start"`
	Stance       string            `json:"stance"`
	SaidOn       *string           `json:"said_on"`
	AcceptSaidOn []*string         `json:"accept_said_on"`
	SaidOnText   string            `json:"said_on_text"`
	Channel      string            `json:"channel"`
	Venue        string            `json:"venue"`
	Addressee    string            `json:"addressee"`
	Via          []string          `json:"via"`
	Extra        map[string]string `json:"-"`
}

// Provenance is the gold provenance reading.
type Provenance struct {
	OriginStatement string `json:"origin_statement"`
	OriginNamed     struct {
		Source string `json:"source"`
		Date   string `json:"date"`
	} `json:"origin_named"`
	ContradictedBy    []int `json:"contradicted_by"`
	EarliestAssertion struct {
		Speaker string `json:"speaker"`
		SaidOn  string `json:"said_on"`
	} `json:"earliest_assertion"`
	EarliestDenial struct {
		Speaker string `json:"speaker"`
		SaidOn  string `json:"said_on"`
	} `json:"earliest_denial"`
}

// Load reads a gold file.
func Load(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// Result is the score of one run.
type Result struct {
	Gold, Found, Speaker, Polarity, SaidOn int
	Invented                               int
	Lines                                  []string // one line per gold statement and per invented statement
}

// Match returns the index of the predicted statement that reads gold
// statement g: its content covers where the gold content starts (the
// earliest cue if several do), or -1.
func Match(text string, g Statement, pred []claimtrail.Statement) int {
	at := contentOffset(text, g.ContentStart)
	if at < 0 {
		return -1
	}
	best := -1
	for i, p := range pred {
		for _, sp := range p.Content.Spans {
			// the gold start may sit just after a "that" or quotation mark
			if sp.Start <= at+2 && at < sp.End && at-sp.Start < 12 {
				if best < 0 || strings.EqualFold(p.Cue.Text, g.Cue) {
					best = i
				}
			}
		}
	}
	return best
}

func contentOffset(text, start string) int {
	if start == "" {
		return -1
	}
	return strings.Index(text, start)
}

func norm(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimPrefix(s, "the ")
}

// Score compares the statements extracted from text with the gold.
func Score(text string, g *Gold, pred []claimtrail.Statement) Result {
	var r Result
	r.Gold = len(g.Statements)
	used := map[int]bool{}
	for _, gs := range g.Statements {
		i := Match(text, gs, pred)
		if i < 0 {
			r.Lines = append(r.Lines, fmt.Sprintf("%2d MISSED  %s %s %q", gs.N, gs.Speaker, gs.Cue, gs.ContentStart))
			continue
		}
		used[i] = true
		p := pred[i]
		r.Found++
		var bad []string
		if norm(p.Speaker.Name) == norm(gs.Speaker) {
			r.Speaker++
		} else {
			bad = append(bad, fmt.Sprintf("speaker %q want %q", p.Speaker.Name, gs.Speaker))
		}
		want := claimtrail.Affirm
		if gs.Stance == "denies" {
			want = claimtrail.Deny
		}
		if p.Polarity == want {
			r.Polarity++
		} else {
			bad = append(bad, fmt.Sprintf("polarity %s want %s", p.Polarity, want))
		}
		got := ""
		if p.SaidOn != nil {
			got = p.SaidOn.Value
		}
		if dateOK(got, gs) {
			r.SaidOn++
		} else {
			bad = append(bad, fmt.Sprintf("said_on %q want %s", got, wantDates(gs)))
		}
		status := "ok     "
		if len(bad) > 0 {
			status = "WRONG  "
		}
		r.Lines = append(r.Lines, fmt.Sprintf("%2d %s %s | %s | %s", gs.N, status, p.Speaker.Name, p.Cue.Text, strings.Join(bad, "; ")))
	}
	// statements whose cue lies in an unattributed passage
	for _, u := range g.Unattributed {
		frag := u
		if i := strings.Index(frag, " ..."); i > 0 {
			frag = frag[:i]
		} else if i := strings.Index(frag, " ("); i > 0 {
			frag = frag[:i]
		}
		at := strings.Index(text, frag)
		if at < 0 {
			continue
		}
		end := at + len(frag)
		for i, p := range pred {
			if used[i] || p.Cue.Span.Start < at || p.Cue.Span.Start >= end {
				continue
			}
			// the gold allows "similar claims from US administration officials" as a statement of theirs
			if strings.Contains(u, "a system may report it") && strings.Contains(u, p.Speaker.Name) && p.Speaker.Name != "" {
				continue
			}
			r.Invented++
			r.Lines = append(r.Lines, fmt.Sprintf("   INVENTED %s %q from %q", p.Speaker.Name, p.Cue.Text, frag))
		}
	}
	return r
}

func dateOK(got string, g Statement) bool {
	if g.SaidOn != nil && got == *g.SaidOn || g.SaidOn == nil && got == "" {
		return true
	}
	for _, a := range g.AcceptSaidOn {
		if a == nil && got == "" || a != nil && *a == got {
			return true
		}
	}
	return false
}

func wantDates(g Statement) string {
	var out []string
	if g.SaidOn != nil {
		out = append(out, *g.SaidOn)
	} else {
		out = append(out, "null")
	}
	for _, a := range g.AcceptSaidOn {
		if a == nil {
			out = append(out, "null")
		} else {
			out = append(out, *a)
		}
	}
	return strings.Join(out, "|")
}

// Write prints the result.
func (r Result) Write(w io.Writer) {
	for _, l := range r.Lines {
		fmt.Fprintln(w, l)
	}
	fmt.Fprintf(w, "found %d/%d, speaker %d/%d, polarity %d/%d, said_on %d/%d, invented %d\n",
		r.Found, r.Gold, r.Speaker, r.Gold, r.Polarity, r.Gold, r.SaidOn, r.Gold, r.Invented)
}
