package speaker_test

import "testing"

// "The company" names the body that spoke by name: since an earlier
// "the company" was left unnamed, or many sentences before; a one-word
// speaker typed person for want of a reading becomes the body; else a
// generic company noun ("the firm") is the name another company noun or
// an apposition described before. The texts are invented.
func TestResolver_CompanyDescription(t *testing.T) {
	filler := " Shares fell. Trading was thin. Rivals gained. Prices rose. Markets closed early. Bonds slipped."
	tests := []resolveCase{
		{"an unnamed company before the name does not hold the description",
			"The company said profits fell. Air Skyvane said sales fell in May. The company said jobs would go.",
			[]spanGroup{{"profits fell", "The company", "said"}, {"sales fell in May", "Air Skyvane", "said"}, {"jobs would go", "The company", "said"}},
			"Air Skyvane", "organization"},
		{"the body that spoke six sentences before",
			"Tolvane Networks said sales fell." + filler + " The company said jobs would go.",
			[]spanGroup{{"sales fell", "Tolvane Networks", "said"}, {"jobs would go", "The company", "said"}},
			"Tolvane Networks", "organization"},
		{"a one-word speaker typed person for want of a reading",
			"The firm said profits fell. Quellmark said sales fell in May. The firm said jobs would go.",
			[]spanGroup{{"profits fell", "The firm", "said"}, {"sales fell in May", "Quellmark", "said"}, {"jobs would go", "The firm", "said"}},
			"Quellmark", "organization"},
		{"a person named with a given name is no company",
			"The company said profits fell. Nadia Varro said sales fell in May. The company said jobs would go.",
			[]spanGroup{{"profits fell", "The company", "said"}, {"sales fell in May", "Nadia Varro", "said"}, {"jobs would go", "The company", "said"}},
			"company", "organization"},
		{"a person's name the entity tags read as a body's is no organisation for the description",
			"Harbour United to open books to Veldt\n\nHarbour United's board has agreed to give US tycoon Malcolm Veldt access to its books.\n\nEarlier this month, Mr Veldt presented the board with detailed proposals on an offer to buy the football club. In a statement, the club said it would allow Mr Veldt limited due diligence.",
			[]spanGroup{{"it would allow Mr Veldt limited due diligence", "the club", "said"}},
			"club", "organization"},
		{"the body whose possessive name opens the content, not a product beside it",
			"Veltron's new music player, the Z5, will go on sale in March, the company has announced.",
			[]spanGroup{{"Veltron's new music player, the Z5, will go on sale in March", "the company", "has announced"}},
			"Veltron", "organization"},
		{"a company noun before the name describes what the firm is",
			"Bookmaker Ada Hill has stopped taking bets on the race. The firm said the odds had fallen too fast.",
			[]spanGroup{{"the odds had fallen too fast", "The firm", "said"}},
			"Ada Hill", "organization"},
		{"an apposition ending in a company noun",
			"Workers walked out at Quellmark, the private firm which runs the ferries. The firm said no jobs would go.",
			[]spanGroup{{"no jobs would go", "The firm", "said"}},
			"Quellmark", "organization"},
		{"a company that spoke near wins over a name described before",
			"Tolvane is in talks with UK bank Kessel over a sale. Tolvane said a deal was close. The group said approval was needed.",
			[]spanGroup{{"a deal was close", "Tolvane", "said"}, {"approval was needed", "The group", "said"}},
			"Tolvane", "organization"},
		{"an apposition holding the company's possessive describes a part of it",
			"Tolvane Networks said sales fell. Kessel Mobile, the company's mobile business, grew fast. The company said a dividend would be paid.",
			[]spanGroup{{"sales fell", "Tolvane Networks", "said"}, {"a dividend would be paid", "The company", "said"}},
			"Tolvane Networks", "organization"},
		{"a place's possessive is no company",
			"Tolvane Networks said sales fell. London's new bridge will open in May, the company said.",
			[]spanGroup{{"sales fell", "Tolvane Networks", "said"}, {"London's new bridge will open in May", "the company", "said"}},
			"Tolvane Networks", "organization"},
	}
	checkResolved(t, tests)
}
