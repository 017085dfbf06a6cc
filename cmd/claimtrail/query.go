package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/spf13/cobra"
)

// statementWriter prints stored statements as a table, JSON Lines or CSV.
type statementWriter struct {
	format string
	enc    *json.Encoder
	csv    *csv.Writer
	table  *tableWriter
}

func newStatementWriter(w io.Writer, format string, width int) (*statementWriter, error) {
	sw := &statementWriter{format: format}
	switch format {
	case "jsonl":
		sw.enc = json.NewEncoder(w)
		sw.enc.SetEscapeHTML(false)
	case "csv":
		sw.csv = csv.NewWriter(w)
		sw.csv.Write(csvHeader)
	case "table":
		sw.table = newTableWriter(w, width)
	default:
		return nil, fmt.Errorf("--format: want table, jsonl or csv, got %q", format)
	}
	return sw, nil
}

var csvHeader = []string{"doc", "n", "speaker", "role", "affiliation", "speaker_type", "mention", "cue", "cue_lemma",
	"form", "polarity", "hedged", "said_on", "said_on_grain", "said_on_basis", "channel", "venue", "addressee",
	"via", "content", "url", "source", "published", "article_id"}

func (sw *statementWriter) write(s *claimtrail.StoredStatement) error {
	switch {
	case sw.enc != nil:
		return sw.enc.Encode(s)
	case sw.table != nil:
		sw.table.statement(&s.Statement)
		return nil
	}
	return sw.csv.Write(statementCSVRow(s))
}

// statementCSVRow returns the csvHeader columns of a stored statement.
func statementCSVRow(s *claimtrail.StoredStatement) []string {
	var said, grain, basis string
	if s.SaidOn != nil {
		said, grain, basis = s.SaidOn.Value, s.SaidOn.Grain, s.SaidOn.Basis
	}
	var via []string
	for _, v := range s.Via {
		via = append(via, v.Name)
	}
	pub := ""
	if !s.Published.IsZero() {
		pub = s.Published.Format("2006-01-02")
	}
	return []string{s.Doc, strconv.Itoa(s.N), s.Speaker.Name, s.Speaker.Role, s.Speaker.Affiliation,
		s.Speaker.Type, s.Speaker.Mention, s.Cue.Text, s.Cue.Lemma, s.Form, s.Polarity, strconv.FormatBool(s.Hedged),
		said, grain, basis, s.Channel.Kind, s.Channel.Venue, s.Addressee, strings.Join(via, "; "), s.Content.Text,
		s.URL, s.Source, pub, strconv.FormatInt(s.ArticleID, 10)}
}

func (sw *statementWriter) flush() error {
	if sw.csv != nil {
		sw.csv.Flush()
		return sw.csv.Error()
	}
	return nil
}

