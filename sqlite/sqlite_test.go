package sqlite_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/storetest"
)

var dump = flag.Bool("dump", false, "keep the file-backed test databases and print their paths (with -v)")

// MustOpenDB opens a database at path (":memory:" or a file) and closes it
// when the test ends.
func MustOpenDB(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("close: %v", err)
		}
	})
	return db
}

// tempPath returns a database path in a directory removed after the test,
// or, with -dump, in one that is kept, and prints the path.
func tempPath(tb testing.TB) string {
	tb.Helper()
	if !*dump {
		return filepath.Join(tb.TempDir(), "claimtrail.db")
	}
	dir, err := os.MkdirTemp("", "claimtrail-sqlite-")
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(dir, "claimtrail.db")
	fmt.Fprintf(os.Stderr, "%s: database kept at %s\n", tb.Name(), p)
	return p
}

func TestStore(t *testing.T) {
	t.Run("Memory", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) claimtrail.Store { return MustOpenDB(t, ":memory:") })
	})
	t.Run("File", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) claimtrail.Store { return MustOpenDB(t, tempPath(t)) })
	})
}

// TestWatchLateCommit: SQLite has one writer, so the late writer runs
// after the watcher matched the other (storetest.RunLateCommit).
func TestWatchLateCommit(t *testing.T) {
	storetest.RunLateCommit(t, MustOpenDB(t, filepath.Join(t.TempDir(), "late.db")), nil)
}

// FuzzFTSQuery checks that no search text makes an FTS5 MATCH fail or
// reach SQL.
func FuzzFTSQuery(f *testing.F) {
	storetest.FuzzQuery(f, MustOpenDB(f, ":memory:"))
}

func sqliteOpen(path string) (*sqlite.DB, error) {
	db, err := sqlite.Open(context.Background(), path)
	if err == nil {
		db.Close()
	}
	return db, err
}
