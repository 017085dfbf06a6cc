package ingest_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimtrail/claimtrail/ingest"
)

// In a folder, a file's id is its path from the folder given, so files
// of one name in two subfolders keep apart (510 BBC ids were shared
// before: issue 16.10); a file named explicitly is its name.
func TestRead_FolderIDsByPath(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"east/001.txt", "west/001.txt", "west/deep/002.html", "top.txt"} {
		text := "The harbour master said the ferry would not sail."
		if filepath.Ext(name) == ".html" {
			text = "<html><body><article><p>" + text + "</p></article></body></html>"
		}
		writeTree(t, filepath.Join(dir, name), text)
	}
	var ids []string
	for _, d := range mustRead(t, []string{dir}, ingest.Options{}).docs {
		ids = append(ids, d.ID)
	}
	sort.Strings(ids)
	if got, want := fmt.Sprint(ids), "[east/001 top west/001 west/deep/002]"; got != want {
		t.Errorf("ids %s, want %s", got, want)
	}
	r := mustRead(t, []string{filepath.Join(dir, "east", "001.txt")}, ingest.Options{})
	if len(r.docs) != 1 || r.docs[0].ID != "001" {
		t.Errorf("named explicitly: %+v", r.docs)
	}
}
