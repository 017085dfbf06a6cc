package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// inputFlags are the flags every command that reads articles shares.
type inputFlags struct {
	published string
	docID     string
	maxBytes  int
	format    string
	follow    bool
	rate      float64
	timeout   time.Duration
}

func (f *inputFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.published, "published", "", "publication date of the input (YYYY-MM-DD or RFC 3339); overrides metadata")
	cmd.Flags().StringVar(&f.docID, "doc", "", "document id (for a single input)")
	cmd.Flags().IntVar(&f.maxBytes, "max-bytes", 64<<20, "largest document or JSON Lines record read")
	cmd.Flags().StringVar(&f.format, "input-format", "", "format of standard input: txt, jsonl, html, feed or warc (default: sniffed)")
	cmd.Flags().BoolVar(&f.follow, "follow", false, "for feeds: fetch each item's linked page and read it instead of the item text")
	cmd.Flags().Float64Var(&f.rate, "rate", 1, "for URLs: requests per second to one host")
	cmd.Flags().DurationVar(&f.timeout, "timeout", 30*time.Second, "for URLs: the longest one fetch may take")
}

func (f *inputFlags) options(stdin io.Reader) (ingest.Options, error) {
	opt := ingest.Options{DocID: f.docID, MaxBytes: f.maxBytes, LimitHint: "see --max-bytes", Stdin: stdin, Format: f.format,
		Follow: f.follow, RatePerHost: f.rate, Timeout: f.timeout}
	if f.published != "" {
		t, err := claimtrail.ParseDate(f.published)
		if err != nil {
			return opt, fmt.Errorf("--published: %s", claimtrail.ErrorMessage(err))
		}
		opt.Published = t
	}
	return opt, nil
}

// readInputs reads every input, calling fn per document; failures are
// named on stderr and make the command's exit code 1.
func (a *app) readInputs(ctx context.Context, inputs []string, f *inputFlags, fn func(*claimtrail.Document) error) error {
	opt, err := f.options(a.stdin)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("no input: name files, folders or - for standard input")
	}
	failed := 0
	err = ingest.Read(ctx, inputs, opt, ingest.Handler{
		Doc:  fn,
		Fail: func(e *ingest.Error) { failed++; fmt.Fprintln(a.stderr, "error:", e) },
		Warn: func(e *ingest.Warning) { fmt.Fprintln(a.stderr, "warning:", e) },
		Skip: func(s *ingest.Skip) {
			if s.Reason == ingest.SkipNotArticle {
				fmt.Fprintf(a.stderr, "skipped: %s: %s\n", s.Input, s.Detail)
			}
		},
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) failed: %w", failed, errPartial)
	}
	return nil
}

