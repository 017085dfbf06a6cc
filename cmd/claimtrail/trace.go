package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/trace"
	"github.com/spf13/cobra"
)

// newTracer returns the claim tracer over a store (serve uses it too).
func newTracer(st claimtrail.Store) (claimtrail.Tracer, error) {
	return trace.New(st, trace.Options{})
}

func (a *app) traceCmd() *cobra.Command {
	var db, format, from, to string
	var asJSON, noNarration bool
	var limit int
	var minMatch float64
	cmd := &cobra.Command{
		Use:   "trace CLAIM",
		Short: "Trace a claim: who asserted and denied it, when, who cites whom, where it came from",
		Long: `Finds every stored statement about CLAIM (across paraphrase: synonyms, aliases,
inflections), decides whether each asserts, denies or is neutral toward it, and
orders them oldest first by when they were said (said_on, else the article's
publication date). Reports the earliest assertion and denial, who cites whom
(from each statement's via), origin stories the articles tell ("started from
an article published on 29 August in …") with the dated statements that
contradict them, and statements that different documents date differently.

Formats: table (for people, the default), --json (one JSON object, the
contract's trace output), csv (one row per statement), dot (the who-cites-whom
graph for Graphviz).`,
		Example: `  claimtrail trace "Iran supplies drones to Russia" --db news.db
  claimtrail demo --db demo.db    # a store to try the next two on
  claimtrail trace "Veldovia sold patrol boats to Marisca" --db demo.db --json | jq .earliest_denial
  claimtrail trace "Veldovia sold patrol boats to Marisca" --db demo.db --format dot | dot -Tsvg > cites.svg`,
		Args: oneQuoted("trace", "claim", false),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := traceFormat(asJSON, format)
			if err != nil {
				return err
			}
			opt := claimtrail.TraceOptions{Limit: limit, MinMatch: minMatch, NoNarration: noNarration}
			st, lo, hi, err := openReadRange(cmd.Context(), db, from, to)
			if err != nil {
				return err
			}
			defer st.Close()
			opt.From, opt.To = lo, hi
			tr, err := newTracer(st)
			if err != nil {
				return err
			}
			t, err := tr.Trace(cmd.Context(), args[0], opt)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(a.stdout)
			defer w.Flush()
			return writeTrace(w, t, format, terminalWidth(a.stdout))
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the trace as one JSON object (same as --format json)")
	cmd.Flags().StringVar(&format, "format", "table", "output: table, json, csv or dot")
	cmd.Flags().IntVar(&limit, "limit", 0, "at most this many statements (default 1000)")
	cmd.Flags().Float64Var(&minMatch, "min-match", 0, "keep statements matching the claim at least this well, 0–1 (default 0.5)")
	cmd.Flags().BoolVar(&noNarration, "no-narration", false, "leave out the outlets' own voice (entries of form narration)")
	cmd.Flags().StringVar(&from, "from", "", "only statements said on or after this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&to, "to", "", "only statements said on or before this date (YYYY-MM-DD)")
	return cmd
}

// oneQuoted accepts one argument of several words (optional or not),
// and refuses more with the command quoted: the shell has split the
// words, and may have changed them on the way (a glob, an apostrophe, a
// #), so tracing what arrives could trace another claim than the one
// typed.
func oneQuoted(command, what string, optional bool) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 0 && !optional:
			return fmt.Errorf("name the %s: claimtrail %s \"…\"", what, command)
		case len(args) > 1:
			return fmt.Errorf("%s takes one %s, got %d words: quote the %s: claimtrail %s %s",
				command, what, len(args), what, command, shellQuote(strings.Join(args, " ")))
		}
		return nil
	}
}

// shellQuote quotes s for a POSIX shell: in double quotes when nothing in
// it is special there, else in single quotes.
func shellQuote(s string) string {
	if !strings.ContainsAny(s, "\"$`\\!") {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// traceFormat checks a trace output format; --json means json.
func traceFormat(asJSON bool, format string) (string, error) {
	if asJSON {
		return "json", nil
	}
	switch format {
	case "table", "json", "csv", "dot":
		return format, nil
	}
	return "", fmt.Errorf("--format: want table, json, csv or dot, got %q", format)
}

func writeTrace(w io.Writer, t *claimtrail.Trace, format string, width int) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(t)
	case "csv":
		return writeTraceCSV(w, t)
	case "dot":
		return trace.WriteDot(w, t)
	}
	writeTraceTable(w, t, width)
	return nil
}

