package main

import (
	"bytes"
	"errors"
	"github.com/claimtrail/claimtrail/internal/sqlitetest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A damaged or foreign --db file is refused by name and left as it was;
// a read never creates or initialises a store; ingest may start one in a
// missing or empty file (issue 16.4).
func TestStore_RefusesDamagedAndForeign(t *testing.T) {
	ex := filepath.Join("..", "..", "examples", "harbour-deal-denied.txt")
	store := func(t *testing.T, p string) {
		if code, _, errs := run(t, "", "ingest", "--db", p, ex); code != 0 {
			t.Fatalf("ingest: %s", errs)
		}
	}
	write := func(b []byte) func(*testing.T, string) {
		return func(t *testing.T, p string) {
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		name        string
		make        func(*testing.T, string)
		read, write int // exit codes of export and of ingest
	}{
		{"missing file", func(*testing.T, string) {}, exitFatal, exitOK},
		{"empty file", write(nil), exitFatal, exitOK},
		{"random bytes", write(bytes.Repeat([]byte{0x5a, 0xc3, 0x17, 0x88}, 8192)), exitFatal, exitFatal},
		{"foreign database", func(t *testing.T, p string) { sqlitetest.Exec(t, p, `CREATE TABLE notes (body TEXT)`) }, exitFatal, exitFatal},
		{"truncated store", func(t *testing.T, p string) {
			store(t, p)
			fi, _ := os.Stat(p)
			if err := os.Truncate(p, fi.Size()/2); err != nil {
				t.Fatal(err)
			}
		}, exitFatal, exitFatal},
		{"store with a flipped page", func(t *testing.T, p string) { store(t, p); sqlitetest.FlipRootPage(t, p, "statements") }, exitFatal, exitFatal},
		{"store", store, exitOK, exitOK},
	}
	for _, tt := range tests {
		for _, cmd := range []string{"export", "ingest"} {
			t.Run(tt.name+"/"+cmd, func(t *testing.T) {
				db := filepath.Join(t.TempDir(), "x.db")
				tt.make(t, db)
				before, statErr := os.ReadFile(db)
				args, want := []string{"export", "--db", db}, tt.read
				if cmd == "ingest" {
					args, want = []string{"ingest", "--db", db, ex}, tt.write
				}
				code, _, errs := run(t, "", args...)
				if code != want {
					t.Fatalf("exit %d, want %d: %s", code, want, errs)
				}
				if code == exitOK {
					return
				}
				if !strings.Contains(errs, db) {
					t.Errorf("the error does not name %s: %s", db, errs)
				}
				after, err := os.ReadFile(db)
				if statErr != nil && !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s created %s", cmd, db)
				} else if statErr == nil && !bytes.Equal(before, after) {
					t.Errorf("%s changed %s", cmd, db)
				}
			})
		}
	}
}
