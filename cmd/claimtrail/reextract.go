package main

import (
	"fmt"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/spf13/cobra"
)

func (a *app) reextractCmd() *cobra.Command {
	var db, progress string
	var workers, batch int
	cmd := &cobra.Command{
		Use:   "reextract [--db PATH|postgres://…]",
		Short: "Read stored articles again with this binary's extractor, replacing stale statements",
		Long: `A store records which extractor read each article's statements (its
version: a code version and a fingerprint of the embedded models, language
tables and a probe reading). reextract reads every article stored with another
version again — older versions of an article too — and replaces its
statements, in batched transactions. Article ids stay the same; statement ids
change.

An interrupted run (Ctrl-C, kill -9) leaves every committed batch intact; run
it again to resume: the articles replaced carry the new version and are not
read again. Exit code 1 when an article's new statements could not be stored
(each is named on stderr).`,
		Example: `  claimtrail reextract
  claimtrail reextract --db postgres://user:pw@localhost/claimtrail --batch 500`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := openStore(ctx, db)
			if err != nil {
				return err // it names the store (a URL without its password)
			}
			defer st.Close()
			rs, ok := st.(claimtrail.Reextracter)
			if !ok {
				return fmt.Errorf("store %s cannot replace statements", db)
			}
			x, err := extract.New(extract.Options{})
			if err != nil {
				return err
			}
			version := pipeline.ExtractorVersion(x)
			var c pipeline.ReextractCounts
			start := time.Now()
			log, stop := a.progress(progress, barOf{
				status: func() string {
					return fmt.Sprintf("articles %d/%d  statements %d  failed %d", c.Done.Load(), c.Stale.Load(), c.Statements.Load(), c.Failed.Load())
				},
				done:  c.Done.Load,
				total: c.Stale.Load,
				at:    c.Done.Load,
			})
			r := &pipeline.Reextractor{Store: rs, Extractor: x, ExtractorVersion: version, Workers: workers, Batch: batch, Log: log}
			runErr := r.Run(ctx, &c)
			stop()
			el := time.Since(start)
			fmt.Fprintf(a.stderr, "reextracted %d of %d stale articles with extractor %s: %d statements, %d failed; %s (%.0f articles/s)\n",
				c.Done.Load(), c.Stale.Load(), version, c.Statements.Load(), c.Failed.Load(), el.Round(time.Millisecond),
				float64(c.Done.Load())/max(el.Seconds(), 0.001))
			if runErr != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("interrupted: committed batches are stored; run the same command again to resume")
				}
				return runErr
			}
			if c.Failed.Load() > 0 {
				return fmt.Errorf("%d article(s) failed: %w", c.Failed.Load(), errPartial)
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().IntVar(&workers, "workers", 0, "extraction workers (default: one per core)")
	cmd.Flags().IntVar(&batch, "batch", pipeline.DefaultReextractBatch, "articles per transaction")
	cmd.Flags().StringVar(&progress, "progress", "auto", "progress bar: auto (on a terminal), always, never")
	return cmd
}
