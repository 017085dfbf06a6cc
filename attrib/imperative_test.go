package attrib

import (
	"testing"
)

// TestImperativeObject checks that an imperative's object pronoun is no
// speaker, and that a subject's clitic is left alone (sentences written
// for the test).
func TestImperativeObject(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"It is all talk. Let's [hope] this is the end of the ferry plan.", "writer"},
		{"Let us [hope] the ferry runs on time.", "writer"},
		{"He's [hoping] the ferry runs on time.", ""},
		{"Ilsa Varn [hopes] the ferry runs on time.", ""},
	}
	for _, tt := range tests {
		checkFirstRule(t, tg, lb, tt.text, tt.want, []namedRule{{"writer", tg.imperativeObject}})
	}
}
