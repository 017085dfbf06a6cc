package subsets_test

import (
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail/internal/subsets"
)

func TestOf(t *testing.T) {
	for _, tt := range []struct {
		n, k int
		want [][]int
	}{
		{3, 0, nil},
		{3, 4, nil},
		{0, 0, nil},
		{1, 1, [][]int{{0}}},
		{3, 3, [][]int{{0, 1, 2}}},
		{4, 2, [][]int{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}}},
		{4, 3, [][]int{{0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3}}},
	} {
		if got := subsets.Of(tt.n, tt.k); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Of(%d, %d) = %v, want %v", tt.n, tt.k, got, tt.want)
		}
	}
}

func TestOf_Count(t *testing.T) {
	// C(10, 4) = 210
	if n := len(subsets.Of(10, 4)); n != 210 {
		t.Errorf("Of(10, 4) has %d subsets, want 210", n)
	}
}
