package frame_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/frame"
	"github.com/claimtrail/claimtrail/layer"
)

// TestAnonymous checks which source descriptions name no one. Each
// sentence is invented: its source is the words before " said".
func TestAnonymous(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := frame.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, typ string
		anonymous bool
		name      string // whom the resolver found the source to be
	}{
		{"Sources said the plant would close.", claimtrail.SpeakerGroup, true, ""},
		{"Two people familiar with the matter said the plant would close.", claimtrail.SpeakerUnknown, true, ""},
		{"A senior banker said the plant would close.", claimtrail.SpeakerPerson, true, ""},
		{"Officials who asked not to be named said the plant would close.", claimtrail.SpeakerGroup, true, ""},
		{"A spokesman for Tolvane Corp said the plant would close.", claimtrail.SpeakerPerson, false, ""},
		{"Mara Ellison said the plant would close.", claimtrail.SpeakerPerson, false, ""},
		{"Analysts said the plant would close.", claimtrail.SpeakerGroup, false, ""},
		{"A witness said the plant would close.", claimtrail.SpeakerPerson, false, "Ravi Kell"}, // named in the next paragraph
		{"A witness said the plant would close.", claimtrail.SpeakerPerson, true, "A witness"},  // no one named
	} {
		d := lb.Build(tt.text, time.Time{})
		n := len(strings.Fields(tt.text[:strings.Index(tt.text, " said")]))
		g := &attrib.Group{Cue: attrib.Run{Role: 1, First: n, Last: n + 1}}
		g.Source = attrib.Run{Role: 0, First: 0, Last: n}
		g.Sources = []attrib.Run{g.Source}
		sp := claimtrail.Speaker{Name: tt.name, Mention: tt.text[:d.Toks[n-1].End], Type: tt.typ, Span: &claimtrail.Span{Start: 0, End: d.Toks[n-1].End}}
		r.Anonymous(d, g, &sp)
		if got := sp.Type == claimtrail.SpeakerAnonymous; got != tt.anonymous {
			t.Errorf("%q: anonymous %v, want %v", tt.text, got, tt.anonymous)
		}
		if tt.anonymous && sp.Name != tt.text[:d.Toks[n-1].End] {
			t.Errorf("%q: name %q", tt.text, sp.Name)
		}
	}
}
