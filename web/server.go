package web

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// NewServer returns an http.Server for h with timeouts that keep slow or
// idle clients from holding connections: headers within 5s, a whole
// request (an ingest upload included) within 2 minutes. Headers over
// MaxHeaderBytes reach the handler, which refuses them in JSON, up to 16
// times that (1 MiB), where net/http refuses them in plain text.
func NewServer(h http.Handler, logger *slog.Logger) *http.Server {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      11 * time.Minute, // past IngestTimeout's default, so its answer is written
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 * MaxHeaderBytes, // the handler answers from MaxHeaderBytes on, in JSON
	}
	if logger != nil {
		srv.ErrorLog = slog.NewLogLogger(logger.Handler(), slog.LevelWarn)
	}
	return srv
}

// Serve serves srv on ln until ctx is done, then shuts down gracefully:
// new connections are refused and requests in flight get up to grace to
// finish. It returns nil after a clean shutdown.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener, grace time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), grace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	if err != nil {
		srv.Close()
		return err
	}
	return nil
}
