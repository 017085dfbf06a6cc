package attrib

import (
	"testing"

	"github.com/claimtrail/claimtrail/layer"
)

// newTestTagger returns a layer builder and a tagger of the English
// tables with no model: the rules' tests build their groups by hand.
func newTestTagger(t testing.TB) (*layer.Builder, *Tagger) {
	t.Helper()
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tg, err := NewTagger("en", nil)
	if err != nil {
		t.Fatal(err)
	}
	return lb, tg
}
