package speaker_test

import "testing"

// A document named by its owner before its noun is the owner's
// statement; a nation, a modifier or a sentence's first common noun
// owns none. All texts are invented.
func TestResolver_DocumentOwner(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"acronym before the noun", "Rates to rise, think tank says\n\nThe Harbour Institute warned on Monday that rates would rise. The HIER report said consumer spending would weaken as rates rose.", "said", "HIER"},
		{"body's name, modifier after it", "Factories busier\n\nA Tolvane Chamber quarterly survey found that output had risen at its fastest rate in years.", "found", "Tolvane Chamber"},
		{"possessive, own and modifiers", "House prices up\n\nThe Harbour Building Society's own monthly figures suggest the average price rose by 0.8% in March.", "suggest", "Harbour Building Society"},
		{"surname the text named in full", "Reform too slow\n\nThe former minister Oskar Vellinga led the review. Mr Vellinga's report said the targets would be missed.", "said", "Oskar Vellinga"},
		{"the report after it", "Tax warning\n\nThe Kessel Institute report said taxes would have to rise. The report also said growth would slow.", "said", "Kessel Institute"},
		{"a he after a body's report", "College gaps\n\nThe Varnia Funding Council said fewer poor teenagers went to college. The VFC report said teenagers in rich areas did better. Sir Ada Vell, its chief executive, said the gap was wide. But while the report revealed stark inequalities, there were some encouraging findings, he added.", "added", "Sir Ada Vell"},
		// guards
		{"a nation's figures", "Jobs up\n\nVarnian government figures suggest that 14,000 jobs were created in May.", "suggest", "Varnian government figures"},
		{"a modifier with a hyphen", "Phones and homes\n\nThe Tolvane-sponsored research showed that mobiles and fixed phones were used for different things.", "showed", "Tolvane-sponsored research"},
		{"sentence's first common noun", "Deal near\n\nPress reports suggest that Harbour Telecom and Kessel may agree a deal next week.", "suggest", "Press reports"},
		{"a document's own name", "Rates steady\n\nThe Harbour Review said that rates would stay steady.", "said", "Harbour Review"},
	})
}

// The owner a document's noun follows is a body, no outlet: "The
// Tolvane report" is Tolvane's, not a paper called Tolvane. The text is
// invented.
func TestResolver_DocumentOwnerType(t *testing.T) {
	got := resolveSpans(t, "The Tolvane report said that prices rose.", []spanGroup{{"that prices rose", "The Tolvane report", "said"}})
	if got.Name != "Tolvane" || got.Type != "organization" {
		t.Errorf("got %q (%s), want Tolvane (organization)", got.Name, got.Type)
	}
}

// "the report" with no author known is the body that spoke last, in its
// sentence or the two before; not a person's, not "the paper", not a
// body that spoke long before. All texts are invented.
func TestResolver_DocumentOfBodyThatSpoke(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"the body that spoke just before", "Growth slows\n\nGrowth in Varnia will slow to 2% next year, the Harbour Institute said. Overall, the report said that growth in the region would reach 3%.", "said", "Harbour Institute"},
		{"it after the report", "Growth slows\n\nGrowth in Varnia will slow to 2% next year, the Harbour Institute said. The survey found that factories were busy. It added that prices would rise.", "added", "Harbour Institute"},
		// guards
		{"a person spoke last", "Growth slows\n\nGrowth in Varnia will slow, Ada Quill said. The report found that factories were busy.", "found", "report"},
		{"the paper may be a newspaper", "Crossing approved\n\nThe ferry plan will go ahead, according to the Kessel Ledger. The Harbour Trust said the link was vital. The paper said the vote would come in May.", "said", "Kessel Ledger"},
	})
}
