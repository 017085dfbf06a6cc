package attrib

import (
	"strings"
	"testing"
	"time"
)

// TestJoinNegatedGaps checks that two contents only punctuation and a
// negation part become one, and that a word of another kind between them
// keeps them apart. The sentences are invented for this test.
func TestJoinNegatedGaps(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text, a, b string // the two contents as the tagger gave them
		joined     bool
	}{
		{"She meant the ferry would run, not that the harbour would open.", "the ferry would run", "that the harbour would open", true},
		{"She meant the ferry would run - but never that the harbour would open.", "the ferry would run", "that the harbour would open", false},
		{"She meant the ferry would run, and that the harbour would open.", "the ferry would run", "that the harbour would open", false},
	}
	for _, tt := range tests {
		d := lb.Build(tt.text, time.Time{})
		run := func(s string) Run {
			i := strings.Index(tt.text, s)
			first, last := d.TokenAt(i), d.TokenAt(i+len(s)-1)+1
			return Run{Role: 2, First: first, Last: last}
		}
		g := Group{Contents: []Run{run(tt.a), run(tt.b)}}
		tg.joinNegatedGaps(d, &g)
		if got := len(g.Contents) == 1; got != tt.joined {
			t.Errorf("%q: joined %v, want %v (%+v)", tt.text, got, tt.joined, g.Contents)
		}
	}
}
