package speaker_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// "he" and "she" mean no name the text shows to be a body's, and a
// source by such a name is an organisation: a plural verb after it, a
// company noun before it, "its" after a linking verb, a party's name as
// the aliases table writes it. A one-word name modifying a noun inside a
// noun phrase is no antecedent either. The texts are invented.
func TestResolver_BodiesShown(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		cues     []string
		srcWords []int
		want     string
		typ      string
	}{
		{"a company noun before the name types the source", "Rival exchange operator Varnext says it may bid.",
			[]string{"says"}, []int{4}, "Varnext", claimtrail.SpeakerOrganization},
		{"no he after a body typed so", "Rival exchange operator Varnext says it may bid. One London analyst said it would fail. He forecast a loss.",
			[]string{"says", "said", "forecast"}, []int{4, 3, 1}, "One London analyst", claimtrail.SpeakerPerson},
		{"a company noun heading an apposition after the name types the source", "Dorn's Ossevo has agreed to buy 33% of Varnyu, the largest wine maker in Kestria.\n\nVarnyu said in a statement that Ossevo will pay $58m.",
			[]string{"said"}, []int{1}, "Varnyu", claimtrail.SpeakerOrganization},
		{"a possessive before the company noun heads no apposition", "Ada Vell, the firm's chairman, said the talks had ended. She said a deal was near.",
			[]string{"said", "said"}, []int{2, 1}, "Ada Vell", claimtrail.SpeakerPerson},
		{"a party's name the aliases table writes is an organisation", "Labour says the plan offers only a return to the past.",
			[]string{"says"}, []int{1}, "Labour", claimtrail.SpeakerOrganization},
		{"he after a party that spoke is the person the sentence before names", "Labour says the plan is old. Mr Howard published the plan on Monday. In a speech, he said taxes would fall.",
			[]string{"says", "said"}, []int{1, 1}, "Mr Howard", claimtrail.SpeakerPerson},
		{"a name modifying a noun inside a noun phrase is no antecedent", "Marcel Dessaint spent four years at the club. He admires his colleagues from the great Varno side of the 1990s. \"I'm happy,\" he said.",
			[]string{"said"}, []int{1}, "Marcel Dessaint", claimtrail.SpeakerPerson},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveLast(t, tt.text, tt.cues, tt.srcWords)
			if got.Name != tt.want || got.Type != tt.typ {
				t.Errorf("got %q %s, want %q %s", got.Name, got.Type, tt.want, tt.typ)
			}
		})
	}
}
