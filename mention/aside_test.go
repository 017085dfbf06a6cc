package mention_test

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
)

// An aside after a body's comma, or between spaced dashes after any
// name, is no part of the name; an aside that names someone of its own
// or a list is left to the other readings. Names are invented.
func TestParser_ReadAside(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := mention.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in, name, role string
		typ            string
	}{
		{"The internet firm Kesselnet, one of the leading makers of office software", "Kesselnet", "internet firm", claimtrail.SpeakerOrganization},
		{"Harbour Bank - itself a target of a lawsuit -", "Harbour Bank", "", claimtrail.SpeakerOrganization},
		{"Lord Kell - a senior law lord -", "Lord Kell", "senior law lord", claimtrail.SpeakerPerson},
		{"Fund manager Ada Vellin - Harbourside's largest investor -", "Ada Vellin", "Fund manager", claimtrail.SpeakerPerson},
		{"Ada Press, vice president and chief operating officer of Kessel Motors", "Ada Press", "vice president and chief operating officer", claimtrail.SpeakerPerson},
		{"A spokesman for Tolvane, parent company of Kessel Motors", "A spokesman for Tolvane", "spokesman", claimtrail.SpeakerPerson},
		// the clause before ran into the mention: the document's owner speaks
		{"Kessel Cement Ltd, a Tolvane statement", "Tolvane statement", "", claimtrail.SpeakerOrganization}, // the speaker package reads the document's maker
		{"an analyst for Vell Securities, Ada Kell's latest report", "Ada Kell", "", claimtrail.SpeakerPerson},
		// left as they were: a name of the aside's own, a list, no name before
		{"The Harbour council, the Varnish Ferries Board", "Harbour council the Varnish Ferries Board", "", claimtrail.SpeakerGovernment},
		{"Kessel, Dorn and Tolvane", "Kessel, Dorn and Tolvane", "", claimtrail.SpeakerOrganization},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := lb.Build(tt.in, time.Time{})
			m := p.Read(d, 0, len(d.Toks))
			if m.Name != tt.name || m.Role != tt.role || m.Type != tt.typ {
				t.Errorf("got %q role %q %s; want %q role %q %s", m.Name, m.Role, m.Type, tt.name, tt.role, tt.typ)
			}
		})
	}
}
