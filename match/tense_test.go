package match

import "testing"

// TestPastOnly: for a claim that predicts a rise, a text naming the rise
// only as past (after a past marker, or in a past form) is background;
// one that names it as to come, or as coming again, is not.
func TestPastOnly(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	c := m.Claim("Harbour fees will rise")
	pred := -1
	for i, it := range c.Items {
		if it.Text == "rise" {
			pred = i
		}
	}
	if pred < 0 || !c.Predicts() {
		t.Fatalf("claim items %+v, predicts %v", c.Items, c.Predicts())
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Trade was held back by recent harbour fee rises.", true},
		{"Shipping slowed after fee increases last year.", true},
		{"Harbour fees rose by 4% in March.", true},
		{"Harbour fees had risen twice before the summer.", true},
		{"Harbour fees will rise again in May.", false},
		{"Fees are expected to be raised in May.", false},
		{"Fees rose in March and are likely to rise again.", false},
		{"A rise in harbour fees looks likely.", false},
		{"The port board met on Monday.", false},
		{"Exports slowed on the back of rising harbour fees.", true},
		{"Traffic fell because of higher harbour fees.", true},
		{"Ships queued amid rising harbour fees.", true},
		{"Harbour fees rose in May amid soaring demand.", true},
		{"Harbour fees had risen against a falling currency.", true},
		{"Shares slipped amid expectations of a harbour fee rise.", false},
		{"Harbour fees will rise amid soaring demand.", false},
		{"Trade faltered, with harbour fees rising to a record.", true},
		{"Trade faltered, with harbour fee levels rising.", true},
		{"Trade will pick up, with harbour fees likely to rise.", false},
	} {
		if got := m.PastOnly(c, pred, tc.text); got != tc.want {
			t.Errorf("PastOnly(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	sale := m.Claim("Zorvex will sell the harbour")
	for i := range sale.Items {
		if m.PastOnly(sale, i, "Zorvex sold the harbour on Monday.") {
			t.Errorf("a sale made is what a claim of a sale predicted, yet item %q is past only", sale.Items[i].Text)
		}
	}
	if m.Claim("Harbour fees rose").Predicts() {
		t.Error("a claim in the past predicts nothing")
	}
}

// TestForetells: a sentence tells of what is to come by a future or
// prospective word of match-grammar.tsv, wherever it stands.
func TestForetells(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The new ferry is due to be launched in late 2026.", true},
		{"Zorvex plans to open a second terminal.", true},
		{"Harbour fees will rise in May.", true},
		{"The launch of the ferry drew large crowds.", false},
		{"Harbour fees rose by 4% in March.", false},
		{"Harbour fees rose by 4% in May.", false}, // the month, not the modal
		{"May the fees rise, the board asked.", true},
	} {
		if got := m.Foretells(tc.text); got != tc.want {
			t.Errorf("Foretells(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBackshifted: a sentence whose first auxiliary is a past modal of
// reported speech, with no future word and no quotation, may go on with
// a report before it.
func TestBackshifted(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The ferry levy would be introduced by the spring of 2027.", true},
		{"Fares would rise by a fifth, with season tickets hit hardest.", true},
		{"The new ferry might even cause a few heads to turn at the port.", false}, // the outlet's hedge
		{"The ferry levy will be introduced by the spring of 2027.", false},
		{"The levy, which is unpopular, would be introduced in May.", false}, // "is" comes first
		{"\"The levy would be a disaster,\" one trader added.", false},
		{"Harbour fees rose by 4% in March.", false},
		{"It would take the council until 2028, and the fees will double.", false},
	} {
		if got := m.Backshifted(tc.text); got != tc.want {
			t.Errorf("Backshifted(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
