package speaker_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/speaker"
)

// The words after a colon whose source the tagger took from inside the
// content of the statement before in the sentence — the one spoken to —
// are that statement's speaker's; a colon opening its line keeps its
// source. The texts are invented.
func TestResolver_ColonAddressee(t *testing.T) {
	tests := []struct {
		name, text string
		told       bool // a "told" statement before the colon in the sentence
		want       string
	}{
		{"the one spoken to is no speaker",
			`David Kessel accused the ministers of squabbling. He told Leeds News' Sunday with Ada Vell: "This is the politics of the playground."`,
			true, "David Kessel"},
		{"a transcript's colon keeps its source",
			"David Kessel accused the ministers of squabbling.\n\nAda Vell: \"This is the politics of the playground.\"",
			false, "Ada Vell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lb, err := layer.New("en", layer.Options{})
			if err != nil {
				t.Fatal(err)
			}
			r, err := speaker.New("en")
			if err != nil {
				t.Fatal(err)
			}
			d := lb.Build(tt.text, time.Time{})
			r.Reset(d)
			span := func(part string, from int) attrib.Run {
				at := strings.Index(tt.text[from:], part) + from
				first, last := -1, -1
				for k, tk := range d.Toks {
					if tk.Start >= at && tk.End <= at+len(part) {
						if first < 0 {
							first = k
						}
						last = k + 1
					}
				}
				if first < 0 {
					t.Fatalf("no tokens in %q", part)
				}
				return attrib.Run{First: first, Last: last}
			}
			g := attrib.Group{Source: span("David Kessel", 0), Cue: span("accused", 0), Contents: []attrib.Run{span("the ministers of squabbling", 0)}}
			g.Sources = []attrib.Run{g.Source}
			res, ok := r.Resolve(g, nil)
			if !ok {
				t.Fatal("accused: no speaker")
			}
			prev := &claimtrail.Statement{Speaker: res.Speaker, Span: claimtrail.Span{Start: 0, End: 40}}
			if tt.told {
				g = attrib.Group{Source: span("He", 40), Cue: span("told", 40), Contents: []attrib.Run{span("Sunday with Ada Vell", 40)}}
				g.Sources = []attrib.Run{g.Source}
				if res, ok = r.Resolve(g, prev); !ok {
					t.Fatal("told: no speaker")
				}
				c := d.Toks[g.Contents[0].First].Start
				prev = &claimtrail.Statement{Speaker: res.Speaker, Span: claimtrail.Span{Start: d.Toks[g.Source.First].Start, End: d.Toks[g.Contents[0].Last-1].End},
					Content: claimtrail.Content{Spans: []claimtrail.Span{{Start: c, End: d.Toks[g.Contents[0].Last-1].End}}}}
			}
			g = attrib.Group{Source: span("Ada Vell", 40), Cue: span(":", 40), Contents: []attrib.Run{span("This is the politics", 40)}}
			g.Sources = []attrib.Run{g.Source}
			res, ok = r.Resolve(g, prev)
			if !ok || res.Speaker.Name != tt.want {
				t.Errorf("got %q (%v), want %q", res.Speaker.Name, ok, tt.want)
			}
		})
	}
}
