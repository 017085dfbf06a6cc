package speaker_test

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/speaker"
)

// The text is invented for this test. Each group is a cue word with the
// source words before it.
func TestResolver_Resolve(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := speaker.New("en")
	if err != nil {
		t.Fatal(err)
	}
	text := "Veldovian Foreign Minister Tomas Adler said the port was closed. He added that it would reopen. " +
		"The minister also said the ferries had stopped. Adler said nothing more."
	d := lb.Build(text, time.Time{})
	tok := func(w string, nth int) int {
		for i, tk := range d.Toks {
			if tk.Text(d.Text) == w {
				if nth == 0 {
					return i
				}
				nth--
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	group := func(cue string, nth, srcWords int) attrib.Group {
		k := tok(cue, nth)
		src := attrib.Run{Role: 0, First: k - srcWords, Last: k}
		return attrib.Group{Cue: attrib.Run{Role: 1, First: k, Last: k + 1}, Sources: []attrib.Run{src}, Source: src,
			Contents: []attrib.Run{{Role: 2, First: k + 1, Last: k + 3}}}
	}
	want := []struct{ name, role, affil, typ string }{
		{"Tomas Adler", "Foreign Minister", "Veldovian", claimtrail.SpeakerPerson},
		{"Tomas Adler", "Foreign Minister", "Veldovian", claimtrail.SpeakerPerson},
		{"Tomas Adler", "Foreign Minister", "Veldovian", claimtrail.SpeakerPerson},
		{"Tomas Adler", "Foreign Minister", "Veldovian", claimtrail.SpeakerPerson},
	}
	gs := []attrib.Group{group("said", 0, 5), group("added", 0, 1), group("said", 1, 2), group("said", 2, 1)}
	gs[2].Source.First-- // "The minister", before "also"
	gs[2].Source.Last--
	r.Reset(d)
	var prev *claimtrail.Statement
	for i, g := range gs {
		res, ok := r.Resolve(g, prev)
		if !ok {
			t.Fatalf("group %d: no speaker", i)
		}
		got := res.Speaker
		if w := want[i]; got.Name != w.name || got.Role != w.role || got.Affiliation != w.affil || got.Type != w.typ {
			t.Errorf("group %d (%q): %q, %q, %q, %s; want %+v", i, got.Mention, got.Name, got.Role, got.Affiliation, got.Type, w)
		}
		prev = &claimtrail.Statement{Speaker: got}
	}
}
