package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/internal/polnear"
)

// TestFilterRecord checks that the committed statement filter is what
// `claimtrail train filter` writes from the tree: its record names the
// committed file and the default configuration, and, when PolNeAR train
// is there, the samples the embedded tagger proposes today have the
// recorded digest and training on them writes the committed file byte
// for byte (a few seconds: the samples are the costly part). A failure
// means: retrain (extract/model/README.md).
func TestFilterRecord(t *testing.T) {
	table := filepath.Join("..", "..", "extract", "model", "filter.tsv")
	rec, err := readTrainRecord(filterRecordPath(table))
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(table)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := fileDigest(table); err != nil || got != rec.model {
		t.Errorf("%s is not the file its record names (digest %s, %v): retrain it", table, got, err)
	}
	if want := filterConfigLine(attrib.DefaultFilterConfig()); rec.config != want {
		t.Errorf("the filter was trained with %q, the defaults are %q: retrain it", rec.config, want)
	}
	data := filepath.Join("..", "..", "..", "shared", "data", "polnear")
	if _, err := os.Stat(filepath.Join(data, "train")); err != nil {
		t.Skipf("PolNeAR train absent (%v): the samples are not checked", err)
	}
	docs, err := polnear.Load(filepath.Join(data, "train"), filepath.Join(data, "metadata.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	per, err := filterSamples(docs)
	if err != nil {
		t.Fatal(err)
	}
	if got := attrib.FilterInputsDigest(flatten(per)); got != rec.inputs {
		t.Fatalf("the filter's samples on PolNeAR train changed (a hand rule, a table it reads, the tagger or the feature code; inputs %s, recorded %s): retrain it with `claimtrail train filter`", got, rec.inputs)
	}
	f, _ := trainFilter(per, attrib.DefaultFilterConfig(), filterFolds)
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), committed) {
		t.Errorf("training on the recorded samples does not write %s: retrain it with `claimtrail train filter`", table)
	}
}
