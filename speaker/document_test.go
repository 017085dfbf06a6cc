package speaker_test

import "testing"

// A document named by its author after "by" is the author's statement,
// and "the survey" (its noun, definite) after it is the same author's,
// also as the subject a later "it" takes. The texts are invented.
func TestResolver_DocumentAuthor(t *testing.T) {
	tests := []resolveCase{
		{"a study by a one-word name is the body's",
			"A separate study by Quellmark said sales would double.",
			[]spanGroup{{"sales would double", "A separate study by Quellmark", "said"}},
			"Quellmark", "organization"},
		{"a participle of making stands between the document and its author",
			"Figures gathered by the Harbour Trust suggest that rents fell.",
			[]spanGroup{{"that rents fell", "Figures gathered by the Harbour Trust", "suggest"}},
			"Harbour Trust", "organization"},
		{"the document's noun after it links to the author",
			"A recent survey by Tolvane Research said buyers left slow sites. Kessel Media said the figures were high. The survey also said tablets sold well.",
			[]spanGroup{{"buyers left slow sites", "A recent survey by Tolvane Research", "said"}, {"the figures were high", "Kessel Media", "said"}, {"tablets sold well", "The survey", "also said"}},
			"Tolvane Research", "organization"},
		{"\"it\" after the document's noun as subject is the author",
			"A report by the Harbour Trust called for new rules. The report said fines would help, but many experts said they would fail. It said grants were gimmicks.",
			[]spanGroup{{"new rules", "A report by the Harbour Trust", "called for"}, {"fines would help", "The report", "said"}, {"they would fail", "many experts", "said"}, {"grants were gimmicks", "It", "said"}},
			"Harbour Trust", "organization"},
		{"a book by a person is the person's",
			"A new book by journalist Nadia Varro claims the deal was rushed.",
			[]spanGroup{{"the deal was rushed", "A new book by journalist Nadia Varro", "claims"}},
			"Nadia Varro", "person"},
		{"an indefinite document after it is another's",
			"A survey by Tolvane Research said buyers left slow sites. A survey said tablets sold well.",
			[]spanGroup{{"buyers left slow sites", "A survey by Tolvane Research", "said"}, {"tablets sold well", "A survey", "said"}},
			"survey", "unknown"},
	}
	checkResolved(t, tests)
}
