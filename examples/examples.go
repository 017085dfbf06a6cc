// Package examples holds the fictional articles claimtrail ships for its
// README commands and its demo: every place, person and outlet in them is
// invented. Demo is the demo corpus: a claim ("Veldovia sold patrol boats
// to Marisca"), its first assertion and denial in February, two outlets
// that date the same statement differently, and an origin story its own
// article's dates contradict.
package examples

import (
	"embed"
	"io/fs"
	"os"
	"path/filepath"
)

// Demo holds the demo corpus: demo/NAME.txt with demo/NAME.meta.json.
//
//go:embed demo/*.txt demo/*.meta.json harbour-deal-denied.txt harbour-deal-denied.meta.json
var Demo embed.FS

// DemoClaim is the claim the demo traces.
const DemoClaim = "Veldovia sold patrol boats to Marisca"

// WriteDemo writes the demo corpus into dir (created if needed), one
// NAME.txt and NAME.meta.json per article, ready for claimtrail ingest.
func WriteDemo(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return fs.WalkDir(Demo, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := Demo.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644)
	})
}