func (a *app) extractCmd() *cobra.Command {
	var in inputFlags
	var format string
	var textOnly bool
	var workers int
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE... | -",
		Short: "Print the attributed statements of articles (JSON Lines or a table)",
		Long: `Reads articles and prints one JSON object per statement, as the contract
defines them. Inputs: .txt (with an optional NAME.meta.json beside it), .jsonl
records (streamed), .html pages, RSS/Atom/JSON feeds, WARC and WARC.gz crawls,
http(s) URLs (robots.txt respected, rate-limited per host), folders of these,
and - for standard input. Offsets are bytes into the analysed text (for HTML the
extracted main text), which --text-only prints.`,
		Example: `  claimtrail extract examples/harbour-deal-denied.txt
  claimtrail extract --format table examples/demo/
  cat articles.jsonl | claimtrail extract -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			x, err := extract.New(extract.Options{})
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(a.stdout, 64<<10)
			defer w.Flush()
			p, err := newStatementPrinter(x, w, format, terminalWidth(a.stdout), textOnly)
			if err != nil {
				return err
			}
			read := func(ctx context.Context, fn func(*claimtrail.Document) error) error {
				return a.readInputs(ctx, args, &in, fn)
			}
			own := func(*claimtrail.Document) bool { return textOnly }
			// documents are extracted on every core, their statements
			// printed in input order: the output is the same as one core's
			err = pipeline.ExtractOrdered(cmd.Context(), x, workers, read, own, p.document)
			if !textOnly {
				a.warnDating(p.dating, in.published != "")
			}
			return err
		},
	}
	in.register(cmd)
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "extraction workers, one per core unless set; the output order does not depend on it")
	cmd.Flags().StringVar(&format, "format", "jsonl", "output: jsonl or table")
	cmd.Flags().BoolVar(&textOnly, "text-only", false, "print the analysed text (what offsets point into) instead")
	return cmd
}

// statementPrinter prints extract's output: statements as JSON Lines or
// a table, or with textOnly the analysed texts.
type statementPrinter struct {
	x        *extract.Extractor
	w        io.Writer
	enc      *json.Encoder
	tw       *tableWriter
	textOnly bool
	origin   string // of the document being printed
	dated    bool   // whether the document being printed has a publication date
	dating   dating // of the statements printed
}

func newStatementPrinter(x *extract.Extractor, w io.Writer, format string, width int, textOnly bool) (*statementPrinter, error) {
	p := &statementPrinter{x: x, w: w, enc: json.NewEncoder(w), textOnly: textOnly}
	p.enc.SetEscapeHTML(false)
	switch format {
	case "table":
		p.tw = newTableWriter(w, width)
	case "jsonl":
	default:
		return nil, fmt.Errorf("--format: want jsonl or table, got %q", format)
	}
	return p, nil
}

// document prints one document's statements (pipeline.ExtractOrdered's
// write); a document left to it (own) is streamed window by window.
func (p *statementPrinter) document(d *claimtrail.Document, sts []claimtrail.Statement, own bool) error {
	p.origin, p.dated = d.Origin, d.HasPublished()
	switch {
	case p.textOnly:
		_, err := io.WriteString(p.w, d.Text)
		return err
	case own: // a long document
		return p.x.Each(d, p.statement)
	}
	for i := range sts {
		if err := p.statement(&sts[i]); err != nil {
			return err
		}
	}
	return nil
}

// statement prints one statement. Each JSON line also names the input it
// came from (the doc id of a file in a folder is its path from the folder
// given, "business/001"; a JSON Lines record's is its own).
func (p *statementPrinter) statement(s *claimtrail.Statement) error {
	p.dating.add(s, p.dated)
	if p.tw != nil {
		p.tw.statement(s)
		return nil
	}
	return p.enc.Encode(struct {
		*claimtrail.Statement
		Origin string `json:"origin,omitempty"`
	}{s, p.origin})
}

func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if wd, _, err := term.GetSize(int(f.Fd())); err == nil && wd > 40 {
			return wd
		}
	}
	if c, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && c > 40 {
		return c
	}
	return 120
}

// tableWriter prints statements for people: one line each, cut to width.
type tableWriter struct {
	w      io.Writer
	width  int
	header bool
}

func newTableWriter(w io.Writer, width int) *tableWriter { return &tableWriter{w: w, width: width} }

func (t *tableWriter) statement(s *claimtrail.Statement) {
	date := ""
	if s.SaidOn != nil {
		date = s.SaidOn.Value
	}
	t.row(s.Doc, strconv.Itoa(s.N), s.Speaker.Name, s.Cue.Text, s.Polarity, date, s.Content.Text)
}

var tableCols = []struct {
	name  string
	width int
}{{"DOC", 16}, {"N", 3}, {"SPEAKER", 24}, {"CUE", 12}, {"POLARITY", 8}, {"SAID ON", 10}, {"CONTENT", 0}}

func (t *tableWriter) row(cells ...string) {
	if !t.header {
		t.header = true
		var names []string
		for _, c := range tableCols {
			names = append(names, c.name)
		}
		t.row(names...)
	}
	var b strings.Builder
	used := 0
	for i, c := range tableCols {
		cell := strings.Join(strings.Fields(cells[i]), " ")
		wd := c.width
		if wd == 0 {
			wd = max(t.width-used, 10)
		}
		cell = fit(cell, wd)
		b.WriteString(cell)
		if c.width > 0 {
			b.WriteString(strings.Repeat(" ", wd-utf8.RuneCountInString(cell)+1))
			used += wd + 1
		}
	}
	fmt.Fprintln(t.w, strings.TrimRight(b.String(), " "))
}

// fit cuts s to n runes, marking the cut with an ellipsis.
func fit(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
