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
		article, complementizer, phrase   bool
	}{
		{"the", true, false, false, false, true, false, false},
		{"The", true, false, false, false, true, false, false},
		{"THAT", true, false, true, false, false, true, false},
		{"Another", true, false, false, false, false, false, false},
		{"in", false, true, false, false, false, false, true},
		{"By", false, true, false, false, false, false, true},
		{"whom", false, false, true, false, false, false, false},
		{"de", false, false, false, true, false, false, false},
		{"De", false, false, false, false, false, false, false},
		{"An", true, false, false, false, true, false, false},
		{"outside", false, false, false, false, false, false, true},
		{"Outside", false, false, false, false, false, false, true},
		{"von", false, false, false, true, false, false, false},
		{"minister", false, false, false, false, false, false, false},
		{"theeeeeeeeeeeeeeeeeee", false, false, false, false, false, false, false},
		{"thé", false, false, false, false, false, false, false},
		{"", false, false, false, false, false, false, false},
	}
	for _, tt := range tests {
		got := [7]bool{layer.IsDeterminer(tt.w), layer.IsPreposition(tt.w), layer.IsRelative(tt.w), layer.IsNameParticle(tt.w),
			layer.IsArticle(tt.w), layer.IsComplementizer(tt.w), layer.OpensPhrase(tt.w)}
		if want := [7]bool{tt.determiner, tt.preposition, tt.relative, tt.nameParticle, tt.article, tt.complementizer, tt.phrase}; got != want {
			t.Errorf("%q: determiner, preposition, relative, name particle, article, complementizer, opens a phrase = %v, want %v", tt.w, got, want)
		}
	}
}

// An expletive "it" and an empty subject ("it", "there") name no one.
func TestSubjectClasses(t *testing.T) {
	tests := []struct {
		w                string
		expletive, empty bool
	}{
		{"it", true, true},
		{"It", true, true},
		{"there", false, true},
		{"There", false, true},
		{"its", false, false},
		{"they", false, false},
	}
	for _, tt := range tests {
		if got, got2 := layer.IsExpletive(tt.w), layer.IsEmptySubject(tt.w); got != tt.expletive || got2 != tt.empty {
			t.Errorf("%q: expletive, empty subject = %v, %v, want %v, %v", tt.w, got, got2, tt.expletive, tt.empty)
		}
	}
}

// A sure determiner opens a noun phrase; "that" and "also" may not.
func TestSureDeterminer(t *testing.T) {
	for w, want := range map[string]bool{"the": true, "Their": true, "an": true, "that": false, "also": false, "another": false, "in": false} {
		if got := layer.IsSureDeterminer(w); got != want {
			t.Errorf("IsSureDeterminer(%q) = %v, want %v", w, got, want)
		}
	}
}
