package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/sqlite"
)

// openReadStore opens the store a --db value names for a command that
// only reads: it never creates, migrates or writes it. A SQLite path with
// no store (missing, or an empty file) is an error, not a new empty store:
// a typo in --db would otherwise "find nothing".
func openReadStore(ctx context.Context, db string) (claimtrail.Store, error) {
	if isPostgres(db) {
		return postgres.OpenReadOnly(ctx, db)
	} else if db == ":memory:" {
		return sqlite.Open(ctx, db) // empty, as a new in-memory store is
	}
	if fi, err := os.Stat(db); err != nil || fi.Size() == 0 {
		return nil, fmt.Errorf("no store at %s: fill one with claimtrail ingest --db %s FILES (or claimtrail demo --db %s)", db, db, db)
	}
	return sqlite.OpenReadOnly(ctx, db)
}

// openReadRange parses the --from and --to flags, then opens the store to
// read: how the commands that read a date range of a store (search, trace)
// start. A bad date is reported before the store is opened.
func openReadRange(ctx context.Context, db, from, to string) (st claimtrail.Store, lo, hi *time.Time, err error) {
	if lo, hi, err = dateRange(from, to); err != nil {
		return nil, nil, nil, err
	}
	st, err = openReadStore(ctx, db)
	return st, lo, hi, err
}

func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// nameStore puts the --db path in front of an error that says the store
// is damaged, when the error does not name it already: SQLite's
// "database disk image is malformed" does not say which file.
func nameStore(db string, err error) error {
	if db == "" || !sqlite.IsDamaged(err) || strings.Contains(err.Error(), db) {
		return err
	}
	return fmt.Errorf("%s: damaged store: %w", db, err)
}
