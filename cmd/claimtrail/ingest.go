package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/sync/semaphore"
	"golang.org/x/term"
)

// ingestCounts are the figures of one ingest run.
type ingestCounts struct {
	read, created, versions, unchanged, failed, skipped, statements atomic.Int64
	bytes                                                           atomic.Int64
}

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
again to resume: what is stored is skipped before extraction.

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
				return fmt.Errorf("open store %s: %w", db, err)
			}
			defer st.Close()
			x, err := extract.New(extract.Options{})
			if err != nil {
				return err
			}
			if workers <= 0 {
				workers = runtime.GOMAXPROCS(0)
			}
			var c ingestCounts
			start := time.Now()
			log, stop := a.progress(progress, &c, inputBytes(args))
			runErr := runIngest(ctx, st, x, args, opt, workers, batch, &c, log)
			stop()
			el := time.Since(start)
			fmt.Fprintf(a.stderr, "ingested %d articles (%d new, %d new versions, %d unchanged) with %d statements; %d skipped, %d failed; %s (%.0f articles/s, %.0f statements/s)\n",
				c.created.Load()+c.versions.Load()+c.unchanged.Load(), c.created.Load(), c.versions.Load(), c.unchanged.Load(),
				c.statements.Load(), c.skipped.Load(), c.failed.Load(), el.Round(time.Millisecond),
				float64(c.read.Load())/el.Seconds(), float64(c.statements.Load())/el.Seconds())
			if runErr != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("interrupted: committed batches are stored; run the same command again to resume")
				}
				return runErr
			}
			if c.failed.Load() > 0 {
				return fmt.Errorf("%d input(s) failed: %w", c.failed.Load(), errPartial)
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

// progress starts a progress bar on stderr when it is a terminal (or when
// asked) and returns a logger that prints above it and a stop function.
func (a *app) progress(mode string, c *ingestCounts, total int64) (func(string), func()) {
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
	bar := p.AddBar(max(total, 1),
		mpb.PrependDecorators(decor.Any(func(decor.Statistics) string {
			el := time.Since(start).Seconds()
			return fmt.Sprintf("articles %d  statements %d  failed %d  %.0f art/s", c.read.Load(), c.statements.Load(), c.failed.Load(), float64(c.read.Load())/max(el, 0.001))
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
				bar.SetCurrent(min(c.bytes.Load(), max(total, 1)-1))
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

// extractGroup and extractGroupBytes bound the waiting documents a worker
// extracts together (extract.Extractor.ExtractBatch).
const (
	extractGroup      = 32
	extractGroupBytes = 256 << 10
)

// Bytes of document text held in memory, whatever the documents' sizes
// (up to --max-bytes each): queueBytes bounds what is read but not yet
// extracted (a document over the bound passes alone), batchBytes a
// transaction's batch, which is committed early when its texts reach it.
// Variables so that tests can make them small.
var (
	queueBytes int64 = 16 << 20
	batchBytes       = 64 << 20
)

// takeWaiting appends to group whatever else is waiting on ch, without
// waiting for more, until the group holds extractGroup items or
// extractGroupBytes of text (size says how much an item holds; the group
// holds size0 already). ExtractBatch reads a group faster than one
// document at a time; the byte bound keeps one worker from taking the
// whole read-ahead while another idles.
func takeWaiting[T any](group []T, size0 int, ch <-chan T, size func(T) int) []T {
	for n := size0; len(group) < extractGroup && n < extractGroupBytes; {
		select {
		case v, ok := <-ch:
			if !ok {
				return group
			}
			group = append(group, v)
			n += size(v)
		default:
			return group
		}
	}
	return group
}

// item is one document on its way from the workers to the writer.
type item struct {
	in        claimtrail.ArticleInput
	unchanged bool
}

// runIngest reads, extracts on workers, and writes batches on this
// goroutine, so the store sees one writer.
func runIngest(ctx context.Context, st claimtrail.Store, x *extract.Extractor, args []string, opt ingest.Options,
	workers, batch int, c *ingestCounts, log func(string)) error {
	docs := make(chan *claimtrail.Document, workers*extractGroup)
	items := make(chan item, workers*4)
	queued := semaphore.NewWeighted(queueBytes)
	weight := func(d *claimtrail.Document) int64 { return min(int64(len(d.Text)), queueBytes) }
	var readErr error
	go func() {
		defer close(docs)
		readErr = ingest.Read(ctx, args, opt, ingest.Handler{
			Doc: func(d *claimtrail.Document) error {
				if err := queued.Acquire(ctx, weight(d)); err != nil {
					return err
				}
				select {
				case docs <- d:
					return nil
				case <-ctx.Done():
					queued.Release(weight(d))
					return ctx.Err()
				}
			},
			Fail: func(e *ingest.Error) { c.failed.Add(1); log("error: " + e.Error()) },
			Warn: func(e *ingest.Warning) { log("warning: " + e.Error()) },
			Skip: func(s *ingest.Skip) { c.skipped.Add(1) },
		})
	}()
	// An empty store holds nothing to skip: a first ingest does not ask
	// about every document (PutArticles still folds repeats within the run).
	stored := true
	if as, _, err := st.FindArticles(ctx, claimtrail.ArticleFilter{Limit: 1}); err == nil && len(as) == 0 {
		stored = false
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var group []*claimtrail.Document
			var hashes []string
			for d := range docs {
				group = takeWaiting(append(group[:0], d), len(d.Text), docs, func(d *claimtrail.Document) int { return len(d.Text) })
				// the weight to release is the group's as acquired: count it
				// before todo, which shares group's storage, overwrites it
				var n int64
				for _, d := range group {
					n += weight(d)
				}
				todo := group[:0]
				hashes = hashes[:0]
				for _, d := range group {
					c.read.Add(1)
					c.bytes.Add(int64(len(d.Text)))
					h := claimtrail.ArticleHash(d)
					// a rerun skips what is stored before paying for extraction
					if stored {
						if ok, err := st.HasArticle(ctx, claimtrail.ArticleKey(d), h); err == nil && ok {
							items <- item{unchanged: true}
							continue
						}
					}
					todo = append(todo, d)
					hashes = append(hashes, h)
				}
				for i, sts := range x.ExtractBatch(todo) {
					items <- item{in: claimtrail.ArticleInput{Doc: todo[i], Hash: hashes[i], Statements: sts}}
				}
				queued.Release(n)
			}
		}()
	}
	go func() { wg.Wait(); close(items) }()

	// A committer goroutine writes full batches while this one gathers the
	// next: with the commit on the gathering goroutine, extraction stalled
	// for every batch's write (the item queue holds a handful of
	// articles), and ingest used 1.6 of 2 cores.
	batches := make(chan []claimtrail.ArticleInput, 1)
	var writeErr error
	committed := make(chan struct{})
	go func() {
		defer close(committed)
		for pending := range batches {
			if writeErr != nil {
				continue // drain: the store failed, the rest is not written
			}
			// committed work must land even when interrupted: write with a
			// context that outlives Ctrl-C
			wctx := context.WithoutCancel(ctx)
			res, err := st.PutArticles(wctx, pending)
			if err != nil && claimtrail.ErrorCode(err) == claimtrail.EINVALID {
				// one bad document fails its batch: store the others one by one
				for _, in := range pending {
					r, err := st.PutArticles(wctx, []claimtrail.ArticleInput{in})
					if err != nil {
						c.failed.Add(1)
						log(fmt.Sprintf("error: %s: %s", in.Doc.Origin, claimtrail.ErrorMessage(err)))
						continue
					}
					count(c, r, []claimtrail.ArticleInput{in})
				}
			} else if err != nil {
				writeErr = fmt.Errorf("store batch: %w", err)
			} else {
				count(c, res, pending)
			}
		}
	}()
	var pending []claimtrail.ArticleInput
	size := 0
	for it := range items {
		if it.unchanged {
			c.unchanged.Add(1)
			continue
		}
		pending = append(pending, it.in)
		size += len(it.in.Doc.Text)
		if len(pending) >= batch || size >= batchBytes {
			batches <- pending
			pending = make([]claimtrail.ArticleInput, 0, batch)
			size = 0
		}
	}
	if len(pending) > 0 {
		batches <- pending
	}
	close(batches)
	<-committed
	if writeErr != nil {
		return writeErr
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return readErr
	}
	return ctx.Err()
}

func count(c *ingestCounts, res []claimtrail.PutResult, in []claimtrail.ArticleInput) {
	for i, r := range res {
		switch r.Status {
		case claimtrail.PutCreated:
			c.created.Add(1)
			c.statements.Add(int64(len(in[i].Statements)))
		case claimtrail.PutVersion:
			c.versions.Add(1)
			c.statements.Add(int64(len(in[i].Statements)))
		case claimtrail.PutUnchanged:
			c.unchanged.Add(1)
		}
	}
}
