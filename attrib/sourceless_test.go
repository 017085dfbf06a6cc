package attrib

import (
	"testing"
)

// TestSourceless checks the rules of sourceless.go: each sentence's
// bracketed cue, with no source (or, with it set, the one word before
// the cue for its source) and the words after it for its content, is
// dropped by the named rule or ("") by none of them.
func TestSourceless(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text string
		it   bool
		want string
	}{
		{"The krona fell on [fears] that the Dorn bank would sell its reserves.", false, "sourceless-noun"},
		{"The slide led to [calls for] a cut in ferry fares.", false, "sourceless-noun"},
		{"[Worries about] the harbour deficit remain.", false, "sourceless-noun"},
		{"There has been much [speculation] that the ferry line will close.", false, "sourceless-noun"},
		{"The mayor's critics [have sparked calls for] a new pier.", false, ""},
		{"[According to] the harbour office, the pier will close.", false, ""},
		{"They met for the first time since [announcing] their engagement.", false, "sourceless-participle"},
		{"The firm cheats people by [promising] them a share of the catch.", false, "sourceless-participle"},
		{"He spoke for an hour without [mentioning] the ferry.", false, "sourceless-participle"},
		{"The mayor said fares would rise, [adding] the pier would close.", false, ""},
		{"The mayor spoke for an hour, [referring to] the new pier.", false, ""},
		{"The mayor hit back by [saying] ferry fares had fallen.", false, ""},
		{"The mayor will try to win over critics by [urging] them to vote.", false, ""},
		{"Despite [urging] to cut the fares, the harbour board insists the ferry must pay its way.", false, "sourceless-participle"},
		{"The mayor said fares would rise, [promising] to review them in May.", false, ""},
		{"It [seems] that the ferry will never run on time.", true, "writer-hedge"},
		{"It [appears] the harbour talks have failed.", true, "writer-hedge"},
		{"It [appears] to have worked.", true, ""},
		{"It [seems almost certain] that the ferry will run late.", false, "writer-hedge"},
		{"It [is thought] that the ferry will run.", true, ""},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := Group{Cue: r}
		if tt.it {
			g.Sources = []Run{{Role: 0, First: r.First - 1, Last: r.First}}
		}
		if s := d.Sents[d.Sent[r.First]]; r.Last < s.Last-1 {
			g.Contents = []Run{{Role: 2, First: r.Last, Last: s.Last - 1}}
		}
		got := ""
		switch {
		case tg.sourcelessNoun(d, &g):
			got = "sourceless-noun"
		case tg.sourcelessParticiple(d, &g):
			got = "sourceless-participle"
		case tg.writerHedge(d, &g):
			got = "writer-hedge"
		}
		if got != tt.want {
			k, _ := tg.cueHead(d, r.First, r.Last)
			t.Errorf("%q: rule %q, want %q (head %d, complement %s)", tt.text, got, tt.want, k, CompNames[Complement(d, k)])
		}
	}
}
