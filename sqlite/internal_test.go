package sqlite

import (
	"context"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
)

func TestMatchQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"pier", `"pier"`},
		{"  harbor\treopen\n", `"harbor" "reopen"`},
		{`say "hi"`, `"say" """hi"""`},
		{"pier OR harbor NOT dock AND NEAR", `"pier" "harbor" "dock"`},
		{"or not near", `"or" "not" "near"`}, // only upper case words are operators
		{"* - ^ : ( ) {}", ""},
		{"pier* -harbor col:val", `"pier*" "-harbor" "col:val"`},
		{"U.S. l’état Zoë", `"U.S." "l’état" "Zoë"`},
		{"bad\xffbyte", `"bad" "byte"`},
		{"a\x00b", `"a" "b"`},
	}
	for _, tt := range tests {
		if got := matchQuery(tt.in); got != tt.want {
			t.Errorf("matchQuery(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestFirstDay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2022-10-07", "2022-10-07"},
		{"2022-10-07T14:00", "2022-10-07"},
		{"2022-10", "2022-10-01"},
		{"2022", "2022-01-01"},
		{"2022-W40", "2022-10-03"},
		{"2025-W01", "2024-12-30"},
		{"2022-Q3", "2022-07-01"},
		{"2022-02-30", ""},
		{"2022-13", ""},
		{"XXXX-04-24", ""},
		{"PRESENT_REF", ""},
		{"0000", ""},
		{"", ""},
		{"2022-SU", ""},
	}
	for _, tt := range tests {
		if got := storecodec.FirstDay(tt.in); got != tt.want {
			t.Errorf("storecodec.FirstDay(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFormatError provokes real constraint violations: they are told
// apart by SQLite's extended result code.
func TestFormatError(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	insert := `INSERT INTO articles (key, hash, version, doc_id, url, source, title, author, lang, text, ingested_at)
		VALUES (?, ?, ?, '', '', '', '', '', '', '', '')`
	if _, err := db.db.ExecContext(ctx, insert, "k", "h", 1); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []any
		want string
	}{
		{"Unique", []any{"k", "h", 2}, claimtrail.ECONFLICT},
		{"Check", []any{"k2", "h", 0}, claimtrail.EINVALID},
		{"NotNull", []any{"k3", nil, 1}, claimtrail.EINVALID},
	}
	for _, tt := range tests {
		_, err := db.db.ExecContext(ctx, insert, tt.args...)
		if got := claimtrail.ErrorCode(formatError(err)); got != tt.want {
			t.Errorf("%s: %v → code %q, want %q", tt.name, err, got, tt.want)
		}
	}
	_, err = db.db.ExecContext(ctx, `INSERT INTO statements (article_id, n, doc, speaker_name, speaker_key,
		speaker_mention, speaker_role, speaker_affiliation, speaker_type, cue_text, cue_lemma, cue_start_byte,
		cue_end_byte, content, form, polarity, hedged, channel_kind, channel_text, channel_venue, addressee,
		start_byte, end_byte) VALUES (999, 1, '', '', '', '', '', '', '', '', '', 0, 0, '', '', '', 0, '', '', '', '', 0, 0)`)
	if got := claimtrail.ErrorCode(formatError(err)); got != claimtrail.EINVALID {
		t.Errorf("foreign key: %v → code %q, want EINVALID", err, got)
	}
	if got := formatError(context.Canceled); got != context.Canceled {
		t.Errorf("other errors pass through: got %v", got)
	}
}

// TestMigrate applies a later migration to an existing database: only the
// missing one runs, and the schema version follows.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/migrate.db"
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	base, err := fs.ReadFile(migrationFS, "migration/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	next := fstest.MapFS{
		"migration/0001_init.sql":  {Data: base},
		"migration/0099_notes.sql": {Data: []byte(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);`)},
	}
	for range 2 { // the second run finds nothing to do
		if err := db.migrate(ctx, next); err != nil {
			t.Fatal(err)
		}
	}
	st, err := db.Stats(ctx)
	if err != nil || st.SchemaVersion != 99 {
		t.Fatalf("stats = %+v, %v; want schema version 99", st, err)
	}
	var names string
	if err := db.db.QueryRowContext(ctx, `SELECT group_concat(name, ',') FROM (SELECT name FROM schema_migrations ORDER BY version)`).Scan(&names); err != nil || names != "0001_init.sql,0002_fts_automerge.sql,0003_fts_hashsize.sql,0004_speakers.sql,0005_extractor_version.sql,0006_polarity_by.sql,0007_watch.sql,0008_watch_queue.sql,0011_alert_deliveries.sql,0099_notes.sql" {
		t.Errorf("schema_migrations = %q, %v", names, err)
	}

	for _, bad := range []fstest.MapFS{
		{"migration/init.sql": {Data: []byte("SELECT 1;")}},
		{"migration/0003_a.sql": {Data: []byte("SELECT 1;")}, "migration/0003_b.sql": {Data: []byte("SELECT 1;")}},
	} {
		if err := db.migrate(ctx, bad); err == nil {
			t.Errorf("migrations %v accepted", bad)
		}
	}
	// A failing migration leaves nothing behind.
	broken := fstest.MapFS{"migration/0098_broken.sql": {Data: []byte("CREATE TABLE half (x); SELECT * FROM missing_table;")}}
	if err := db.migrate(ctx, broken); err == nil {
		t.Fatal("broken migration applied")
	}
	var n int
	db.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'half'`).Scan(&n)
	if n != 0 {
		t.Error("a failed migration left its table")
	}
}
