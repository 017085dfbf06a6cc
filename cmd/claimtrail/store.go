package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

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
// postgres:// or postgresql:// URL, else an SQLite file.
func openStore(ctx context.Context, db string) (claimtrail.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// docHash fingerprints a document's analysed text and metadata: the same
// article ingested twice hashes the same; any change makes a new version.
func docHash(d *claimtrail.Document) string {
	h := sha256.New()
	for _, s := range []string{d.ID, d.URL, d.Source, d.Title, d.Author, d.Lang, formatDate(d.Published), d.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
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
