package extract

import "testing"

// TestEmbeddedFilter checks that the embedded statement filter loads
// with weights and thresholds a probability can meet.
func TestEmbeddedFilter(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	f := m.Filter
	if f == nil || len(f.Weights) == 0 {
		t.Fatal("no statement filter embedded (model/filter.tsv): run claimtrail train filter")
	}
	if f.Keep <= 0 || f.Keep > 1 || f.Drop < 0 || f.Drop >= 1 {
		t.Errorf("thresholds keep %g, drop %g: want 0 < keep <= 1, 0 <= drop < 1", f.Keep, f.Drop)
	}
}
