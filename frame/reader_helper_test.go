package frame_test

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/frame"
	"github.com/claimtrail/claimtrail/internal/layertest"
	"github.com/claimtrail/claimtrail/layer"
)

// newTestReader returns a layer builder and a frame reader of the
// English tables.
func newTestReader(t testing.TB) (*layer.Builder, *frame.Reader) {
	t.Helper()
	r, err := frame.New("en")
	if err != nil {
		t.Fatal(err)
	}
	return layertest.NewBuilder(t), r
}

// contentsText returns the text of g's content runs in d, joined by sep.
func contentsText(d *layer.Doc, g *attrib.Group, sep string) string {
	parts := make([]string, 0, len(g.Contents))
	for _, c := range g.Contents {
		parts = append(parts, d.Text[d.Toks[c.First].Start:d.Toks[c.Last-1].End])
	}
	return strings.Join(parts, sep)
}
