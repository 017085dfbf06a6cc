package main

import (
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"
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
			log, stop := a.reextractProgress(progress, &c)
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

// reextractProgress is ingest's progress bar over articles: it starts one
// on stderr when it is a terminal (or when asked) and returns a logger
// that prints above it and a stop function.
func (a *app) reextractProgress(mode string, c *pipeline.ReextractCounts) (func(string), func()) {
	var mu sync.Mutex
	plain := func(s string) {
		mu.Lock()
		fmt.Fprintln(a.stderr, s)
		mu.Unlock()
	}
	show := mode == "always"
	if mode == "auto" {
		if f, ok := a.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			show = true
		}
	}
	if !show {
		return plain, func() {}
	}
	p := mpb.New(mpb.WithOutput(a.stderr), mpb.WithWidth(40), mpb.WithAutoRefresh())
	start := time.Now()
	bar := p.AddBar(1,
		mpb.PrependDecorators(decor.Any(func(decor.Statistics) string {
			el := time.Since(start).Seconds()
			return fmt.Sprintf("articles %d/%d  statements %d  failed %d  %.0f art/s", c.Done.Load(), c.Stale.Load(),
				c.Statements.Load(), c.Failed.Load(), float64(c.Done.Load())/max(el, 0.001))
		})),
		mpb.AppendDecorators(decor.Percentage(decor.WCSyncSpace), decor.Name(" ETA "), decor.AverageETA(decor.ET_STYLE_GO)),
	)
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				total := max(c.Stale.Load(), 1)
				bar.SetTotal(total, false)
				bar.SetCurrent(min(c.Done.Load(), total-1))
			}
		}
	}()
	log := func(s string) {
		mu.Lock()
		fmt.Fprintln(p, s)
		mu.Unlock()
	}
	return log, func() {
		close(done)
		bar.SetTotal(-1, true)
		p.Wait()
	}
}
