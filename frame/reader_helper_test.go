package frame_test

import (
	"testing"

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
