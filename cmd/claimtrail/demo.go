package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/spf13/cobra"
)

func (a *app) demoCmd() *cobra.Command {
	var db, claim, format string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the bundled fictional corpus into a temporary store and trace its claim",
		Long: `Writes the demo corpus shipped in the binary (six fictional articles about
whether Veldovia sold patrol boats to Marisca) to a temporary folder, ingests it
into a temporary SQLite store (or --db), and prints the trace of the demo claim:
its statements oldest first, the earliest assertion and denial, an origin story
that the corpus's own dates contradict, and two outlets that date the same
statement differently.`,
		Example: `  claimtrail demo
  claimtrail demo --json
  claimtrail demo --db demo.db && claimtrail trace "Marisca bought boats from Veldovia" --db demo.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := traceFormat(asJSON, format)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			dir, err := os.MkdirTemp("", "claimtrail-demo-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			if err := examples.WriteDemo(filepath.Join(dir, "corpus")); err != nil {
				return err
			}
			if db == "" {
				db = filepath.Join(dir, "demo.db")
			}
			st, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			x, err := extract.New(extract.Options{})
			if err != nil {
				return err
			}
			var c pipeline.Counts
			ing := &pipeline.Ingester{Store: st, Extractor: x, Workers: 2, Batch: 64, Log: func(msg string) { fmt.Fprintln(a.stderr, msg) }}
			if err := ing.Run(ctx, []string{filepath.Join(dir, "corpus")}, ingest.Options{}, &c); err != nil {
				return err
			}
			if n := c.Failed.Load(); n > 0 {
				return fmt.Errorf("demo: %d articles failed to ingest", n)
			}
			fmt.Fprintf(a.stderr, "demo: %d articles, %d statements stored in %s\n", c.Created.Load()+c.Unchanged.Load(), c.Statements.Load(), db)
			tr, err := newTracer(st)
			if err != nil {
				return err
			}
			t, err := tr.Trace(ctx, claim, claimtrail.TraceOptions{})
			if err != nil {
				return err
			}
			w := bufio.NewWriter(a.stdout)
			defer w.Flush()
			return writeTrace(w, t, format, terminalWidth(a.stdout))
		},
	}
	cmd.Flags().StringVar(&db, "db", "", "store to ingest into (default: a temporary SQLite file, removed afterwards)")
	cmd.Flags().StringVar(&claim, "claim", examples.DemoClaim, "claim to trace")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the trace as one JSON object (same as --format json)")
	cmd.Flags().StringVar(&format, "format", "table", "output: table, json, csv or dot")
	return cmd
}
