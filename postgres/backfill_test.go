package postgres

import (
	"context"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/claimtrail/claimtrail/storetest"
)

// TestMigrate_SpeakerBackfill stores statements without speaker ids (the
// schema before migration 0004), migrates, and finds every named
// statement linked to one speaker per name. It needs
// CLAIMTRAIL_TEST_POSTGRES.
func TestMigrate_SpeakerBackfill(t *testing.T) {
	ctx := context.Background()
	admin, schema, db := scratchDB(t, "backfill")
	if err := db.migrate(ctx, migrationFS); err != nil {
		t.Fatal(err)
	}
	storetest.MustPut(t, db, storetest.Corpus()...)
	// back to the schema before 0004, its statements kept
	for _, q := range []string{
		`ALTER TABLE statements DROP COLUMN speaker_id`, `DROP TABLE speaker_aliases`, `DROP TABLE speakers`,
		`DELETE FROM schema_migrations WHERE version = 4`,
	} {
		if _, err := admin.Exec(ctx, "SET search_path TO "+schema+"; "+q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := db.migrate(ctx, migrationFS); err != nil {
		t.Fatal(err)
	}
	sts, _ := storetest.MustFindStatements(t, db, claimtrail.StatementFilter{})
	byName := map[string]int64{}
	for _, st := range sts {
		key := storecodec.SpeakerKey(st.Speaker.Name)
		if (st.Speaker.ID != 0) != (key != "") {
			t.Errorf("statement %d (%q): speaker id %d", st.ID, st.Speaker.Name, st.Speaker.ID)
		}
		if id, ok := byName[key]; ok && id != st.Speaker.ID {
			t.Errorf("%q: speakers %d and %d", st.Speaker.Name, id, st.Speaker.ID)
		}
		byName[key] = st.Speaker.ID
	}
	if got := storetest.MustStats(t, db); got.Speakers != 3 || got.SchemaVersion != 11 {
		t.Errorf("stats after backfill: %+v, want 3 speakers, schema 7 (the newest)", got)
	}
}
