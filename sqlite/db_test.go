package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/storetest"
)

func TestOpen_Reopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "reopen.db")
	db := MustOpenDB(t, path)
	storetest.MustPut(t, db, storetest.Corpus()...)
	first := storetest.MustStats(t, db)
	if first.SchemaVersion != 11 || first.Backend != "sqlite" {
		t.Fatalf("stats = %+v, want schema version 11 on sqlite", first)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Reopening applies nothing (the tables exist; a second CREATE would
	// fail) and keeps the data.
	db2 := MustOpenDB(t, path)
	if got := storetest.MustStats(t, db2); got.Articles != first.Articles || got.SchemaVersion != first.SchemaVersion {
		t.Errorf("after reopen: %+v, want %+v", got, first)
	}
	res := storetest.MustPut(t, db2, storetest.Corpus()...)
	if res[0].Status != claimtrail.PutUnchanged {
		t.Errorf("rerun after reopen: %+v", res[0])
	}
	if ok, err := db2.HasArticle(ctx, storetest.Corpus()[2].Doc.ID, storetest.Corpus()[2].Hash); err != nil || !ok {
		t.Errorf("HasArticle after reopen = %v, %v", ok, err)
	}
}

func TestDB_Now(t *testing.T) {
	db := MustOpenDB(t, ":memory:")
	storetest.CheckNow(t, db, func(now func() time.Time) { db.Now = now })
}

func TestOpen_ErrInvalid(t *testing.T) {
	for _, path := range []string{"", "x.db?mode=ro", "file:x.db"} {
		if _, err := sqliteOpen(path); claimtrail.ErrorCode(err) != claimtrail.EINVALID {
			t.Errorf("Open(%q) = %v, want EINVALID", path, err)
		}
	}
	if _, err := sqliteOpen(filepath.Join(t.TempDir(), "missing", "dir", "x.db")); err == nil {
		t.Error("Open in a missing directory succeeded")
	}
}

// TestPutArticles_Concurrent runs writers and readers at once on a file:
// writers queue on the write lock, readers never wait for them.
func TestPutArticles_Concurrent(t *testing.T) {
	db := MustOpenDB(t, filepath.Join(t.TempDir(), "concurrent.db"))
	ctx := context.Background()
	errs := make(chan error, 8)
	for i := range 4 {
		go func() {
			_, err := db.PutArticles(ctx, storetest.Corpus())
			errs <- err
		}()
		go func() {
			g := storetest.NewGenerator(uint64(i))
			if err := g.Fill(ctx, db, i*1000, 40, 10, 8); err != nil {
				errs <- err
				return
			}
			_, _, err := db.FindStatements(ctx, claimtrail.StatementFilter{Query: g.Word(0), Limit: 5})
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Errorf("concurrent call: %v", err)
		}
	}
	if st := storetest.MustStats(t, db); st.Versions != 3+160 {
		t.Errorf("stats = %+v, want %d versions", st, 3+160)
	}
}
