package attrib

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/layer"
)

// TestJoinWordGaps checks that two contents parted in mid-clause become
// one, also across punctuation that opens the clause the second goes on
// (", which meant", " - in which", ", but", an open bracket), and that an
// aside closed by a comma or dash, punctuation alone, a quotation mark,
// the source or another group's cue keeps them apart. The sentences are
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
		// a gap set off by punctuation that opens the clause the second run goes on
		{"Morvane said the plans would break the treaty, which meant the port could not refuse ships.", "said", "Morvane", "the plans would break the treaty", "the port could not refuse ships", "", true},
		{"Morvane said the harbour - in which the firm is a partner - would grow.", "said", "Morvane", "the harbour", "the firm is a partner", "", true},
		{"Morvane said the toll was fair, but the ferry would stay free.", "said", "Morvane", "the toll was fair", "the ferry would stay free", "", true},
		{"Morvane estimated the fund holds 25m euros ($30m; £20m) of bonds.", "estimated", "Morvane", "the fund holds 25m euros", "£20m) of bonds", "", true},
		// an aside closed before the content goes on, or punctuation alone
		{"Morvane claimed that Ostrava - with an office in Brno - had filed first.", "claimed", "Morvane", "that Ostrava", "had filed first", "", false},
		{"Morvane claimed the ferry - late again - would run.", "claimed", "Morvane", "the ferry", "would run", "", false},
		{"Morvane argued the report, the tolls were too high.", "argued", "Morvane", "the report", "the tolls were too high", "", false},
	}
	for _, tt := range tests {
		d := lb.Build(tt.text, time.Time{})
		g := Group{Cue: runOf(d, tt.cue, 1), Sources: []Run{runOf(d, tt.source, 0)}, Contents: []Run{runOf(d, tt.a, 2), runOf(d, tt.b, 2)}}
		all := []Group{g}
		if tt.other != "" {
			all = append(all, Group{Cue: runOf(d, tt.other, 1)})
		}
		joinWordGaps(d, &g, all)
		if got := len(g.Contents) == 1; got != tt.joined {
			t.Errorf("%q: joined %v, want %v (%+v)", tt.text, got, tt.joined, g.Contents)
		}
	}
}
