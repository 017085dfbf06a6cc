package main

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/patterns"
	"github.com/spf13/cobra"
)

func (a *app) evalPatternsCmd() *cobra.Command {
	var data string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "patterns",
		Short: "Run the attribution pattern suite and report the pass rate per construction",
		Long: `Extracts each sentence of the pattern suite (internal/patterns/testdata/suite.jsonl,
embedded; written for the purpose, fictional names) and compares the
statements with the expected ones: speaker name and type, cue, content,
via and polarity (and the speaker's affiliation where a case gives
one). A case passes when every expected statement is produced with
those fields and no other statement is; a sentence that holds no
attribution passes when nothing is produced. -v lists each failing case
with what differs and what extract gave.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cases, err := patterns.Default()
			if data != "" {
				cases, err = patterns.Load(data)
			}
			if err != nil {
				return err
			}
			rep, err := runPatterns(cases)
			if err != nil {
				return err
			}
			rep.Write(a.stdout, verbose)
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "suite file, or folder of *.jsonl suite files, instead of the embedded suite")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every failing case with its differences")
	return cmd
}

// runPatterns extracts every case as claimtrail extract would a text file
// and checks the statements.
func runPatterns(cases []patterns.Case) (*patterns.Report, error) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		return nil, err
	}
	rep := &patterns.Report{}
	for _, c := range cases {
		got := x.Extract(&claimtrail.Document{ID: c.ID, Text: c.Text})
		rep.Results = append(rep.Results, patterns.Check(c, got))
	}
	return rep, nil
}
