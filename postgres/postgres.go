// Package postgres implements claimtrail.Store on PostgreSQL with pgx. Full
// text search uses generated tsvector columns (english configuration) with
// GIN indexes; bulk writes use COPY.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Backend is the name Stats reports.
const Backend = "postgres"

//go:embed migration/*.sql
var migrationFS embed.FS

// migrationLock is the advisory lock id that serialises migrations of
// concurrent Opens on one database.
const migrationLock = 0x636c6169 // "clai"

// DB is a claimtrail.Store on a PostgreSQL database. Tables live in the
// first schema of the connection's search_path (set search_path in the DSN
// to use another schema than public).
type DB struct {
	pool *pool

	// Now returns the current time; it stamps IngestedAt. Tests replace
	// it to get fixed times.
	Now func() time.Time
}

var _ claimtrail.Store = (*DB)(nil)

// Open connects to the database named by dsn (a postgres:// URL or
// key=value string; unknown parameters such as search_path are sent as
// run-time settings) and applies any migrations it lacks.
func Open(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "postgres: bad dsn: %v", err)
	}
	s := &DB{pool: newPool(cfg, 8), Now: time.Now}
	if err := s.migrate(ctx, migrationFS); err != nil {
		s.pool.close()
		return nil, fmt.Errorf("postgres: %s: %w", redact(cfg), err)
	}
	return s, nil
}

// OpenReadOnly connects to an existing store for reading only: it never
// creates or migrates the schema, and every session is read-only
// (default_transaction_read_only). A database without claimtrail's
// schema_migrations table, or with a newer schema, is refused.
func OpenReadOnly(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "postgres: bad dsn: %v", err)
	}
	cfg.RuntimeParams["default_transaction_read_only"] = "on"
	s := &DB{pool: newPool(cfg, 8), Now: time.Now}
	ms, err := storecodec.Migrations(migrationFS)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var version int
	err = s.withTx(ctx, true, func(tx pgx.Tx) error {
		var err error
		version, err = schemaVersion(ctx, tx, ms[len(ms)-1].Version)
		return err
	})
	switch {
	case err != nil:
	case version == 0:
		err = fmt.Errorf("%w: no claimtrail schema (run claimtrail ingest on it first)", ErrNotStore)
	case version < minReadVersion:
		err = fmt.Errorf("%w: its schema version %d is older than this claimtrail reads (%d); upgrade it with claimtrail reextract", ErrNotStore, version, minReadVersion)
	}
	if err != nil {
		s.pool.close()
		return nil, fmt.Errorf("postgres: %s: %w", redact(cfg), err)
	}
	return s, nil
}

// minReadVersion is the oldest schema OpenReadOnly reads: the statement
// queries read the columns of migrations 4 (speaker_id), 5 (said_expr)
// and 6 (polarity_by); the watch commands read the tables of migration
// 7.
const minReadVersion = 7

// ErrNotStore is wrapped by the error of Open and OpenReadOnly for a
// database that holds no claimtrail store (OpenReadOnly), another
// program's schema_migrations table, or a newer claimtrail's schema.
var ErrNotStore = errors.New("not a claimtrail store")

// schemaVersion returns the store's schema version, 0 when it has none;
// another tool's schema_migrations table, or a schema newer than the
// migrations this binary carries, is an ErrNotStore.
func schemaVersion(ctx context.Context, tx pgx.Tx, latest int) (int, error) {
	var cols int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'schema_migrations'
		AND column_name IN ('version', 'name', 'applied_at')`).Scan(&cols); err != nil {
		return 0, formatError(err)
	}
	if cols == 0 {
		return 0, nil
	} else if cols != 3 {
		return 0, fmt.Errorf("%w: its schema_migrations table is another program's", ErrNotStore)
	}
	var version int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
		return 0, formatError(err)
	}
	if version > latest {
		return 0, fmt.Errorf("%w of this version: its schema version %d is newer than this claimtrail's %d", ErrNotStore, version, latest)
	}
	return version, nil
}

// redact names a database (and schema) for an error, without its
// password.
func redact(cfg *pgx.ConnConfig) string {
	name := fmt.Sprintf("postgres://%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
	if sp := cfg.RuntimeParams["search_path"]; sp != "" {
		name += " (search_path " + sp + ")"
	}
	return name
}

// Close closes every connection.
func (s *DB) Close() error {
	s.pool.close()
	return nil
}

// withTx runs fn in a transaction on a pooled connection and commits when
// fn succeeds. Read-only transactions are REPEATABLE READ so that a page
// and its total count see the same snapshot.
func (s *DB) withTx(ctx context.Context, readOnly bool, fn func(tx pgx.Tx) error) error {
	conn, err := s.pool.acquire(ctx)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer s.pool.release(conn)

	opts := pgx.TxOptions{}
	if readOnly {
		opts = pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}
	}
	tx, err := conn.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("begin: %w", formatError(err))
	}
	defer tx.Rollback(context.Background())
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", formatError(err))
	}
	return nil
}

// migrate applies every migration in fsys (migration/*.sql) that the
// database lacks, in version order, each in its own transaction, and
// records it in schema_migrations.
func (s *DB) migrate(ctx context.Context, fsys fs.FS) error {
	ms, err := storecodec.Migrations(fsys)
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	for _, m := range ms {
		err := s.withTx(ctx, false, func(tx pgx.Tx) error {
			// The lock makes a second process wait, then see the
			// migration recorded, instead of failing on CREATE TABLE.
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
				return formatError(err)
			}
			if _, err := schemaVersion(ctx, tx, ms[len(ms)-1].Version); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
				version    integer PRIMARY KEY,
				name       text NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now()
			)`); err != nil {
				return formatError(err)
			}
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, m.Version).Scan(&n); err != nil {
				return formatError(err)
			} else if n > 0 {
				return nil
			}
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return formatError(err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
				return formatError(err)
			}
			return nil
		})
		if errors.Is(err, ErrNotStore) {
			return err
		} else if err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

// formatError turns constraint violations and bad values into application
// errors by SQLSTATE; other errors pass through unchanged.
func formatError(err error) error {
	var e *pgconn.PgError
	if !errors.As(err, &e) {
		return err
	}
	switch e.Code {
	case "23505": // unique_violation: a concurrent writer stored the same key
		return &claimtrail.Error{Code: claimtrail.ECONFLICT, Message: "already stored: " + e.Message}
	case "23502", "23503", "23514", // not_null, foreign_key, check violations
		"22001", "22003", "22007", "22008", "22021", "22P02", "22P05", "54000":
		// string too long, numeric or date out of range, bad bytes,
		// bad text representation, program limit (tsvector too big)
		return &claimtrail.Error{Code: claimtrail.EINVALID, Message: "invalid value: " + e.Message}
	}
	return err
}

// limitClause returns LIMIT/OFFSET for a page; limit 0 means no limit.
func limitClause(offset, limit int) (string, error) {
	if offset < 0 || limit < 0 {
		return "", claimtrail.Errorf(claimtrail.EINVALID, "negative offset or limit")
	}
	out := " OFFSET " + strconv.Itoa(offset)
	if limit > 0 {
		out += " LIMIT " + strconv.Itoa(limit)
	}
	return out, nil
}

// placeholders appends args and returns $n for the first, so callers can
// build WHERE clauses in order.
type placeholders struct{ args []any }

func (p *placeholders) add(v any) string {
	p.args = append(p.args, v)
	return "$" + strconv.Itoa(len(p.args))
}