func (a *app) searchCmd() *cobra.Command {
	var db, speaker, polarity, from, to, format string
	var limit, offset int
	var speakerID int64
	var all bool
	cmd := &cobra.Command{
		Use:   "search [QUERY]",
		Short: "Full-text search over stored statements, with filters",
		Long: `Finds stored statements whose content, cue or speaker match every word of QUERY
(any inflection), ranked by relevance; with no QUERY, every statement that
passes the filters, in article order. Dates filter said_on, or the article's
publication date when a statement has none.`,
		Example: `  claimtrail search drones --polarity deny
  claimtrail search --speaker "Jake Sullivan" --from 2022-07-01 --format jsonl
  claimtrail search --speaker-id 42`,
		Args: oneQuoted("search", "query", true),
		RunE: func(cmd *cobra.Command, args []string) error {
			f := claimtrail.StatementFilter{Latest: !all, Limit: limit, Offset: offset}
			if len(args) == 1 {
				f.Query = args[0]
			}
			if speaker != "" {
				f.Speaker = &speaker
			}
			if speakerID != 0 {
				f.SpeakerID = &speakerID
			}
			if polarity != "" {
				if polarity != claimtrail.Affirm && polarity != claimtrail.Deny {
					return fmt.Errorf("--polarity: want affirm or deny, got %q", polarity)
				}
				f.Polarity = &polarity
			}
			st, lo, hi, err := openReadRange(cmd.Context(), db, from, to)
			if err != nil {
				return err
			}
			defer st.Close()
			f.From, f.To = lo, hi
			sts, total, err := st.FindStatements(cmd.Context(), f)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(a.stdout)
			defer w.Flush()
			sw, err := newStatementWriter(w, format, terminalWidth(a.stdout))
			if err != nil {
				return err
			}
			for _, s := range sts {
				if err := sw.write(s); err != nil {
					return err
				}
			}
			if err := sw.flush(); err != nil {
				return err
			}
			if format == "table" {
				fmt.Fprintf(w, "(%d of %d statements)\n", len(sts), total)
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&speaker, "speaker", "", "only this speaker: every statement of the stored speakers some statement names so, any case (\"Blair\" finds Tony Blair's)")
	cmd.Flags().Int64Var(&speakerID, "speaker-id", 0, "only this stored speaker (speaker.id in the JSON output)")
	cmd.Flags().StringVar(&polarity, "polarity", "", "only affirm or deny")
	cmd.Flags().StringVar(&from, "from", "", "said on or after this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&to, "to", "", "said on or before this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&format, "format", "table", "output: table, jsonl or csv")
	cmd.Flags().IntVar(&limit, "limit", 50, "most statements shown (0: all)")
	cmd.Flags().IntVar(&offset, "offset", 0, "skip this many first")
	cmd.Flags().BoolVar(&all, "all-versions", false, "search every stored version of each article, not only the latest")
	return cmd
}

func dateFlag(name, v string) (*time.Time, error) {
	if v == "" {
		return nil, nil
	}
	t, err := claimtrail.ParseDate(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", name, claimtrail.ErrorMessage(err))
	}
	return &t, nil
}

// dateRange parses the --from and --to flags.
func dateRange(from, to string) (*time.Time, *time.Time, error) {
	f, err := dateFlag("--from", from)
	if err != nil {
		return nil, nil, err
	}
	t, err := dateFlag("--to", to)
	return f, t, err
}

func (a *app) statsCmd() *cobra.Command {
	var db string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Counts of the store: articles, versions, statements, speakers, sources",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openReadStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(a.stdout).Encode(s)
			}
			fmt.Fprintf(a.stdout, "backend      %s (schema %d)\narticles     %d (%d versions)\nstatements   %d (affirm %d, deny %d)\nspeakers     %d\nsources      %d\npublished    %s … %s\n",
				s.Backend, s.SchemaVersion, s.Articles, s.Versions, s.Statements, s.ByPolarity[claimtrail.Affirm], s.ByPolarity[claimtrail.Deny],
				s.Speakers, s.Sources, s.FirstPublished, s.LastPublished)
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) exportCmd() *cobra.Command {
	var db, format string
	var all bool
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every stored statement as JSON Lines or CSV (streamed in pages)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" && format != "csv" {
				return fmt.Errorf("--format: want jsonl or csv, got %q", format)
			}
			st, err := openReadStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()
			w := bufio.NewWriterSize(a.stdout, 64<<10)
			defer w.Flush()
			sw, _ := newStatementWriter(w, format, 0)
			const page = 5000
			for off := 0; ; off += page {
				sts, _, err := st.FindStatements(cmd.Context(), claimtrail.StatementFilter{Latest: !all, Offset: off, Limit: page})
				if err != nil {
					return err
				}
				for _, s := range sts {
					if err := sw.write(s); err != nil {
						return err
					}
				}
				if len(sts) < page {
					break
				}
			}
			return sw.flush()
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&format, "format", "jsonl", "output: jsonl or csv")
	cmd.Flags().BoolVar(&all, "all-versions", false, "every stored version, not only the latest of each article")
	return cmd
}
