// Package sqlitetest damages and edits SQLite files for the tests of the
// code that must refuse them (the sqlite store's open checks, the CLI's
// read commands). Test files only import it (internal/archtest checks).
package sqlitetest

import (
	"database/sql"
	"os"
	"testing"

	_ "modernc.org/sqlite" // the "sqlite" driver
)

// Exec runs query on the SQLite file at path, outside any store.
func Exec(tb testing.TB, path, query string) {
	tb.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(query); err != nil {
		tb.Fatal(err)
	}
}

// FlipRootPage inverts every byte of the root page of table: a store
// damaged where quick_check looks.
func FlipRootPage(tb testing.TB, path, table string) {
	tb.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	var root, size int64
	err = db.QueryRow(`SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema WHERE name = ?`, table).Scan(&root, &size)
	db.Close()
	if err != nil {
		tb.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	for i := (root - 1) * size; i < root*size; i++ {
		b[i] ^= 0xff
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		tb.Fatal(err)
	}
}
