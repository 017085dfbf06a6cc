package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/storetest"
	"github.com/jackc/pgx/v5"
)

var dsnFlag = flag.String("postgres-dsn", "", "PostgreSQL DSN to test against (else $CLAIMTRAIL_TEST_POSTGRES)")

// testDSN returns the DSN to test with, or skips the test.
func testDSN(tb testing.TB) string {
	tb.Helper()
	dsn := *dsnFlag
	if dsn == "" {
		dsn = os.Getenv("CLAIMTRAIL_TEST_POSTGRES")
	}
	if dsn == "" {
		tb.Skip("no PostgreSQL: pass -postgres-dsn=DSN or set CLAIMTRAIL_TEST_POSTGRES " +
			"(eval \"$(bash .ci/postgres.sh)\" starts a local one and prints the export)")
	}
	return dsn
}

// MustOpenDB opens a store in a new schema of its own, so that runs and
// tests never share tables, and drops the schema when the test ends.
func MustOpenDB(tb testing.TB) *postgres.DB {
	tb.Helper()
	return mustOpen(tb, MustSchema(tb))
}

func mustOpen(tb testing.TB, dsn string) *postgres.DB {
	tb.Helper()
	db, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("close: %v", err)
		}
	})
	return db
}

// MustSchema creates a uniquely named schema, drops it when the test ends,
// and returns a DSN whose search_path selects it.
func MustSchema(tb testing.TB) string {
	tb.Helper()
	dsn := testDSN(tb)
	ctx := context.Background()

	var b [6]byte
	rand.Read(b[:])
	schema := "claimtrail_test_" + hex.EncodeToString(b[:])
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatalf("connect: %v", err)
	}
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close(ctx)
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := admin.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema: %v", err)
		}
		admin.Close(ctx)
	})

	return withSearchPath(dsn, schema)
}

// withSearchPath adds search_path to a URL or key=value DSN; pgx sends
// unknown parameters as run-time settings.
func withSearchPath(dsn, schema string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err == nil {
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return dsn + " search_path=" + schema
}

func TestStore(t *testing.T) {
	testDSN(t)
	storetest.Run(t, func(t *testing.T) claimtrail.Store { return MustOpenDB(t) })
}

// TestWatchLateCommit: a writer that took the smaller ids and commits
// after another, and after the watcher matched that other, is still
// queued for the watcher.
func TestWatchLateCommit(t *testing.T) {
	testDSN(t)
	db := MustOpenDB(t)
	storetest.RunLateCommit(t, db, db.HoldPut)
}

// FuzzFTSQuery checks that no search text makes a tsquery fail or reach
// SQL.
func FuzzFTSQuery(f *testing.F) {
	storetest.FuzzQuery(f, MustOpenDB(f))
}

func TestOpen_Reopen(t *testing.T) {
	dsn := MustSchema(t)
	db := mustOpen(t, dsn)
	storetest.MustPut(t, db, storetest.Corpus()...)
	first := storetest.MustStats(t, db)
	if first.SchemaVersion != 11 || first.Backend != "postgres" {
		t.Fatalf("stats = %+v, want schema version 11 on postgres", first)
	}
	db.Close()
	db2 := mustOpen(t, dsn)
	if got := storetest.MustStats(t, db2); got.Articles != first.Articles || got.SchemaVersion != 11 {
		t.Errorf("after reopen: %+v, want %+v", got, first)
	}
	if res := storetest.MustPut(t, db2, storetest.Corpus()...); res[0].Status != claimtrail.PutUnchanged {
		t.Errorf("rerun after reopen: %+v", res[0])
	}
}

func TestDB_Now(t *testing.T) {
	db := MustOpenDB(t)
	storetest.CheckNow(t, db, func(now func() time.Time) { db.Now = now })
}

// TestPutArticles_Concurrent runs writers that share keys at once: the
// per-key locks make them take turns instead of failing.
func TestPutArticles_Concurrent(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			_, err := db.PutArticles(ctx, storetest.Corpus())
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Errorf("concurrent PutArticles: %v", err)
		}
	}
	if st := storetest.MustStats(t, db); st.Versions != 3 || st.Statements != 8 {
		t.Errorf("stats = %+v, want 3 versions and 8 statements", st)
	}
}
