package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail/internal/sqlitetest"
	"github.com/claimtrail/claimtrail/sqlite"
)

// TestMigrateDeliveryPositions: migration 0011 turns each sink's position
// in alert ids (alert_sinks.delivered_to) into its queue: the alerts above
// the position are due, those at or below it are not.
func TestMigrateDeliveryPositions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// A store as migration 0008 left it: three alerts, "stdout" sent the first.
	sqlitetest.Exec(t, path, `DROP TABLE alert_deliveries; DELETE FROM schema_migrations WHERE version = 11;
		INSERT INTO claims (id, text, created_at) VALUES (1, 'the harbour will reopen', '2026-12-01T00:00:00Z');
		INSERT INTO alerts (id, claim_id, statement_key, statement_id, statement_json, stance, match, first_seen)
			VALUES (1, 1, 'a', 1, '{}', 'asserts', 0.8, '2026-12-01T00:00:00Z'),
			       (2, 1, 'b', 2, '{}', 'asserts', 0.8, '2026-12-01T00:00:00Z'),
			       (3, 1, 'c', 3, '{}', 'denies', 0.8, '2026-12-01T00:00:00Z');
		INSERT INTO alert_sinks (name, delivered_to) VALUES ('stdout', 1)`)
	db = MustOpenDB(t, path)
	p, err := db.PendingAlerts(context.Background(), "stdout", 10)
	if err != nil || len(p) != 2 || p[0].ID != 2 || p[1].ID != 3 {
		t.Fatalf("PendingAlerts after the migration = %d alerts, %v; want alerts 2 and 3", len(p), err)
	}
}
