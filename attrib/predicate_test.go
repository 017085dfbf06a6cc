package attrib

import (
	"testing"
	"time"
)

// TestWithPredicate checks that a content the tagger cut after its
// clause's subject runs on to the clause's end, or to the speaker's next
// act after a coordinator, and that a cue reporting no clause, a
// content with a verb of its own, a possessive read as a verb and a stop
// in mid-clause leave it as it was. The sentences are invented for this
// test.
func TestWithPredicate(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text, cue, content string
		other              string // a cue run of another group, if any
		want               string
	}{
		{"Harbour police think the pair were driving a blue van.", "think", "the pair", "", "the pair were driving a blue van"},
		{"Elsewhere, the trust added underlying ferry traffic rose by 4% in May.", "added", "underlying ferry traffic", "", "underlying ferry traffic rose by 4% in May"},
		{"The mayor hinted that the striker could be fit for the derby on Saturday.", "hinted", "that the striker", "", "that the striker could be fit for the derby on Saturday"},
		{"Morvane claims its downfall was a punishment for its founder and has vowed to sue.", "claims", "its downfall", "has vowed", "its downfall was a punishment for its founder"},
		// left as they were
		{"The council decided no change is needed this year.", "decided", "no change", "", "no change"},
		{"Ilse Varn said the ferry would run and the harbour was open.", "said", "the ferry would run", "", "the ferry would run"},
		{"He accepted the port lords' ruling.", "accepted", "the port", "", "the port"},
		{"Customs claimed Mr Varn was one of the leaders.", "claimed", "Mr Varn", "one of the leaders", "Mr Varn"},
	}
	for _, tt := range tests {
		d := lb.Build(tt.text, time.Time{})
		labs := make([]uint8, len(d.Toks))
		g := Group{Cue: runOf(d, tt.cue, 1), Contents: []Run{runOf(d, tt.content, 2)}}
		markRuns(labs, g.Cue, g.Contents[0])
		all := []Group{g}
		if tt.other != "" {
			o := Group{Cue: runOf(d, tt.other, 1)}
			markRuns(labs, o.Cue)
			all = append(all, o)
		}
		tg.withPredicate(d, &g, all, labs)
		c := g.Contents[0]
		if got := tt.text[d.Toks[c.First].Start:d.Toks[c.Last-1].End]; got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}
