package main

import (
	"fmt"
	"os"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/spf13/cobra"
)

func (a *app) ingestCmd() *cobra.Command {
	var in inputFlags
	var db string
	var workers, batch int
	var progress string
	cmd := &cobra.Command{
		Use:   "ingest [--db PATH|postgres://…] INPUT...",
		Short: "Read articles, extract their statements and store them (SQLite by default, or PostgreSQL)",
		Long: `Reads every input (files, folders recursively, - for stdin, URLs; .txt with
.meta.json, .jsonl, .html, RSS/Atom/JSON feeds, WARC), extracts statements on
every core and stores articles and statements in batched transactions.

Articles are keyed by URL (else id) and content hash: ingesting the same
article again changes nothing, a changed one is stored as a new version. An
interrupted run (Ctrl-C, kill -9) leaves every committed batch intact; run it
again to resume: what is stored is skipped before extraction. At the end a
SQLite store's full-text index is merged, so that searches read one piece.

Exit code 1 when any input failed (each is named on stderr), 0 otherwise.`,
		Example: `  claimtrail ingest ../shared/data/bbc
  claimtrail ingest --db postgres://user:pw@localhost/claimtrail feed.xml
  claimtrail ingest --follow https://example.org/feed.rss`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			opt, err := in.options(a.stdin)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				return fmt.Errorf("no input: name files, folders, URLs or - for standard input")
			}
			st, err := openStore(ctx, db)
			if err != nil {
				return err // it names the store (a URL without its password)
			}
			defer st.Close()
			x, err := extract.New(extract.Options{})
			if err != nil {
				return err
			}
			var c pipeline.Counts
			start := time.Now()
			total := max(inputBytes(args), 1)
			log, stop := a.progress(progress, barOf{
				status: func() string {
					return fmt.Sprintf("articles %d  statements %d  failed %d", c.Read.Load(), c.Statements.Load(), c.Failed.Load())
				},
				done:  c.Read.Load,
				total: func() int64 { return total },
				at:    c.Bytes.Load,
			})
			g := &pipeline.Ingester{Store: st, Extractor: x, Workers: workers, Batch: batch, Log: log}
			runErr := g.Run(ctx, args, opt, &c)
			if ic, ok := st.(claimtrail.IndexCompacter); ok && runErr == nil {
				// a bulk load leaves the full-text index in pieces every search reads
				runErr = ic.CompactIndex(ctx)
			}
			stop()
			a.printCounts(&c, time.Since(start))
			a.warnDating(dating{total: c.Statements.Load(), undated: c.Undated.Load(),
				byPublication: c.PublicationDated.Load()}, !opt.Published.IsZero())
			if runErr != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("interrupted: committed batches are stored; run the same command again to resume")
				}
				return runErr
			}
			if c.Failed.Load() > 0 {
				return fmt.Errorf("%d input(s) failed: %w", c.Failed.Load(), errPartial)
			}
			return nil
		},
	}
	in.register(cmd)
	dbFlag(cmd, &db)
	cmd.Flags().IntVar(&workers, "workers", 0, "extraction workers (default: one per core)")
	cmd.Flags().IntVar(&batch, "batch", 1000, "articles per transaction")
	cmd.Flags().StringVar(&progress, "progress", "auto", "progress bar: auto (on a terminal), always, never")
	return cmd
}

// printCounts prints an ingest's figures on stderr.
func (a *app) printCounts(c *pipeline.Counts, el time.Duration) {
	fmt.Fprintf(a.stderr, "ingested %d articles (%d new, %d new versions, %d unchanged) with %d statements; %d skipped, %d failed; %s (%.0f articles/s, %.0f statements/s)\n",
		c.Articles(), c.Created.Load(), c.Versions.Load(), c.Unchanged.Load(),
		c.Statements.Load(), c.Skipped.Load(), c.Failed.Load(), el.Round(time.Millisecond),
		float64(c.Read.Load())/el.Seconds(), float64(c.Statements.Load())/el.Seconds())
}

// dating counts statements by how they are dated.
type dating struct{ total, undated, byPublication int64 }

// add counts s, of an article with a publication date or not: a statement
// the text does not date is ordered by its article's date when there is one.
func (d *dating) add(s *claimtrail.Statement, published bool) {
	d.total++
	switch {
	case s.SaidOn == nil && !published:
		d.undated++
	case s.SaidOn == nil, s.SaidOn.Basis == claimtrail.BasisPublished:
		d.byPublication++
	}
}

// warnDating warns, once a run, when most statements are dated only by
// --published (when given: one date for every article) or not at all: a
// trace then orders them by dates that say nothing of when they were said.
func (a *app) warnDating(d dating, publishedFlag bool) {
	n, how := d.undated, "not dated at all: their articles have no publication date (give --published, or each article its date)"
	if publishedFlag {
		n, how = d.undated+d.byPublication, "dated only by --published or not at all: a trace orders them by the one date given (give each article its own date in NAME.meta.json or a JSON Lines \"published\")"
	}
	if d.total > 0 && 2*n > d.total {
		fmt.Fprintf(a.stderr, "warning: %d of %d statements (%.0f%%) are %s\n", n, d.total, 100*float64(n)/float64(d.total), how)
	}
}

// inputBytes sums the sizes of the files and folders named, for the
// progress bar's ETA (0 when unknown: stdin, URLs).
func inputBytes(args []string) int64 {
	var n int64
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			continue
		}
		if !st.IsDir() {
			n += st.Size()
			continue
		}
		_ = walkSizes(a, &n)
	}
	return n
}
