package postgres_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/storetest"
	"github.com/jackc/pgx/v5"
)

// OpenReadOnly never creates or migrates a schema; a database holding
// another tool's schema_migrations or a newer claimtrail's schema is
// refused by both opens, an older schema than the read queries need by
// OpenReadOnly, and the errors never show the password.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	dsn := MustSchema(t)
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	refused := func(what string, err error) {
		t.Helper()
		if !errors.Is(err, postgres.ErrNotStore) {
			t.Errorf("%s: %v, want ErrNotStore", what, err)
		} else if cfg.Password != "" && strings.Contains(err.Error(), ":"+cfg.Password+"@") {
			t.Errorf("%s: the error shows the password: %v", what, err)
		}
	}
	_, err = postgres.OpenReadOnly(ctx, dsn)
	refused("read-only open of an empty schema", err)
	exec(t, dsn, `SELECT 1 FROM schema_migrations`, "created") // must fail: nothing was created

	db := mustOpen(t, dsn)
	storetest.MustPut(t, db, storetest.Corpus()...)
	ro, err := postgres.OpenReadOnly(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if st, err := ro.Stats(ctx); err != nil || st.Articles != 3 {
		t.Errorf("read-only stats = %+v, %v", st, err)
	}
	in := storetest.Corpus()[0]
	in.Hash = "a new version"
	if _, err := ro.PutArticles(ctx, []claimtrail.ArticleInput{in}); err == nil {
		t.Error("a read-only store wrote")
	}

	// A schema older than the read queries need (5, before polarity_by):
	// a reader refuses it, a writer migrates it.
	exec(t, dsn, `ALTER TABLE statements DROP COLUMN polarity_by`, "")
	exec(t, dsn, `DROP TABLE watch_queue, alert_deliveries, alert_sinks, alerts, sources, claims`, "")
	exec(t, dsn, `DELETE FROM schema_migrations WHERE version IN (6, 7, 8, 11)`, "")
	_, err = postgres.OpenReadOnly(ctx, dsn)
	refused("read-only open of an older schema", err)
	mustOpen(t, dsn)
	if _, _, err := ro.FindStatements(ctx, claimtrail.StatementFilter{}); err != nil {
		t.Errorf("read after the writer migrated the older schema: %v", err)
	}

	exec(t, dsn, `INSERT INTO schema_migrations (version, name) VALUES (99, '0099_future.sql')`, "")
	_, err = postgres.Open(ctx, dsn)
	refused("open of a newer schema", err)
	_, err = postgres.OpenReadOnly(ctx, dsn)
	refused("read-only open of a newer schema", err)

	other := MustSchema(t)
	exec(t, other, `CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL)`, "")
	_, err = postgres.Open(ctx, other)
	refused("open of another tool's schema_migrations", err)
}

// exec runs query on dsn; wantErr names what its success would mean
// when it must fail ("" when it must succeed).
func exec(t *testing.T, dsn, query, wantErr string) {
	t.Helper()
	ctx := context.Background()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	_, err = c.Exec(ctx, query)
	if wantErr == "" && err != nil {
		t.Fatalf("%s: %v", query, err)
	} else if wantErr != "" && err == nil {
		t.Errorf("%s: succeeded: OpenReadOnly %s it", query, wantErr)
	}
}
