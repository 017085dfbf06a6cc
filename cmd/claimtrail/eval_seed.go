package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/internal/seedgold"
	"github.com/spf13/cobra"
)

func (a *app) evalSeedCmd() *cobra.Command {
	var data string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "seed",
		Short: "Score extraction on the gold seed article(s): found, speaker, polarity, date; lists each miss",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			golds, err := filepath.Glob(filepath.Join(data, "*.gold.json"))
			if err != nil {
				return err
			}
			if len(golds) == 0 {
				return fmt.Errorf("no *.gold.json under %s", data)
			}
			x, err := extract.New(extract.Options{})
			if err != nil {
				return err
			}
			var total seedgold.Result
			for _, gp := range golds {
				g, err := seedgold.Load(gp)
				if err != nil {
					return err
				}
				doc, err := readOne(cmd.Context(), strings.TrimSuffix(gp, ".gold.json")+".txt")
				if err != nil {
					return err
				}
				r := seedgold.Score(doc.Text, g, x.Extract(doc))
				if !asJSON {
					fmt.Fprintf(a.stdout, "%s\n", g.Article)
					r.Write(a.stdout)
				}
				total.Gold += r.Gold
				total.Found += r.Found
				total.Speaker += r.Speaker
				total.Polarity += r.Polarity
				total.SaidOn += r.SaidOn
				total.Invented += r.Invented
			}
			if asJSON {
				total.Lines = nil
				return json.NewEncoder(a.stdout).Encode(total)
			}
			if len(golds) > 1 {
				fmt.Fprintln(a.stdout, "total:")
				total.Write(a.stdout)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "corpus", "seed"), "folder of NAME.txt, NAME.meta.json and NAME.gold.json")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the totals as JSON")
	return cmd
}

// readOne reads a single document through the ingest readers.
func readOne(ctx context.Context, path string) (*claimtrail.Document, error) {
	var doc *claimtrail.Document
	var fail error
	err := ingest.Read(ctx, []string{path}, ingest.Options{}, ingest.Handler{
		Doc:  func(d *claimtrail.Document) error { doc = d; return nil },
		Fail: func(e *ingest.Error) { fail = e },
	})
	if err != nil {
		return nil, err
	}
	if fail != nil {
		return nil, fail
	}
	if doc == nil {
		return nil, fmt.Errorf("%s: no document", path)
	}
	return doc, nil
}
