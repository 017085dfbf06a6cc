package speaker_test

import "testing"

// A definite description of a role that nothing near it resolves is the
// person the article gives that role with the very same words — right
// after them, as an apposition, or set off after them — when it gives
// the role to one person only, and never for a description by relation
// or a role another word makes someone else's. The texts are invented.
func TestResolver_RoleHolder(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		groups   []spanGroup
		wantName string
	}{
		{"the name right after the role's words, later in the text",
			`"Growth will slow," the trade minister said. "It will pick up in spring," said trade minister Odile Varnet.`,
			[]spanGroup{{"Growth will slow", "the trade minister", "said"}},
			"Odile Varnet"},
		{"an apposition before",
			"Tolvane Foods was sold. Its shares rose.\n\nThe buyer met Ravi Kessler, the bakery owner, on Monday. Rain fell all week in the city. Trains were late. The bakery owner said the price was fair.",
			[]spanGroup{{"the price was fair", "The bakery owner", "said"}},
			"Ravi Kessler"},
		{"a name set off by commas after the role's words",
			"The museum director said the hall would close. Ships waited. The museum director, Ilse Brandt, gave no date.",
			[]spanGroup{{"the hall would close", "The museum director", "said"}},
			"Ilse Brandt"},
		{"a surname alone after the role's words is the one full name the text gives",
			"Kessel City won 2-0. Nadia Korvath was booked.\n\nLate on, defender Korvath scored. Fans sang. Prices rose. Buses were late. The defender said the win was deserved.",
			[]spanGroup{{"the win was deserved", "The defender", "said"}},
			"Nadia Korvath"},
		{"a shadow holds another office",
			"The home secretary said the bill would pass. Shadow home secretary Odile Varnet said it would fail.",
			[]spanGroup{{"the bill would pass", "The home secretary", "said"}},
			"home secretary"},
		{"a former holder is someone else",
			"The chancellor said rates would stay low. Earlier, ex-Labour chancellor Bo Lindqvist welcomed the rules.",
			[]spanGroup{{"rates would stay low", "The chancellor", "said"}},
			"chancellor"},
		{"two holders of the role: which one, the text does not say",
			"The coach said the team was tired. Ships waited. Coach Ravi Kessler and coach Ilse Brandt met.",
			[]spanGroup{{"the team was tired", "The coach", "said"}},
			"coach"},
		{"a surname the text gives in full nowhere is no name, nor is a caption's run",
			"Voters met in Leeds. The president said taxes would fall. Rain fell. Roads closed. Fields flooded. President Hansen spoke for an hour.\n\n[Video: FULL SPEECH: President Hansen Speech at the Leeds forum]",
			[]spanGroup{{"taxes would fall", "The president", "said"}},
			"president"},
		{"another body's holder of the role",
			"The president said taxes would fall. Rain fell. Roads closed. Kessel Bank president James Walker spoke in Leeds.",
			[]spanGroup{{"taxes would fall", "The president", "said"}},
			"president"},
		{"a name after the role's words as the object of a relation is the other's",
			"The president said taxes would fall. Rain fell. Roads closed. A former adviser to the president James Walker spoke in Leeds.",
			[]spanGroup{{"taxes would fall", "The president", "said"}},
			"president"},
		{"a description by relation names someone else",
			"Tolvane Group may close plants, its chief executive said. Kessel chief executive Odile Varnet met bankers.",
			[]spanGroup{{"Tolvane Group may close plants", "its chief executive", "said"}},
			"chief executive"},
		{"a description no table types is the person the text titles with its word",
			"Rents are driving families out, Bishop Anselm Tarrow has said. The head of the diocese spoke on Sunday. The bishop said rents had doubled.",
			[]spanGroup{{"rents had doubled", "The bishop", "said"}},
			"Anselm Tarrow"},
		{"a description no table types is no body's name that holds its word",
			"The League Against Tariffs met. Rain fell. The league said prices would rise.",
			[]spanGroup{{"prices would rise", "The league", "said"}},
			"league"},
		{"a description no table types is no document a headline's words follow",
			"New Poll Shows Minor Harbour Bump\n\nRain fell. The poll asked about all four candidates.",
			[]spanGroup{{"about all four candidates", "The poll", "asked"}},
			"poll"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, tt.groups)
			if got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}
