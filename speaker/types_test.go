package speaker_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
)

// TestSpeakerTypes reads written texts as a user gets them and checks the
// name and type of the speaker of the last statement with the given cue:
// one case per rule that types or picks a speaker the BBC audits of
// session 8 found wrong. The texts and names are invented.
func TestSpeakerTypes(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind, text, cue string
		name, typ       string
	}{
		{"a one-word name shaped like a country's is a government",
			"Morvania said the border would stay open.", "said", "Morvania", claimtrail.SpeakerGovernment},
		{"a one-word name whose statement opens with its is a body",
			"Quellbrook said its profits had doubled.", "said", "Quellbrook", claimtrail.SpeakerOrganization},
		{"a one-word name with a person's description stays a person",
			"Ludmia, a lobbyist for tenants, said the rents were too high.", "said", "Ludmia", claimtrail.SpeakerPerson},
		{"a given name is no country",
			"Maria said the rents were too high.", "said", "Maria", claimtrail.SpeakerPerson},
		{"countries joined by and are governments",
			"Morvania and Estravia said the talks would resume.", "said", "Morvania and Estravia", claimtrail.SpeakerGovernment},
		{"a service is an organisation",
			"The blaze began in a shed, the fire service said.", "said", "fire service", claimtrail.SpeakerOrganization},
		{"a family is a group",
			"The family said the driver had been a kind man.", "said", "family", claimtrail.SpeakerGroup},
		{"an indefinite description keeps its article",
			"A Quellbrook spokesman said the plant was safe.", "said", "A Quellbrook spokesman", claimtrail.SpeakerPerson},
		{"a description inside a statement is not its speaker",
			"Ada Quill claimed that the mayor had said the budget was secret.", "said", "mayor", claimtrail.SpeakerPerson},
		{"a conjoined clause names its own speaker",
			`"The count was fair," said Ravi Kell, while Orla Penn said it was not.`, "said", "Orla Penn", claimtrail.SpeakerPerson},
		{"a pronoun is not the name the content gives",
			"Opposition deputies criticised the deal on Monday. Dorvik Telecom said it had bought a stake in Pellan. They say that Dorvik Telecom is a security risk.",
			"say", "Opposition deputies", claimtrail.SpeakerGroup},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			sts := x.Extract(&claimtrail.Document{ID: "t", Text: tt.text})
			var got *claimtrail.Statement
			for i := range sts {
				if sts[i].Cue.Text == tt.cue {
					got = &sts[i]
				}
			}
			if got == nil {
				t.Fatalf("no statement with cue %q: %+v", tt.cue, sts)
			}
			if sp := got.Speaker; sp.Name != tt.name || sp.Type != tt.typ {
				t.Errorf("speaker %q (%s), want %q (%s)", sp.Name, sp.Type, tt.name, tt.typ)
			}
		})
	}
}
