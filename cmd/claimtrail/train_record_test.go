package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/internal/polnear"
)

// TestAttribModelRecord checks that the committed tagger file is what
// `claimtrail train attrib` writes from the tree: its record names the
// committed file, the default configuration, and the digest of what a
// training reads of PolNeAR train today (recomputed when the data is
// there). A failure means: retrain (extract/model/README.md).
func TestAttribModelRecord(t *testing.T) {
	model := filepath.Join("..", "..", "extract", "model", "attrib.bin")
	rec, err := readTrainRecord(recordPath(model))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := fileDigest(model); err != nil || got != rec.model {
		t.Errorf("%s is not the file its record names (digest %s, %v): retrain it", model, got, err)
	}
	if want := defaultTrainConfig().String(); rec.config != want {
		t.Errorf("the model was trained with %q, the defaults are %q: retrain it", rec.config, want)
	}
	data := filepath.Join("..", "..", "..", "shared", "data", "polnear")
	if _, err := os.Stat(filepath.Join(data, "train")); err != nil {
		t.Skipf("PolNeAR train absent (%v): the inputs digest is not checked", err)
	}
	docs, err := polnear.Load(filepath.Join(data, "train"), filepath.Join(data, "metadata.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := attrib.InputsDigest(labeled(docs))
	if err != nil {
		t.Fatal(err)
	}
	if got != rec.inputs {
		t.Errorf("the features of PolNeAR train changed since %s was trained (a language table, the POS model or the feature code; inputs %s, recorded %s): retrain it with `claimtrail train attrib` (extract/model/README.md)", model, got, rec.inputs)
	}
}

// TestTrainRecordRoundTrip checks that a record reads back as written.
func TestTrainRecordRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.inputs")
	r := trainRecord{inputs: "ab12", config: defaultTrainConfig().String(), model: "cd34"}
	if err := r.write(path); err != nil {
		t.Fatal(err)
	}
	got, err := readTrainRecord(path)
	if err != nil || got != r {
		t.Errorf("read %+v, %v; want %+v", got, err, r)
	}
	if err := os.WriteFile(path, []byte("inputs x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readTrainRecord(path); err == nil {
		t.Error("a record without config and model was read")
	}
}
