package attrib

import (
	"testing"

	"github.com/claimtrail/claimtrail/layer"
)

// TestStanceObject checks the verdict of stanceObject through the cue
// rules: a stance, topic or accord verb with only a phrase after it, or
// ("") none — a clause in the phrase, a quotation, an infinitive after a
// name, a verb no row names.
func TestStanceObject(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tg, err := NewTagger("en", nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"The Harbour Party also [opposes] the ferry plans.", "stance-object"},
		{"Mayor Ilsa Varn still [backs] the council's cheap fares policy.", "stance-object"},
		{"The pier was closed by dockers [opposed to] the new ferry timetable.", "stance-object"},
		{"Port ministers [backed] plans to cut harbour fees by half.", "stance-object"},
		{"Mayor Ilsa Varn [opposed] the ferry plans, saying fares would rise.", "stance-object"},
		{"Port ministers [will be discussing] reforms to the harbour budget on Monday.", "topic-object"},
		{"Councillor Tom Brell [underlined] the issue of silt in the harbour during a debate.", "topic-object"},
		{"Dockers [reacted angrily to] the reported sale of the pier.", "topic-object"},
		{"Mayor Ilsa Varn [backed] Tom Brell's view that the pier could close.", ""},
		{"Mayor Ilsa Varn [backed] Dorn Rovers to win the harbour cup.", ""},
		{"Councillor Tom Brell [highlighted] the fact that ferry use had fallen.", ""},
		{"Councillor Tom Brell [underlined] his pledge to cut ferry fares.", ""},
		{"Mayor Ilsa Varn [backed] the plan as \"the best hope for the harbour\".", ""},
		{"Tolvane Corp [agreed to] a buyout by Harbour Freight.", "accord-object"},
		{"The two ferry firms [signed] a memorandum of understanding.", "accord-object"},
		{"Tolvane Corp [agreed to] quietly lend the council the money.", ""},
		{"The pilots [agreed] that the pier was unsafe.", ""},
		{"Ilsa Varn [agrees with] other mayors, that the pier should close.", ""},
		{"Mayor Ilsa Varn [praised] the ferry plans.", ""},
		{"Mayor Ilsa Varn [welcomed] the ferry plans.", ""},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		k, _ := tg.cueHead(d, r.First, r.Last)
		k = tg.sayingAfterFrame(d, r, k)
		c := Complement(d, k)
		if got := tg.stanceObject(d, k, c); got != tt.want {
			t.Errorf("%q: %q, want %q (head %q/%s, complement %s)", tt.text, got, tt.want, d.Low[k], d.POSNames[d.POS[k]], CompNames[c])
		}
		if tt.want != "" && tg.attributionCue(d, r) {
			t.Errorf("%q: an attribution cue, want %s", tt.text, tt.want)
		}
	}
}
