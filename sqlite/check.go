package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail/internal/storecodec"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// minReadVersion is the oldest schema OpenReadOnly reads without
// migrating: the statement queries read the columns of migrations 4
// (speaker_id), 5 (said_expr) and 6 (polarity_by), and the watch commands
// the tables of migration 7. Raise it with a
// migration that the read queries depend on.
const minReadVersion = 7

// header is the start of every SQLite database file.
var header = []byte("SQLite format 3\x00")

// checkHeader looks at the file before SQLite does: a missing or empty
// file is a new store for a writer and no store for a reader; a file
// without SQLite's header, or shorter than its header says, is refused.
func checkHeader(path string, readOnly bool) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist) && readOnly:
		return fmt.Errorf("sqlite: %s: %w: no such file", path, ErrNotStore)
	case errors.Is(err, os.ErrNotExist):
		return nil // SQLite creates it
	case err != nil:
		return fmt.Errorf("sqlite: %w", err)
	case fi.IsDir():
		return fmt.Errorf("sqlite: %s: %w: a directory", path, ErrNotStore)
	case fi.Size() == 0 && walSize(path) == 0:
		// Nothing to lose: a writer may make it a store (`: > x.db`
		// then ingest is a natural way to start one), a reader finds
		// nothing in it.
		if readOnly {
			return fmt.Errorf("sqlite: %s: %w: an empty file", path, ErrNotStore)
		}
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer f.Close()
	var h [100]byte
	n, err := io.ReadFull(f, h[:])
	if !bytes.HasPrefix(h[:n], header) {
		if n > 0 && bytes.HasPrefix(header, h[:n]) {
			return fmt.Errorf("sqlite: %s: %w: truncated within its header (%d bytes)", path, ErrDamaged, n)
		}
		return fmt.Errorf("sqlite: %s: %w: not a SQLite database", path, ErrNotStore)
	} else if err != nil {
		return fmt.Errorf("sqlite: %s: %w: truncated within its header (%d bytes)", path, ErrDamaged, n)
	}
	return checkSize(path, h[:], fi.Size())
}

// checkSize compares the file's size with the page count its header
// gives. The count is valid only when the header's change counter and
// version-valid-for number agree, and a checkpoint writes page 1 before
// the pages that follow it, so the check is skipped while the WAL holds
// frames: SQLite reads the size from the WAL then, and quick_check looks
// at every page.
func checkSize(path string, h []byte, size int64) error {
	pageSize := int64(binary.BigEndian.Uint16(h[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return fmt.Errorf("sqlite: %s: %w: page size %d in its header", path, ErrDamaged, pageSize)
	}
	pages := int64(binary.BigEndian.Uint32(h[28:32]))
	valid := bytes.Equal(h[24:28], h[92:96]) && pages > 0
	if valid && walSize(path) == 0 && size < pages*pageSize {
		return fmt.Errorf("sqlite: %s: %w: truncated: %d bytes, its header says %d pages of %d", path, ErrDamaged, size, pages, pageSize)
	}
	return nil
}

// walSize returns the size of the database's write-ahead log, 0 when
// there is none.
func walSize(path string) int64 {
	if fi, err := os.Stat(path + "-wal"); err == nil {
		return fi.Size()
	}
	return 0
}

// checkSchema checks an opened database before anything writes to it and
// returns its schema version (0 for a database with no tables). A writer
// runs quick_check first; see Open for its cost.
func (s *DB) checkSchema(ctx context.Context, readOnly bool) (int, error) {
	if !readOnly {
		var res string
		if err := s.db.QueryRowContext(ctx, `PRAGMA quick_check(1)`).Scan(&res); err != nil {
			return 0, s.damaged(err)
		} else if res != "ok" {
			return 0, fmt.Errorf("sqlite: %s: %w: quick_check: %s", s.path, ErrDamaged, strings.Join(strings.Fields(res), " "))
		}
	}
	tables, err := s.tables(ctx)
	if err != nil {
		return 0, s.damaged(err)
	}
	if len(tables) == 0 {
		return 0, nil
	}
	return s.checkOurs(ctx, tables)
}

// checkOurs checks that a database's tables are a claimtrail store's and
// returns its schema version.
func (s *DB) checkOurs(ctx context.Context, tables []string) (int, error) {
	known, err := ours()
	if err != nil {
		return 0, err
	}
	var foreign []string
	for _, t := range tables {
		if !slices.Contains(known.tables, t) && !strings.HasPrefix(t, "sqlite_") {
			foreign = append(foreign, t)
		}
	}
	if len(foreign) > 0 {
		return 0, fmt.Errorf("sqlite: %s: %w: a SQLite database with tables claimtrail does not make (%s)", s.path, ErrNotStore, strings.Join(foreign, ", "))
	}
	// Another migration tool's table of this name has other columns.
	var cols int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info('schema_migrations') WHERE name IN ('version', 'name', 'applied_at')`).Scan(&cols); err != nil {
		return 0, s.damaged(err)
	} else if cols != 3 {
		return 0, fmt.Errorf("sqlite: %s: %w: a SQLite database without claimtrail's schema_migrations table", s.path, ErrNotStore)
	}
	var version int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
		return 0, s.damaged(err)
	} else if version > known.version {
		return 0, fmt.Errorf("sqlite: %s: %w of this version: its schema version %d is newer than this claimtrail's %d", s.path, ErrNotStore, version, known.version)
	}
	return version, nil
}

// tables lists the database's tables (FTS5's shadow tables included).
func (s *DB) tables(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// schemaOf is what the migrations make: the tables of a store and its
// schema version.
type schemaOf struct {
	tables  []string
	version int
}

var ours = sync.OnceValues(func() (schemaOf, error) {
	// Migrating an in-memory database lists the tables, FTS5's included,
	// without a second list to keep in step with the migrations.
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return schemaOf{}, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	s := &DB{db: db, path: ":memory:"}
	ctx := context.Background()
	if err := s.migrate(ctx, migrationFS); err != nil {
		return schemaOf{}, fmt.Errorf("sqlite: list the schema's tables: %w", err)
	}
	tables, err := s.tables(ctx)
	if err != nil {
		return schemaOf{}, err
	}
	ms, err := storecodec.Migrations(migrationFS)
	if err != nil || len(ms) == 0 {
		return schemaOf{}, fmt.Errorf("sqlite: read migrations: %v", err)
	}
	return schemaOf{tables: tables, version: ms[len(ms)-1].Version}, nil
})

// damaged names the file in an error SQLite gave while checking it.
func (s *DB) damaged(err error) error {
	if IsDamaged(err) {
		return fmt.Errorf("sqlite: %s: %w: %w", s.path, ErrDamaged, err)
	}
	return fmt.Errorf("sqlite: %s: %w", s.path, err)
}

// pathError names the file in an error that says the file is damaged;
// other errors pass through unchanged.
func (s *DB) pathError(err error) error {
	if IsDamaged(err) && !errors.Is(err, ErrDamaged) {
		return fmt.Errorf("sqlite: %s: %w: %w", s.path, ErrDamaged, err)
	}
	return err
}

// IsDamaged reports whether err says a store file is damaged: ErrDamaged,
// or SQLite's SQLITE_CORRUPT or SQLITE_NOTADB from a query that met the
// damage.
func IsDamaged(err error) bool {
	if errors.Is(err, ErrDamaged) {
		return true
	}
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	switch e.Code() & 0xff {
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return true
	}
	return false
}
