package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/spf13/cobra"
)

// dbFlag is the --db flag every store command shares.
func dbFlag(cmd *cobra.Command, dst *string) {
	def := os.Getenv("CLAIMTRAIL_DB")
	if def == "" {
		def = "claimtrail.db"
	}
	cmd.Flags().StringVar(dst, "db", def, "store: a SQLite file, or postgres://… (default $CLAIMTRAIL_DB or claimtrail.db)")
}

// openStore opens the store a --db value names: PostgreSQL for a
// postgres:// or postgresql:// URL, else an SQLite file. It is a variable
// for one test: the resume stress test's child wraps the store to report
// each commit, so that its parent kills it between and during commits.
var openStore = func(ctx context.Context, db string) (claimtrail.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// openExistingStore is openStore for commands that only read: a SQLite
// path that does not exist is an error, not a new empty store (a typo in
// --db would otherwise "find nothing").
func openExistingStore(ctx context.Context, db string) (claimtrail.Store, error) {
	if !strings.HasPrefix(db, "postgres://") && !strings.HasPrefix(db, "postgresql://") && db != ":memory:" {
		if _, err := os.Stat(db); err != nil {
			return nil, fmt.Errorf("no store at %s: fill one with claimtrail ingest --db %s FILES (or claimtrail demo --db %s)", db, db, db)
		}
	}
	return openStore(ctx, db)
}

// walkSizes adds the sizes of the files under dir to n.
func walkSizes(dir string, n *int64) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil {
			*n += info.Size()
		}
		return nil
	})
}
