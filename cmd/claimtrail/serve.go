package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/watch"
	"github.com/claimtrail/claimtrail/web"
	"github.com/spf13/cobra"
)

func (a *app) serveCmd() *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve [--db PATH|postgres://…] [--addr 127.0.0.1:8080]",
		Short: "Serve the trace pages and the JSON API over HTTP (read-only unless --allow-ingest)",
		Long: `Serves claimtrail in a browser and over a JSON API:

  /                     search a claim; store figures; most quoted speakers
  /trace?claim=…        the claim's timeline: who asserted and denied it, when
  /articles/ID          an article with its statements' spans highlighted
  /speakers/NAME        what one speaker said over time
  /api/…                JSON; described at /api/openapi.json

It binds 127.0.0.1 by default. The server is read-only unless --allow-ingest,
which enables POST /api/ingest?name=FILE behind a bearer token (--token or
$CLAIMTRAIL_TOKEN; the server refuses to start without one). Ctrl-C or
SIGTERM stops it gracefully.`,
		Example: `  claimtrail serve
  claimtrail serve --db news.db --addr 127.0.0.1:9000
  CLAIMTRAIL_TOKEN=$(openssl rand -hex 16) claimtrail serve --allow-ingest
  curl -H "Authorization: Bearer $CLAIMTRAIL_TOKEN" --data-binary @a.txt 'http://127.0.0.1:8080/api/ingest?name=a.txt'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.serve(cmd.Context(), f)
		},
	}
	dbFlag(cmd, &f.db)
	cmd.Flags().StringVar(&f.addr, "addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	cmd.Flags().BoolVar(&f.allowIngest, "allow-ingest", false, "enable POST /api/ingest (needs --token or $CLAIMTRAIL_TOKEN)")
	// no default from the environment: help would print the secret
	cmd.Flags().StringVar(&f.token, "token", "", "bearer token for POST /api/ingest (else $CLAIMTRAIL_TOKEN)")
	cmd.Flags().DurationVar(&f.timeout, "request-timeout", 30*time.Second, "longest time one request may work")
	cmd.Flags().Int64Var(&f.maxBody, "max-body", 32<<20, "largest upload accepted by POST /api/ingest, in bytes")
	cmd.Flags().DurationVar(&f.uploadTimeout, "upload-timeout", time.Minute, "longest time to receive an upload (read before the ingest starts, so a slow one blocks no other)")
	return cmd
}

// serveFlags are serve's flags.
type serveFlags struct {
	db, addr, token string
	allowIngest     bool
	timeout         time.Duration
	uploadTimeout   time.Duration
	maxBody         int64
}

// serve opens the store and serves it until ctx ends.
func (a *app) serve(ctx context.Context, f serveFlags) error {
	if f.token == "" {
		f.token = os.Getenv("CLAIMTRAIL_TOKEN")
	}
	if f.allowIngest && strings.TrimSpace(f.token) == "" {
		return fmt.Errorf("--allow-ingest needs a token: pass --token or set $CLAIMTRAIL_TOKEN")
	}
	open := openReadStore // read-only: a mistyped --db must not serve an empty store
	if f.allowIngest {
		open = openStore
	}
	st, err := open(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()
	tr, err := newTracer(st)
	if err != nil {
		return fmt.Errorf("tracer: %w", err)
	}
	logger := slog.New(slog.NewTextHandler(a.stderr, nil))
	opt := web.Options{RequestTimeout: f.timeout, UploadTimeout: f.uploadTimeout, MaxBodyBytes: f.maxBody, Logger: logger}
	if f.allowIngest {
		opt.AllowIngest, opt.IngestToken = true, strings.TrimSpace(f.token)
		opt.Ingest = a.httpIngest(st, f.maxBody)
		if ws, ok := st.(claimtrail.WatchStore); ok {
			opt.SaveClaim = func(ctx context.Context, c *claimtrail.SavedClaim) error { return watch.SaveClaim(ctx, ws, tr, c) }
		}
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil {
		if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
			opt.AllowedHosts = web.LoopbackHosts
		} else {
			fmt.Fprintf(a.stderr, "warning: listening on %s, not a loopback address: anyone who can reach it can read the store\n", host)
		}
	}
	srv := web.NewServer(web.New(st, tr, opt), logger)
	mode := "read-only"
	if f.allowIngest {
		mode = "ingest allowed with a token"
	}
	fmt.Fprintf(a.stderr, "claimtrail: serving %s on http://%s (%s); Ctrl-C stops\n", f.db, ln.Addr(), mode)
	if err := web.Serve(ctx, srv, ln, 10*time.Second); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintln(a.stderr, "claimtrail: stopped")
	return nil
}

// httpIngest returns the web.Options.Ingest callback: one uploaded file
// through the ingest command's pipeline (pipeline.Ingester.Upload), its
// errors and warnings (the first 100) in the summary.
func (a *app) httpIngest(st claimtrail.Store, maxBytes int64) func(ctx context.Context, name string, body io.Reader) (*web.IngestSummary, error) {
	extractor := sync.OnceValues(func() (*extract.Extractor, error) { return extract.New(extract.Options{}) })
	return func(ctx context.Context, name string, body io.Reader) (*web.IngestSummary, error) {
		x, err := extractor()
		if err != nil {
			return nil, err
		}
		sum := &web.IngestSummary{Name: name, Messages: []string{}}
		var mu sync.Mutex
		log := func(s string) {
			mu.Lock()
			defer mu.Unlock()
			if len(sum.Messages) < 100 {
				sum.Messages = append(sum.Messages, strings.Replace(s, " -:", " "+name+":", 1))
			}
		}
		var c pipeline.Counts
		if err := (&pipeline.Ingester{Store: st, Extractor: x, Batch: 250, Log: log}).Upload(ctx, name, body, maxBytes, &c); err != nil {
			return nil, err
		}
		sum.Articles, sum.Created, sum.NewVersions, sum.Unchanged = c.Articles(), c.Created.Load(), c.Versions.Load(), c.Unchanged.Load()
		sum.Statements, sum.Skipped, sum.Failed = c.Statements.Load(), c.Skipped.Load(), c.Failed.Load()
		return sum, nil
	}
}
