package layer_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/layer"
)

// The word classes come from table word-classes: any case but for name
// particles, which match as written.
func TestWordClasses(t *testing.T) {
	tests := []struct {
		w                                 string
		determiner, preposition, relative bool
		nameParticle                      bool
	}{
		{"the", true, false, false, false},
		{"The", true, false, false, false},
		{"THAT", true, false, true, false},
		{"Another", true, false, false, false},
		{"in", false, true, false, false},
		{"By", false, true, false, false},
		{"whom", false, false, true, false},
		{"de", false, false, false, true},
		{"De", false, false, false, false},
		{"von", false, false, false, true},
		{"minister", false, false, false, false},
		{"theeeeeeeeeeeeeeeeeee", false, false, false, false},
		{"thé", false, false, false, false},
		{"", false, false, false, false},
	}
	for _, tt := range tests {
		got := [4]bool{layer.IsDeterminer(tt.w), layer.IsPreposition(tt.w), layer.IsRelative(tt.w), layer.IsNameParticle(tt.w)}
		if want := [4]bool{tt.determiner, tt.preposition, tt.relative, tt.nameParticle}; got != want {
			t.Errorf("%q: determiner, preposition, relative, name particle = %v, want %v", tt.w, got, want)
		}
	}
}
