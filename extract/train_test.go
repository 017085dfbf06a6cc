package extract

import "testing"

func TestAverageModels(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if AverageModels(m) != m {
		t.Error("the mean of one tagger is not that tagger")
	}
	avg := AverageModels(m, m)
	if avg.First.NumFeatures() != m.First.NumFeatures() || avg.Second.NumFeatures() != m.Second.NumFeatures() {
		t.Errorf("mean of a tagger with itself: %d/%d features, want %d/%d",
			avg.First.NumFeatures(), avg.Second.NumFeatures(), m.First.NumFeatures(), m.Second.NumFeatures())
	}
	if got := AverageModels(m, &Models{First: m.First}); got.Second != nil {
		t.Error("a mean with a one-pass tagger has a second pass")
	}
}
