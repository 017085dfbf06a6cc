package speaker_test

import "testing"

// A description a nation's or a place's word opens ("The Varnian
// giant", "the Dutchman") points back as "the firm" and "the
// 34-year-old" do. All texts are invented.
func TestResolver_NationDescription(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"a company noun after a nation's word", "Tolvane weighs new plant\n\nTolvane Motors is considering building a car factory in Varnia, but said it had yet to decide. The German giant said it was studying the idea.", "said", "Tolvane Motors"},
		{"a company noun after a place's modifier", "Ferry firm grows\n\nHarbour Shipping Group said it had ordered ten new ferries. The Varnia-based company said it needed more capacity.", "said", "Harbour Shipping Group"},
		{"a capitalised person noun", "Vell wins\n\nTottenham manager Oskar Vell praised his players for their patience. \"We were patient,\" the Dutchman said.", "said", "Oskar Vell"},
		{"the body that spoke, not a name it governs", "Planes and parts\n\nTolvane announced a deal with Harbour Technologies to build parts. The US company also said it had sold ten planes.", "also said", "Tolvane"},
		{"an aside after the description's comma", "Tolvane moves plants\n\nTolvane Motors said it would shift jobs to Varnia. The German firm, the region's largest maker of vans, said it would shut two plants.", "said", "Tolvane Motors"},
		// guards
		{"no body spoke near it", "Planes and parts\n\nShares in Tolvane Aero rose on Monday. The US company said it had sold ten planes.", "said", "US company"},
		{"a name, not a description", "Harbour shares fall\n\nShares in Kessel fell. The Harbour Group said profits would fall.", "said", "Harbour Group"},
	})
}
