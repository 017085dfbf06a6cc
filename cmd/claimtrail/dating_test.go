package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The ingest and extract commands warn, once, when most statements are
// dated only by --published or not at all (issue 16.10).
func TestWarnDating(t *testing.T) {
	dir := t.TempDir()
	undated := filepath.Join(dir, "undated")
	dated := filepath.Join(dir, "dated")
	for _, f := range []struct{ dir, text string }{
		{undated, "The mayor said the bridge would open.\n\nThe harbour master said the ferry would not sail.\n"},
		{dated, "The mayor said on 3 March 2020 that the bridge would open.\n\nThe harbour master said on 4 March 2020 that the ferry would not sail.\n"},
	} {
		if err := os.MkdirAll(f.dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"a.txt", "b.txt"} {
			if err := os.WriteFile(filepath.Join(f.dir, name), []byte(f.text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// records that carry their own publication date: statements the text
	// does not date are ordered by their article's date, no warning
	records := filepath.Join(dir, "records.jsonl")
	rec := `{"id":"r1","published":"2020-03-10","text":"The mayor said the bridge would open."}` + "\n" +
		`{"id":"r2","published":"2020-03-11","text":"The harbour master said the ferry would not sail."}` + "\n"
	if err := os.WriteFile(records, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	const byFlag, notAtAll = "dated only by --published or not at all", "not dated at all"
	for _, tc := range []struct {
		name string
		args []string
		want string // "" : no warning
	}{
		{"extract --published", []string{"extract", "--published", "2020-03-10", undated}, byFlag},
		{"extract undated", []string{"extract", undated}, notAtAll},
		{"extract dated", []string{"extract", "--published", "2020-03-10", dated}, ""},
		{"extract records with their dates", []string{"extract", records}, ""},
		{"extract records, --published", []string{"extract", "--published", "2020-03-10", records}, byFlag},
		{"ingest records with their dates", []string{"ingest", "--db", filepath.Join(t.TempDir(), "s.db"), records}, ""},
		{"ingest --published", []string{"ingest", "--db", filepath.Join(t.TempDir(), "s.db"), "--published", "2020-03-10", undated}, byFlag},
		{"ingest dated", []string{"ingest", "--db", filepath.Join(t.TempDir(), "s.db"), dated}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := run(t, "", tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			n := strings.Count(errs, "warning: ")
			switch {
			case tc.want == "" && n > 0:
				t.Errorf("warned: %s", errs)
			case tc.want != "" && (n != 1 || !strings.Contains(errs, tc.want)):
				t.Errorf("want one warning %q: %s", tc.want, errs)
			}
		})
	}
}
