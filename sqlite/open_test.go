package sqlite_test

import (
	"bytes"
	"context"
	"errors"
	"github.com/claimtrail/claimtrail/internal/sqlitetest"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/storetest"
)

// A file that is not a store, or a damaged one, is refused by name before
// anything writes to it; OpenReadOnly never creates, migrates or writes.
func TestOpen_RefusesDamagedAndForeign(t *testing.T) {
	const (
		ok            = "ok"
		notStore      = "not a store"
		damaged       = "damaged"
		damagedOnRead = "opens; the read that meets the damage fails"
	)
	tests := []struct {
		name  string
		make  func(t *testing.T, path string)
		write string // what Open gives
		read  string // what OpenReadOnly gives
	}{
		{"missing file", func(*testing.T, string) {}, ok, notStore},
		{"empty file", writeFile(nil), ok, notStore},
		{"random bytes", writeFile(randomBytes(64 << 10)), notStore, notStore},
		{"text file", writeFile([]byte("SQLite is a database.\n")), notStore, notStore},
		{"header cut short", func(t *testing.T, p string) { makeStore(t, p); truncate(t, p, 40) }, damaged, damaged},
		{"foreign database", foreignDB(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)`), notStore, notStore},
		{"another tool's schema_migrations", foreignDB(`CREATE TABLE schema_migrations (version INTEGER, dirty INTEGER)`), notStore, notStore},
		{"store with a foreign table", func(t *testing.T, p string) { makeStore(t, p); sqlitetest.Exec(t, p, `CREATE TABLE notes (x)`) }, notStore, notStore},
		{"store of a newer claimtrail", func(t *testing.T, p string) {
			makeStore(t, p)
			sqlitetest.Exec(t, p, `INSERT INTO schema_migrations VALUES (99, '0099_future.sql', '2030-01-01T00:00:00Z')`)
		}, notStore, notStore},
		{"store of an older claimtrail", func(t *testing.T, p string) {
			// schema 5: a reader's queries need migration 6's column and
			// 7's tables, a writer adds them (and 8's and 11's)
			makeStore(t, p)
			sqlitetest.Exec(t, p, `ALTER TABLE statements DROP COLUMN polarity_by; DROP TABLE watch_queue; DROP TABLE alert_deliveries; DROP TABLE alert_sinks;
				DROP TABLE alerts; DROP TABLE sources; DROP TABLE claims; DELETE FROM schema_migrations WHERE version IN (6, 7, 8, 11)`)
		}, ok, notStore},
		{"truncated store", func(t *testing.T, p string) { makeStore(t, p); truncate(t, p, fileSize(t, p)/2) }, damaged, damaged},
		{"store with a flipped page", func(t *testing.T, p string) { makeStore(t, p); sqlitetest.FlipRootPage(t, p, "statements") }, damaged, damagedOnRead},
		{"store", makeStore, ok, ok},
	}
	for _, tt := range tests {
		for _, readOnly := range []bool{false, true} {
			want, mode := tt.write, "Open"
			if readOnly {
				want, mode = tt.read, "OpenReadOnly"
			}
			t.Run(tt.name+"/"+mode, func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "x.db")
				tt.make(t, path)
				before, _ := os.ReadFile(path)
				_, statErr := os.Stat(path)
				got := openOutcome(t, path, readOnly)
				if got != want {
					t.Fatalf("%s: %s, want %s", mode, got, want)
				}
				if want == ok && !readOnly {
					return // a writer may write
				}
				after, err := os.ReadFile(path)
				if statErr != nil && !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s created the missing file", mode)
				} else if statErr == nil && !bytes.Equal(before, after) {
					t.Errorf("%s changed the file", mode)
				}
			})
		}
	}
}

// openOutcome opens path and names the outcome; a refusal must name the
// file and wrap the error that says why.
func openOutcome(t *testing.T, path string, readOnly bool) string {
	ctx := context.Background()
	open := sqlite.Open
	if readOnly {
		open = sqlite.OpenReadOnly
	}
	db, err := open(ctx, path)
	if err != nil {
		if !strings.Contains(err.Error(), path) {
			t.Errorf("error %q does not name %s", err, path)
		}
		switch {
		case errors.Is(err, sqlite.ErrNotStore):
			return "not a store"
		case errors.Is(err, sqlite.ErrDamaged) && sqlite.IsDamaged(err):
			return "damaged"
		}
		return "error: " + err.Error()
	}
	defer db.Close()
	if _, _, err := db.FindStatements(ctx, claimtrail.StatementFilter{}); sqlite.IsDamaged(err) {
		return "opens; the read that meets the damage fails"
	} else if err != nil {
		return "read error: " + err.Error()
	}
	return "ok"
}

func TestOpenReadOnly_DoesNotWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.db")
	makeStore(t, path)
	db, err := sqlite.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if st, err := db.Stats(ctx); err != nil || st.Articles != 3 {
		t.Fatalf("stats = %+v, %v", st, err)
	}
	in := storetest.Corpus()[0]
	in.Hash = "a new version"
	if _, err := db.PutArticles(ctx, []claimtrail.ArticleInput{in}); err == nil {
		t.Error("a read-only store wrote")
	}
	if _, err := sqlite.OpenReadOnly(ctx, ":memory:"); claimtrail.ErrorCode(err) != claimtrail.EINVALID {
		t.Errorf("OpenReadOnly(:memory:) = %v, want EINVALID", err)
	}
}

// makeStore writes a store holding the conformance corpus at path, its
// WAL checkpointed into the file.
func makeStore(t *testing.T, path string) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustPut(t, db, storetest.Corpus()...)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func writeFile(b []byte) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func foreignDB(schema string) func(*testing.T, string) {
	return func(t *testing.T, path string) { sqlitetest.Exec(t, path, schema) }
}

func fileSize(t *testing.T, path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

func truncate(t *testing.T, path string, size int64) {
	if err := os.Truncate(path, size); err != nil {
		t.Fatal(err)
	}
}