var traceCSVHeader = append(append([]string(nil), csvHeader...), "stance", "match")

func writeTraceCSV(w io.Writer, t *claimtrail.Trace) error {
	cw := csv.NewWriter(w)
	cw.Write(traceCSVHeader)
	for i := range t.Statements {
		ts := &t.Statements[i]
		row := statementCSVRow(&ts.StoredStatement)
		row = append(row, ts.Stance, strconv.FormatFloat(ts.Match, 'f', 3, 64))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeTraceTable prints a trace for people: the summary, the statements
// oldest first, then origins, date conflicts and citations.
func writeTraceTable(w io.Writer, t *claimtrail.Trace, width int) {
	fmt.Fprintf(w, "Claim: %s\n", t.Claim)
	if len(t.Statements) == 0 {
		fmt.Fprintln(w, "No statement in the store matches this claim.")
		writeTraceArticles(w, t, width) // articles about it that never state it
		return
	}
	count := map[string]int{}
	narrated := map[string]int{} // the outlets' own voice: never the earliest
	for _, s := range t.Statements {
		count[s.Stance]++
		if s.Form == claimtrail.FormNarration {
			narrated[s.Stance]++
		}
	}
	fmt.Fprintf(w, "%d statements: %d assert, %d deny, %d neutral\n", len(t.Statements),
		count[claimtrail.Asserts], count[claimtrail.Denies], count[claimtrail.Neutral])
	fmt.Fprintf(w, "Earliest assertion: %s\n", earliestLine(t.EarliestAssertion, narrated[claimtrail.Asserts]))
	fmt.Fprintf(w, "Earliest denial:    %s\n\n", earliestLine(t.EarliestDenial, narrated[claimtrail.Denies]))

	// SAID ON holds a date and the * of a publication date: 11 wide.
	cols := []int{11, 8, 5, 22, 12, 18, 0}
	row := func(cells ...string) {
		var b strings.Builder
		used := 0
		for i, wd := range cols {
			cell := strings.Join(strings.Fields(cells[i]), " ")
			if wd == 0 {
				wd = max(width-used, 10)
			}
			cell = fit(cell, wd)
			b.WriteString(cell)
			if cols[i] > 0 {
				b.WriteString(strings.Repeat(" ", wd-len([]rune(cell))+1))
				used += wd + 1
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	row("SAID ON", "STANCE", "MATCH", "SPEAKER", "CUE", "DOC#N", "CONTENT")
	for i := range t.Statements {
		s := &t.Statements[i]
		date := claimtrail.FormatDate(s.Published) + "*"
		if s.SaidOn != nil && s.SaidOn.Basis != claimtrail.BasisPublished {
			date = s.SaidOn.Value
		} else if s.Published.IsZero() {
			date = "–"
		}
		speaker, cue, ref := s.Speaker.Name, s.Cue.Text, s.Doc+"#"+strconv.Itoa(s.N)
		if speaker == "" {
			speaker = s.Speaker.Mention
		}
		if s.Form == claimtrail.FormNarration {
			// the outlet's own voice: no cue, no ordinal
			speaker, cue, ref = orWord(speaker, "(the outlet)"), "(own voice)", s.Doc
		}
		row(date, s.Stance, strconv.FormatFloat(s.Match, 'f', 2, 64), speaker, cue, ref, s.Content.Text)
	}
	fmt.Fprintln(w, "(* not dated by the text: the publication date; – no date at all)")
	writeTraceFindings(w, t, width)
	writeTraceArticles(w, t, width)
}

// tableArticles caps the articles the table lists (--json lists all).
const tableArticles = 20

// writeTraceArticles prints each article's stance on the claim: how many
// assert, deny and discuss it, then one line per article.
func writeTraceArticles(w io.Writer, t *claimtrail.Trace, width int) {
	if len(t.Articles) == 0 {
		return
	}
	count := map[string]int{}
	for _, a := range t.Articles {
		count[a.Stance]++
	}
	fmt.Fprintf(w, "\nArticles: %d — %d assert, %d deny, %d discuss the claim\n", len(t.Articles),
		count[claimtrail.Asserts], count[claimtrail.Denies], count[claimtrail.Discusses])
	for i, a := range t.Articles {
		if i == tableArticles {
			fmt.Fprintf(w, "  … %d more (--json lists them all)\n", len(t.Articles)-i)
			break
		}
		var said []string
		for _, n := range a.Statements {
			said = append(said, "#"+strconv.Itoa(n))
		}
		if a.Narration != "" {
			said = append(said, "own voice")
		}
		if a.DuplicateOf != "" {
			said = append(said, "same text as "+a.DuplicateOf)
		}
		if said == nil {
			said = []string{"no statement"}
		}
		line := fmt.Sprintf("  %-9s %-10s %-16s %s", a.Stance, orDash(a.Published), a.Doc, strings.Join(said, " "))
		if a.Title != "" {
			line += ": " + a.Title
		}
		fmt.Fprintln(w, fit(line, max(width, 40)))
	}
}

// orWord is s, else word.
func orWord(s, word string) string {
	if s == "" {
		return word
	}
	return s
}

// writeTraceFindings prints what the trace found beside its statements:
// origin stories, date conflicts, who cites whom.
func writeTraceFindings(w io.Writer, t *claimtrail.Trace, width int) {
	if len(t.Origins) > 0 {
		fmt.Fprintln(w, "\nOrigin stories:")
		for _, o := range t.Origins {
			fmt.Fprintf(w, "  %s (%s): %q\n", o.Doc, orDash(o.Date), fit(o.Text, max(width-30, 40)))
			fmt.Fprintf(w, "    names %s", orDash(o.Names))
			if len(o.ContradictedBy) > 0 {
				fmt.Fprintf(w, "; CONTRADICTED by %d earlier dated statements:\n", len(o.ContradictedBy))
				for _, r := range o.ContradictedBy {
					fmt.Fprintf(w, "      %s\n", refLine(&r))
				}
			} else {
				fmt.Fprintln(w, "; no earlier dated statement contradicts it")
			}
		}
	}
	if len(t.DateConflicts) > 0 {
		fmt.Fprintln(w, "\nDate conflicts (one statement, dated differently):")
		for _, c := range t.DateConflicts {
			fmt.Fprintf(w, "  %s: %s\n", c.Speaker, strings.Join(c.Values, " vs "))
			for _, r := range c.Statements {
				fmt.Fprintf(w, "      %s\n", refLine(&r))
			}
		}
	}
	if len(t.Citations) > 0 {
		fmt.Fprintln(w, "\nWho cites whom:")
		for _, c := range t.Citations {
			fmt.Fprintf(w, "  %s → %s (%d)\n", c.From, c.To, len(c.Statements))
		}
	}
}

// earliestLine is refLine for the earliest assertion or denial, which is
// an attributed statement's: when there is none while narration entries
// (the outlets' own voice) take that side, it says so, so that "none" is
// not read as "nobody said it".
func earliestLine(r *claimtrail.StatementRef, narrated int) string {
	switch {
	case r != nil:
		return refLine(r)
	case narrated == 1:
		return "none attributed (1 narration entry, the outlet's own voice, takes this side)"
	case narrated > 1:
		return fmt.Sprintf("none attributed (%d narration entries, the outlets' own voice, take this side)", narrated)
	}
	return "none"
}

func refLine(r *claimtrail.StatementRef) string {
	if r == nil {
		return "none"
	}
	date := r.SaidOn
	switch {
	case date != "":
	case r.Published != "":
		date = r.Published + " (published)"
	default:
		date = "undated"
	}
	s := fmt.Sprintf("%s, %s — %s#%d", r.Speaker, date, r.Doc, r.N)
	if r.Source != "" {
		s += " (" + r.Source + ")"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
