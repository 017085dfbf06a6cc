package postgres

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"testing"
	"testing/fstest"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

func TestTSQuery(t *testing.T) {
	tests := []struct {
		in, want string
		args     []any
	}{
		{"", "", nil},
		{"* AND -", "", nil},
		{"pier", "(phraseto_tsquery('english', $3))", []any{"pier"}},
		{`harbor "re'open" OR x`, "(phraseto_tsquery('english', $3) && phraseto_tsquery('english', $4) && phraseto_tsquery('english', $5))",
			[]any{"harbor", `"re'open"`, "x"}},
	}
	for _, tt := range tests {
		got, args := tsQuery(tt.in, 3)
		if got != tt.want || len(args) != len(tt.args) {
			t.Errorf("tsQuery(%q) = %s %v, want %s %v", tt.in, got, args, tt.want, tt.args)
			continue
		}
		for i := range args {
			if args[i] != tt.args[i] {
				t.Errorf("tsQuery(%q) arg %d = %v, want %v", tt.in, i, args[i], tt.args[i])
			}
		}
	}
}

// TestFormatError maps SQLSTATEs, never messages.
func TestFormatError(t *testing.T) {
	tests := []struct {
		code, want string
	}{
		{"23505", claimtrail.ECONFLICT},
		{"23514", claimtrail.EINVALID},
		{"23503", claimtrail.EINVALID},
		{"22021", claimtrail.EINVALID},
		{"40P01", claimtrail.EINTERNAL},
	}
	for _, tt := range tests {
		err := formatError(&pgconn.PgError{Code: tt.code, Message: "whatever the server says"})
		if got := claimtrail.ErrorCode(err); got != tt.want {
			t.Errorf("SQLSTATE %s → %q, want %q", tt.code, got, tt.want)
		}
	}
	if err := errors.New("plain"); formatError(err) != err {
		t.Error("other errors must pass through")
	}
}

// TestMigrate applies a later migration to an existing schema: only the
// missing one runs, and the schema version follows. It needs
// CLAIMTRAIL_TEST_POSTGRES (the flag lives in the external tests).
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	admin, schema, db := scratchDB(t, "migrate")

	base, err := fs.ReadFile(migrationFS, "migration/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	next := fstest.MapFS{
		"migration/0001_init.sql":  {Data: base},
		"migration/0099_notes.sql": {Data: []byte(`CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);`)},
	}
	if err := db.migrate(ctx, migrationFS); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := db.migrate(ctx, next); err != nil {
			t.Fatal(err)
		}
	}
	st, err := db.Stats(ctx)
	if err != nil || st.SchemaVersion != 99 {
		t.Fatalf("stats = %+v, %v; want schema version 99", st, err)
	}
	broken := fstest.MapFS{"migration/0100_broken.sql": {Data: []byte("CREATE TABLE half (x int); SELECT * FROM missing_table;")}}
	if err := db.migrate(ctx, broken); err == nil {
		t.Fatal("broken migration applied")
	}
	var n int
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = $1 AND tablename = 'half'`, schema).Scan(&n); err != nil || n != 0 {
		t.Errorf("a failed migration left its table (%d, %v)", n, err)
	}
}

// scratchDB connects to CLAIMTRAIL_TEST_POSTGRES (skipping the test
// without it) and returns an admin connection, a new schema named for
// the test, and a store whose sessions use that schema, unmigrated;
// the schema is dropped when the test ends.
func scratchDB(t *testing.T, name string) (*pgx.Conn, string, *DB) {
	t.Helper()
	dsn := os.Getenv("CLAIMTRAIL_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("set CLAIMTRAIL_TEST_POSTGRES to run (eval \"$(bash .ci/postgres.sh)\")")
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	schema := fmt.Sprintf("claimtrail_%s_%d", name, time.Now().UnixNano())
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	cfg.RuntimeParams["search_path"] = schema
	db := &DB{pool: newPool(cfg, 2), Now: time.Now}
	t.Cleanup(func() {
		db.Close()
		admin.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
		admin.Close(ctx)
	})
	return admin, schema, db
}
