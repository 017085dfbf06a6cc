// Package layertest builds layer documents for the tests of the stages
// that read them (layer, dating): the English builder with time
// expressions, and a token's index by its text. Test files only import
// it (internal/archtest checks).
package layertest

import (
	"testing"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/timex"
)

// NewBuilder returns an English layer.Builder that finds time
// expressions.
func NewBuilder(tb testing.TB) *layer.Builder {
	tb.Helper()
	rec, err := timex.New("en")
	if err != nil {
		tb.Fatal(err)
	}
	b, err := layer.New("en", layer.Options{Timex: rec})
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// At returns the index of d's first token whose text is w; the test
// fails when there is none.
func At(tb testing.TB, d *layer.Doc, w string) int {
	tb.Helper()
	for i, tk := range d.Toks {
		if tk.Text(d.Text) == w {
			return i
		}
	}
	tb.Fatalf("no token %q", w)
	return -1
}
