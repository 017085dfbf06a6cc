// Package sqlite implements claimtrail.Store on an embedded SQLite database
// (modernc.org/sqlite: pure Go, no cgo). It runs in WAL mode with one
// transaction per call, so readers never wait for the writer and a crash
// loses at most the batch being written.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Backend is the name Stats reports.
const Backend = "sqlite"

//go:embed migration/*.sql
var migrationFS embed.FS

// DB is a claimtrail.Store on one SQLite database file.
type DB struct {
	db   *sql.DB
	path string

	// checkpoint asks the checkpointer goroutine to copy the WAL into the
	// database file; done stops it. Both are nil for ":memory:".
	checkpoint chan struct{}
	done       chan struct{}
	stopped    chan struct{}

	// Now returns the current time; it stamps IngestedAt. Tests replace
	// it to get fixed times.
	Now func() time.Time

	// stmts caches prepared read queries by SQL text: preparing the
	// statement query took a fifth of a small trace's time.
	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt
}

// maxStmts bounds the prepared-statement cache (paging puts numbers in
// the SQL text, so texts are many; the common ones come first).
const maxStmts = 128

// prepared returns the cached prepared statement of a read query,
// preparing it on first use; nil (and no error) once the cache is full.
// Call it before beginning the transaction that runs it.
func (s *DB) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	s.stmtMu.Lock()
	st, ok := s.stmts[query]
	full := len(s.stmts) >= maxStmts
	s.stmtMu.Unlock()
	if ok || full {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	if prev, dup := s.stmts[query]; dup {
		st.Close()
		return prev, nil
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[query] = st
	return st, nil
}

var _ claimtrail.Store = (*DB)(nil)

// Path returns the path the database was opened with.
func (s *DB) Path() string { return s.path }

// checkpointer copies committed WAL frames into the database file after
// writes, at most twice a second. A PASSIVE checkpoint runs beside readers
// and the writer, so on a machine with two cores ingest does not wait for
// it; the commit that crossed SQLite's automatic threshold used to.
func (s *DB) checkpointer() {
	defer close(s.stopped)
	for {
		select {
		case <-s.done:
			return
		case <-s.checkpoint:
		}
		// Errors only delay the copy to the next write; Close checkpoints too.
		s.db.Exec(`PRAGMA wal_checkpoint(PASSIVE)`)
		select {
		case <-s.done:
			return
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// wrote tells the checkpointer that a transaction committed.
func (s *DB) wrote() {
	if s.checkpoint == nil {
		return
	}
	select {
	case s.checkpoint <- struct{}{}:
	default: // one is pending already
	}
}

// Close closes the database; the last connection to close checkpoints
// the WAL.
func (s *DB) Close() error {
	s.stmtMu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.stmtMu.Unlock()
	if s.done != nil {
		close(s.done)
		<-s.stopped
		s.done = nil
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close sqlite: %w", err)
	}
	return nil
}

// begin starts a transaction; read-only ones do not take the write lock.
func (s *DB) begin(ctx context.Context, readOnly bool) (*sql.Tx, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: readOnly})
	if err != nil {
		return nil, fmt.Errorf("begin: %w", formatError(err))
	}
	return tx, nil
}

// migrate applies every migration in fsys (migration/*.sql) that the
// database lacks, in version order, each in its own transaction, and
// records it in schema_migrations.
func (s *DB) migrate(ctx context.Context, fsys fs.FS) error {
	ms, err := storecodec.Migrations(fsys)
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", formatError(err))
	}
	for _, m := range ms {
		if err := s.applyMigration(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

func (s *DB) applyMigration(ctx context.Context, m storecodec.Migration) error {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	// Checked inside the write transaction, so two processes opening the
	// same new file apply each migration once.
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&n); err != nil {
		return formatError(err)
	} else if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return formatError(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, formatTime(time.Now())); err != nil {
		return formatError(err)
	}
	return tx.Commit()
}

// formatError turns constraint violations into application errors by
// their extended result code; other errors pass through unchanged.
func formatError(err error) error {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return err
	}
	switch e.Code() {
	case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		return &claimtrail.Error{Code: claimtrail.ECONFLICT, Message: "already stored: " + e.Error()}
	case sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.SQLITE_CONSTRAINT_NOTNULL,
		sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
		return &claimtrail.Error{Code: claimtrail.EINVALID, Message: "invalid value: " + e.Error()}
	}
	return err
}

// formatTime writes t as RFC 3339 in UTC at microsecond precision, the
// precision PostgreSQL keeps, so both stores return the same instants.
func formatTime(t time.Time) string {
	return t.UTC().Truncate(time.Microsecond).Format(time.RFC3339Nano)
}

func parseTime(s string) (time.Time, error) {
	return time.Parse(time.RFC3339Nano, s)
}

// limitClause returns LIMIT/OFFSET for a page; limit 0 means no limit.
func limitClause(offset, limit int) (string, error) {
	if offset < 0 || limit < 0 {
		return "", claimtrail.Errorf(claimtrail.EINVALID, "negative offset or limit")
	}
	if limit == 0 {
		limit = -1
	}
	return " LIMIT " + strconv.Itoa(limit) + " OFFSET " + strconv.Itoa(offset), nil
}
