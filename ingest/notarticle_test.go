package ingest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimtrail/claimtrail/ingest"
)

// A folder's README, PROVENANCE, LICENSE… are skipped and reported as
// such; named explicitly, a file is read whatever its name (issue 16.10).
func TestRead_SkipsNotArticles(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"README.TXT":            "This folder holds invented articles.",
		"PROVENANCE.txt":        "Written for a test.",
		"license.txt":           "Anyone may use these.",
		"news/001.txt":          "The mayor said no.",
		"news/readme-notes.txt": "Not a README: a name of its own.",
	} {
		writeTree(t, filepath.Join(dir, name), text)
	}
	r := mustRead(t, []string{dir}, ingest.Options{})
	var docs, skips []string
	for _, d := range r.docs {
		docs = append(docs, d.Origin)
	}
	for _, s := range r.skips {
		if s.Reason != ingest.SkipNotArticle {
			t.Errorf("skip %+v", s)
		}
		skips = append(skips, filepath.Base(s.Input))
	}
	sort.Strings(skips)
	if fmt.Sprint(skips) != "[PROVENANCE.txt README.TXT license.txt]" {
		t.Errorf("skipped %v", skips)
	}
	if len(docs) != 2 {
		t.Errorf("read %v", docs)
	}
	if r := mustRead(t, []string{filepath.Join(dir, "README.TXT")}, ingest.Options{}); len(r.docs) != 1 || len(r.skips) != 0 {
		t.Errorf("named explicitly: %d documents, %d skips", len(r.docs), len(r.skips))
	}
}

// writeTree writes text at path, making its folders.
func writeTree(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
