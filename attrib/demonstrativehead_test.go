package attrib

import (
	"testing"
)

// TestDemonstrativeHead checks that a demonstrative standing for people
// heads a reduced relative as a noun does (bareParticiple), and that a
// demonstrative subject or a determiner before a noun is left alone
// (sentences written for the test).
func TestDemonstrativeHead(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"Among those [reported to] have doubts about the ferry plan were two senior councillors.", "bare-participle"},
		{"Two of those [accused of] backing the plan were sacked on Monday.", "bare-participle"},
		{"That [suggested] ferry use would fall.", ""},
		{"Those close to the mayor [said] she would not stand again.", ""},
		{"These figures [suggested] that ferry use would fall.", ""},
	}
	for _, tt := range tests {
		checkFirstRule(t, tg, lb, tt.text, tt.want, []namedRule{{"bare-participle", tg.bareParticiple}})
	}
}
