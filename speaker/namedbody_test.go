package speaker_test

import "testing"

// A one-word speaker the text names as a body elsewhere is a body, not a
// person; a party the aliases table writes as written is one, and no
// "he" resolves to it. The texts are invented.
func TestResolver_NamedAsBody(t *testing.T) {
	tests := []resolveCase{
		{"an organisation word before another occurrence",
			"Quellmark said sales rose in May. Shares in Dorvish shipping giant Quellmark rose 8% on the news.",
			[]spanGroup{{"sales rose in May", "Quellmark", "said"}},
			"Quellmark", "organization"},
		{"a full name ending in the word keeps it a person's",
			"Profits at the firm run by Ada Quellmark rose 8%. Quellmark said sales rose in May.",
			[]spanGroup{{"sales rose in May", "Quellmark", "said"}},
			"Ada Quellmark", "person"},
		{"a word the text writes in lower case too is left as it was",
			"Fans of the rapper The Vessel packed the hall for the vessel tour. The Vessel said the show went well.",
			[]spanGroup{{"the show went well", "The Vessel", "said"}},
			"Vessel", "person"},
		{"a party's name is a body's, and he is not the party",
			"Ravi Kell attacked the plan on Monday. Labour says the plan is flawed. He said the costs were too high.",
			[]spanGroup{{"the plan is flawed", "Labour", "says"}, {"the costs were too high", "He", "said"}},
			"Ravi Kell", "person"},
	}
	checkResolved(t, tests)
}

// A report's lead describes whom its next sentence names: the
// description is that person, and "the minister" after is too. The
// texts are invented.
func TestResolver_LeadDescribed(t *testing.T) {
	tests := []resolveCase{
		{"the name opening the sentence after the lead",
			"Harbour ferries to close\n\nHarbour ferries will close in May, a Dorvish transport minister has said.\n\nAda Vellin said the routes had lost money for years.",
			[]spanGroup{{"Harbour ferries will close in May", "a Dorvish transport minister", "has said"}},
			"Ada Vellin", "person"},
		{"a description after a name and a comma is the name's apposition",
			"Harbour ferries to close\n\nThe routes lost money for years. \"We had no choice,\" Ada Vellin, Harbour's transport strategist said.",
			[]spanGroup{{"We had no choice", "Harbour's transport strategist", "said"}},
			"Ada Vellin", "person"},
		{"a name inside the content is none",
			"Harbour ferries to close\n\nThe routes lost money for years. The ferries will be sold to shipping magnate Ada Vellin, Harbour's transport strategist said.",
			[]spanGroup{{"The ferries will be sold to shipping magnate Ada Vellin", "Harbour's transport strategist", "said"}},
			"Harbour's transport strategist", "person"},
		{"a description outside the lead stays one",
			"Harbour ferries to close\n\nHarbour ferries will close in May.\n\nThe routes lost money, a Dorvish transport minister has said.\n\nAda Vellin said the routes had lost money for years.",
			[]spanGroup{{"The routes lost money", "a Dorvish transport minister", "has said"}},
			"a Dorvish transport minister", "person"},
	}
	checkResolved(t, tests)
}
