package speaker_test

import "testing"

// "the government" is the one government the article names by its
// place, or the one country its headline or lead has for subject; an
// article naming several, another's by a word the tables do not know,
// or a country only as the headline's qualifier leaves the description.
// All texts are invented.
func TestResolver_PlaceGovernment(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"the place's adjective before it", "Builders hail new rules\n\nThe Indian government has opened building work to foreign firms. The government hopes its new policy will create jobs.", "hopes", "Indian government"},
		{"a possessive place", "Gas price row\n\nRussia's government has raised the price of gas twice this year. The government said the rise would be the last.", "said", "Russia's government"},
		{"the headline's subject", "Turkey will drop six zeros from the lira\n\nThe new lira will come into use on Monday. The government hopes that the change will show the economy is stable.", "hopes", "Government of Turkey"},
		{"the lead's possessive subject", "Jobless rate hits new low\n\nBrazil's unemployment rate fell to 9% in December. The economy grew by 5%, the government said.", "said", "Government of Brazil"},
		{"the lead's two-word subject", "Spending boost planned\n\nSouth Korea will raise state spending next year. The government said it would help small firms.", "said", "Government of South Korea"},
		// guards
		{"several governments", "Aid offer\n\nThe French government and the Indian government met on Monday. The government said aid would follow.", "said", "government"},
		{"a government the tables do not know", "Dam row\n\nChina has halted work on a dam after a protest by the Thai government. The government argued the dam was legal.", "argued", "government"},
		{"a country qualifying the headline's subject", "Iraq advice claim sparks row\n\nMinisters were asked again about the war. The government said such papers were kept confidential.", "said", "government"},
		{"a party's government", "Child access plans\n\nA Conservative government would change the law, the party says. The government says children must not be divided up.", "says", "government"},
	})
}
