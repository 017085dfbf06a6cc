package main

import (
	"context"
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
	cmd.Flags().StringVar(dst, "db", def, "store: a SQLite file, or postgres://… ($CLAIMTRAIL_DB, when set, is the default)")
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
