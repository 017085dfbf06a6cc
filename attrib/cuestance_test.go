package attrib

import (
	"testing"
)

// TestStanceObject checks the verdict of stanceObject through the cue
// rules: a stance, topic or accord verb with only a phrase after it, or
// ("") none — a clause in the phrase, a quotation, an infinitive after a
// name, a verb no row names.
func TestStanceObject(t *testing.T) {
	lb, tg := newTestTagger(t)
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
		{"Councillor Tom Brell [explained] his reasons to voters at a meeting in Dorn.", "topic-object"},
		{"Ilsa Varn [was at a loss to explain] her poor showing in the final.", "topic-object"},
		{"The harbour towns [were specifically mentioned by] the minister.", "topic-object"},
		{"The council [has ordered] a review of ferry fares.", "accord-object"},
		{"Tom Brell [has pleaded guilty to] theft.", "accord-object"},
		{"Councillor Tom Brell [explained] that the pier would close.", ""},
		{"Ferry use has fallen since the spring, [explained] Councillor Tom Brell.", ""},
		{"\"Ferry use has fallen,\" he [explained] during a debate in Dorn.", ""},
		{"Tom Brell [mentioned] he might resign.", ""},
		{"The judge [ordered] that the sale should be stopped.", ""},
		{"The dockers, Tom Brell [explained] at the hearing, were well paid.", ""},
		{"As Tom Brell [explained] in a talk at the hall, the pier is safe.", ""},
		{"Dr Vell [does not publicly discuss] her patients.", "topic-object"},
		{"Tom Brell [never mentioned] the mayor by name.", ""},
		{"The mayor, in an interview with a paper, [discussed] the events.", "topic-object"},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		k, negated := tg.cueHead(d, r.First, r.Last)
		k = tg.sayingAfterFrame(d, r, k)
		c := Complement(d, k)
		if got := tg.stanceObject(d, k, c, negated); got != tt.want {
			t.Errorf("%q: %q, want %q (head %q/%s, complement %s)", tt.text, got, tt.want, d.Low[k], d.POSNames[d.POS[k]], CompNames[c])
		}
		if tt.want != "" && tg.attributionCue(d, r) {
			t.Errorf("%q: an attribution cue, want %s", tt.text, tt.want)
		}
	}
}
