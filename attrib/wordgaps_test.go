package attrib

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/layer"
)

// TestJoinWordGaps checks that two contents parted in mid-clause become
// one, and that a gap set off by a comma, holding a quotation mark, the
// source or another group's cue keeps them apart. The sentences are
// invented for this test.
func TestJoinWordGaps(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, cue, source, a, b string // the runs as the tagger gave them
		other                   string // another group's cue, if any
		joined                  bool
	}{
		{"Morvane claimed it sought help abroad - in two courts - because the rest were slow.", "claimed", "Morvane", "it", "because the rest were slow", "", true},
		{"Morvane claimed the ferry, which had been late for weeks, would run.", "claimed", "Morvane", "the ferry", "would run", "", false},
		{"Morvane claimed the ferry would run and Ilse Varn said the harbour would open.", "claimed", "Morvane", "the ferry would run", "the harbour would open", "said", false},
		{"The ferry would run, Morvane claimed on Monday, and the harbour would open.", "claimed", "Morvane", "The ferry would run", "and the harbour would open", "", false},
		{`Morvane claimed the ferry "would run" soon.`, "claimed", "Morvane", "the ferry", "soon", "", false},
	}
	for _, tt := range tests {
		d := lb.Build(tt.text, time.Time{})
		run := func(s string, role int) Run {
			i := strings.Index(tt.text, s)
			first, last := d.TokenAt(i), d.TokenAt(i+len(s))
			return Run{Role: role, First: first, Last: last}
		}
		g := Group{Cue: run(tt.cue, 1), Sources: []Run{run(tt.source, 0)}, Contents: []Run{run(tt.a, 2), run(tt.b, 2)}}
		all := []Group{g}
		if tt.other != "" {
			all = append(all, Group{Cue: run(tt.other, 1)})
		}
		joinWordGaps(d, &g, all)
		if got := len(g.Contents) == 1; got != tt.joined {
			t.Errorf("%q: joined %v, want %v (%+v)", tt.text, got, tt.joined, g.Contents)
		}
	}
}
