package attrib_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/extract"
)

func TestAverageModels(t *testing.T) {
	m, err := extract.DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if attrib.AverageModels(m) != m {
		t.Error("the mean of one tagger is not that tagger")
	}
	avg := attrib.AverageModels(m, m)
	if avg.First.NumFeatures() != m.First.NumFeatures() || avg.Second.NumFeatures() != m.Second.NumFeatures() {
		t.Errorf("mean of a tagger with itself: %d/%d features, want %d/%d",
			avg.First.NumFeatures(), avg.Second.NumFeatures(), m.First.NumFeatures(), m.Second.NumFeatures())
	}
	if got := attrib.AverageModels(m, &attrib.Models{First: m.First}); got.Second != nil {
		t.Error("a mean with a one-pass tagger has a second pass")
	}
}
