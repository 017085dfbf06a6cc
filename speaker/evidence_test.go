package speaker_test

import "testing"

// A proper name of two words or more that nothing types (no title, role
// word or given name, no person's role beside it) is typed by the text's
// evidence: a company word ending it, the statement's "it", a later "the
// company"; a name with a given name stays a person, and "he" means no
// body. The texts are invented.
func TestResolver_UnreadNameType(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		groups   []spanGroup
		wantName string
		wantType string
	}{
		{"a reported statement whose subject is it",
			"Air Skyvane said that it would close two plants next year.",
			[]spanGroup{{"that it would close two plants next year", "Air Skyvane", "said"}}, "Air Skyvane", "organization"},
		{"without it the same name is a person for want of a reading",
			"Air Skyvane said sales fell in May.",
			[]spanGroup{{"sales fell in May", "Air Skyvane", "said"}}, "Air Skyvane", "person"},
		{"a later statement with it corrects the first",
			"Air Skyvane said sales fell. Later Air Skyvane said it would close two plants.",
			[]spanGroup{{"sales fell", "Air Skyvane", "said"}, {"it would close two plants", "Air Skyvane", "said"}}, "Air Skyvane", "organization"},
		{"it as an object says nothing of the speaker",
			"Air Skyvane called it a fair deal.",
			[]spanGroup{{"it a fair deal", "Air Skyvane", "called"}}, "Air Skyvane", "person"},
		{"the company after it",
			"Air Skyvane said sales fell in May. The company said jobs would go.",
			[]spanGroup{{"sales fell in May", "Air Skyvane", "said"}, {"jobs would go", "The company", "said"}}, "Air Skyvane", "organization"},
		{"a company word ending the name, in the plural too",
			"Tolvane Networks said sales fell.",
			[]spanGroup{{"sales fell", "Tolvane Networks", "said"}}, "Tolvane Networks", "organization"},
		{"a given name keeps a person whatever the statement says",
			"Nadia Varro said it would rain on Monday.",
			[]spanGroup{{"it would rain on Monday", "Nadia Varro", "said"}}, "Nadia Varro", "person"},
		{"a role word keeps a person",
			"Detective Inspector Air Skyvane said it appeared a ladder was used.",
			[]spanGroup{{"it appeared a ladder was used", "Detective Inspector Air Skyvane", "said"}}, "", "person"},
		{"a quoted it is the speaker's word for something else",
			`"It will rain," Air Skyvane said.`,
			[]spanGroup{{"It will rain", "Air Skyvane", "said"}}, "Air Skyvane", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, tt.groups)
			if tt.wantName != "" && got.Name != tt.wantName || got.Type != tt.wantType {
				t.Errorf("got %q (%s), want %q (%s)", got.Name, got.Type, tt.wantName, tt.wantType)
			}
		})
	}
}

// "he" and "she" mean a person: the subject of the sentence before that
// the text showed to be a body is none. The texts are invented.
func TestResolver_GenderedPronounPerson(t *testing.T) {
	text := "Tolvane Networks said sales fell. Tolvane Networks sold the plant on Monday. He added that the sale was fair."
	got := resolveSpans(t, text, []spanGroup{{"sales fell", "Tolvane Networks", "said"}, {"that the sale was fair", "He", "added"}})
	if got.Name == "Tolvane Networks" || got.Name != "" && got.Type != "person" {
		t.Errorf("got %q (%s), want a person or no one", got.Name, got.Type)
	}
}

// A description of a news outlet with its name before a lower-case head
// names that outlet, and "the paper" after it means the outlet that
// spoke, not one the text only names. The texts are invented.
func TestResolver_OutletDescription(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		groups []spanGroup
		want   string
	}{
		{"the outlet's name before its head noun",
			"Ada Quill told the Harbour Gazette she would stand. The Kessel Ledger newspaper said on Monday that the vote was close.",
			[]spanGroup{{"she would stand", "Ada Quill", "told"}, {"that the vote was close", "The Kessel Ledger newspaper", "said"}}, "Kessel Ledger"},
		{"the paper is the outlet that spoke, not one only named",
			"The Kessel Ledger newspaper said the vote was close. Ada Quill told the Harbour Gazette she would stand. The paper said turnout fell.",
			[]spanGroup{{"the vote was close", "The Kessel Ledger newspaper", "said"}, {"she would stand", "Ada Quill", "told"}, {"turnout fell", "The paper", "said"}}, "Kessel Ledger"},
		{"a document's author is no outlet: its owner (TestResolver_DocumentOwnerType)",
			"The Tolvane report said that prices rose.",
			[]spanGroup{{"that prices rose", "The Tolvane report", "said"}}, "Tolvane"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.want {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.want)
			}
		})
	}
}

// A one-word mention that resolves to a full name ending in a company's
// word is the company's, whatever the tags called the full name. The
// texts are invented.
func TestResolver_BodyFullName(t *testing.T) {
	text := "Tolvane Games cut 200 jobs on Monday. Tolvane said sales were weak."
	got := resolveSpans(t, text, []spanGroup{{"sales were weak", "Tolvane", "said"}})
	if got.Type != "organization" {
		t.Errorf("got %q (%s), want an organization", got.Name, got.Type)
	}
}
