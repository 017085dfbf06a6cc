package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCueHeadsTable checks that lang/data/en/cue-heads.tsv is what
// `eval cues --write-heads` makes from PolNeAR train: the table the cue
// filter reads is the evidence, not a hand edit of it.
func TestCueHeadsTable(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data", "polnear", "train")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("PolNeAR train not found at %s", data)
	}
	out := filepath.Join(t.TempDir(), "cue-heads.tsv")
	if code, _, errs := run(t, "", "eval", "cues", "--data", data, "--write-heads", out); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "lang", "data", "en", "cue-heads.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("cue-heads.tsv differs from what eval cues --write-heads makes from %s: regenerate it", data)
	}
}
