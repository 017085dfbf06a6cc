package main

import (
	"bufio"
	"encoding/json"
	"path/filepath"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/timex"
	"github.com/claimtrail/claimtrail/timex/tempeval"
	"github.com/spf13/cobra"
)

func (a *app) timexCmd() *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:   "timex [--published DATE] FILE... | -",
		Short: "Print the time expressions of articles with TIMEX3 types and values (JSON Lines)",
		Long: `Finds every time expression and normalises it against the document date
(--published, or the input's metadata): {"doc", "text", "span", "type", "value"}.
Without a document date, relative expressions stay unresolved ("XXXX-WXX-5");
nothing is ever read from the wall clock.`,
		Example: `  claimtrail timex --published 2022-10-08 article.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			w := bufio.NewWriterSize(a.stdout, 64<<10)
			defer w.Flush()
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			recs := map[string]*timex.Recognizer{}
			var buf []claimtrail.Timex
			return a.readInputs(cmd.Context(), args, &in, func(d *claimtrail.Document) error {
				r := recs[d.Language()]
				if r == nil {
					var err error
					if r, err = timex.New(d.Language()); err != nil {
						return err
					}
					recs[d.Language()] = r
				}
				buf = r.Find(buf[:0], d.Text, d.Published)
				for i := range buf {
					buf[i].Doc = d.ID
					if err := enc.Encode(&buf[i]); err != nil {
						return err
					}
				}
				return nil
			})
		},
	}
	in.register(cmd)
	return cmd
}

func (a *app) evalTempevalCmd() *cobra.Command {
	var data string
	var verbose, asJSON bool
	cmd := &cobra.Command{
		Use:   "tempeval",
		Short: "TempEval-3 scores of the time expression recogniser (value F1, strict and relaxed F1, type accuracy)",
		Long: `Scores timex on TimeML files (TBAQ-cleaned): strict match (exact span), relaxed
match (overlap), value F1 (overlap and the same value) and type accuracy.
--verbose lists each file's errors.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, err := tempeval.Load(data)
			if err != nil {
				return err
			}
			r, err := timex.New("en")
			if err != nil {
				return err
			}
			rep := tempeval.Score(docs, r)
			if asJSON {
				if !verbose {
					rep.Files = nil
				}
				return json.NewEncoder(a.stdout).Encode(rep)
			}
			rep.Write(a.stdout, verbose)
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "tempeval3", "TBAQ-cleaned"), "folder of .tml files")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list each file's errors")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}
