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
		{"a one-word name with a body's description is a body",
			"Quellbrook, Morvania's third-biggest software firm, has reported that its profit rose.", "has reported", "Quellbrook", claimtrail.SpeakerOrganization},
		{"a plural naming people is a group",
			"Prosecutors allege that Quellbrook fixed its bids.", "allege", "Prosecutors", claimtrail.SpeakerGroup},
		{"a plural naming things names no person",
			"Reports said the deal had been signed.", "said", "Reports", claimtrail.SpeakerUnknown},
		{"a plural of a person's word ending a name is a group",
			"Quellbrook MPs said the plan was wrong.", "said", "Quellbrook MPs", claimtrail.SpeakerGroup},
		{"a demonstrative alone names no one",
			"The letter reached him on Monday. This suggested he would act, officials said.", "suggested", "", claimtrail.SpeakerUnknown},
		{"a title keeps a person from a publication's name",
			"\"We want her to be heard,\" Mr Fox said.", "said", "Mr Fox", claimtrail.SpeakerPerson},
		{"a description does not name the person its content names",
			"Orla Penn met Ravi Kell in May. The premier insisted Ms Penn would keep her post.", "insisted", "premier", claimtrail.SpeakerPerson},
		{"a pronoun is not the titled person its content names",
			"Orla Penn spoke after Ravi Kell. She added that Mr Kell's plan was wrong.", "added", "Orla Penn", claimtrail.SpeakerPerson},
		{"a description after the name opening the sentence is that name's",
			"Quellbrook, the largest Morvanian retailer, has said its sales rose.", "has said", "Quellbrook", claimtrail.SpeakerOrganization},
		{"an opening time is no name",
			"On Wednesday, the harbour company said the pier would close.", "said", "harbour company", claimtrail.SpeakerOrganization},
		{"a later statement shows a one-word name is a body",
			"Quellbrook had argued that the sale was unlawful. Quellbrook claimed it had been treated unfairly.", "claimed", "Quellbrook", claimtrail.SpeakerOrganization},
		{"a speaker quoted saying it is not a body",
			`Ravik said: "It falls by half in four years."`, "said", "Ravik", claimtrail.SpeakerPerson},
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
