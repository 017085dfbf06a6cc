package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/fnc1"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/spf13/cobra"
)

// fnc1Published is the publication date every FNC-1 body gets: the bodies
// have no dates (they were collected in 2014-2015), and a trace orders
// and dates statements by publication when the text gives no date.
var fnc1Published = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

func (a *app) evalFNC1Cmd() *cobra.Command {
	var data, half string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "fnc1",
		Short: "Trace FNC-1 headlines over its news bodies: relative score, related P/R/F1, per-class F1",
		Long: `Uses FNC-1 the way a user traces a claim: stores all bodies (bodies.csv) in a
temporary SQLite store, each body an article with no title, dated 2015-01-01,
then traces each headline of dev_stances.csv as the claim with the defaults of
claimtrail trace. A body is related when the trace lists it among its
articles; its stance is that article's stance in the trace (its whole body
read by stance.OfBody): asserts → agree, denies → disagree, discusses →
discuss.

--half splits the headlines by the parity of the FNV-1a hash of their text:
dev (even) to tune on, test (odd) to report and never tune on, all.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			h, err := fnc1.ParseHalf(half)
			if err != nil {
				return err
			}
			return a.runEvalFNC1(cmd.Context(), data, h, verbose)
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "fnc1"), "folder of bodies.csv and dev_stances.csv")
	cmd.Flags().StringVar(&half, "half", string(fnc1.HalfDev), "headlines to score: dev, test or all")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "one line per headline: related found and stances right")
	return cmd
}

func (a *app) runEvalFNC1(ctx context.Context, data string, half fnc1.Half, verbose bool) error {
	start := time.Now()
	bodies, err := fnc1.LoadBodies(filepath.Join(data, "bodies.csv"))
	if err != nil {
		return err
	}
	all, err := fnc1.LoadStances(filepath.Join(data, "dev_stances.csv"))
	if err != nil {
		return err
	}
	pairs := fnc1.Select(all, half)
	dir, err := os.MkdirTemp("", "claimtrail-fnc1-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(ctx, filepath.Join(dir, "fnc1.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	nst, err := storeFNC1Bodies(ctx, st, bodies)
	if err != nil {
		return err
	}
	stored := time.Since(start)
	tr, err := newTracer(st)
	if err != nil {
		return err
	}
	var sc fnc1.Scorer
	heads := fnc1.Headlines(pairs)
	if err := traceFNC1(ctx, tr, pairs, &sc, a.verboseWriter(verbose)); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "FNC-1 %s half: %d headlines, %d headline-body pairs; %d bodies, %d statements stored\n",
		half, len(heads), sc.Pairs(), len(bodies), nst)
	sc.Write(a.stdout)
	fmt.Fprintf(a.stdout, "\ntime: %s (store %s, trace %s)\n", time.Since(start).Round(time.Second),
		stored.Round(time.Second), (time.Since(start) - stored).Round(time.Second))
	return nil
}

// verboseWriter is stdout when verbose, else nowhere.
func (a *app) verboseWriter(verbose bool) io.Writer {
	if verbose {
		return a.stdout
	}
	return io.Discard
}

// storeFNC1Bodies extracts the bodies' statements on every core and stores
// them as articles keyed by Body ID; it returns the statements stored.
func storeFNC1Bodies(ctx context.Context, st claimtrail.Store, bodies []fnc1.Body) (int, error) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		return 0, err
	}
	in := make([]claimtrail.ArticleInput, len(bodies))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(bodies); i += workers {
				d := &claimtrail.Document{ID: strconv.Itoa(bodies[i].ID), Published: fnc1Published,
					Text: bodies[i].Text, Origin: "bodies.csv Body ID " + strconv.Itoa(bodies[i].ID)}
				in[i] = claimtrail.ArticleInput{Doc: d, Hash: claimtrail.ArticleHash(d), Statements: x.Extract(d)}
			}
		}()
	}
	wg.Wait()
	if _, err := st.PutArticles(ctx, in); err != nil {
		return 0, fmt.Errorf("store FNC-1 bodies: %w", err)
	}
	n := 0
	for _, a := range in {
		n += len(a.Statements)
	}
	return n, nil
}

// traceFNC1 traces each headline of pairs once, as claimtrail trace does,
// and scores every pair of it; verbose gets one line per headline.
func traceFNC1(ctx context.Context, tr claimtrail.Tracer, pairs []fnc1.Pair, sc *fnc1.Scorer, verbose io.Writer) error {
	byHead := map[string][]fnc1.Pair{}
	for _, p := range pairs {
		byHead[p.Headline] = append(byHead[p.Headline], p)
	}
	for _, h := range fnc1.Headlines(pairs) {
		t, err := tr.Trace(ctx, h, claimtrail.TraceOptions{})
		if err != nil {
			return fmt.Errorf("trace %q: %w", h, err)
		}
		labels := fnc1.Labels(t)
		var gold, found, right int
		for _, p := range byHead[h] {
			pred, listed := labels[strconv.Itoa(p.BodyID)]
			if !listed {
				pred = fnc1.Unrelated
			}
			sc.Add(p.Stance, pred)
			if p.Stance.Related() {
				gold++
				if pred.Related() {
					found++
				}
				if pred == p.Stance {
					right++
				}
			}
		}
		fmt.Fprintf(verbose, "%3d related, %3d found, %3d stance right; %3d bodies listed, %3d statements: %s\n",
			gold, found, right, len(t.Articles), len(t.Statements), h)
	}
	return nil
}
