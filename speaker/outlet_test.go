package speaker_test

import "testing"

// A description of an outlet by its kind ("the magazine", "the
// station", "the website") names the one outlet of that kind the text
// named before beside a kind word. All texts are invented.
func TestResolver_OutletByKind(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"a magazine the kind word describes", "Varnian band tops list\n\nThe Harbour Five earned more than any other band last year, according to US magazine Loud Sound. \"They were everywhere,\" the magazine reported.", "reported", "Loud Sound"},
		{"a magazine the kind word follows", "Printers tested\n\nA survey by Home Print magazine looked at 40 printers. Cheap ink could fade in weeks, the magazine warned.", "warned", "Home Print"},
		{"a station the kind word is part of", "New DJs named\n\nThree DJs will share the late show on Radio 7 from March. The three were chosen for their musical knowledge, the station said.", "said", "Radio 7"},
		{"a longer and a shorter name of one station", "New DJs named\n\nListeners of Varnia Radio 7 will hear three new DJs for its late show. All three already host shows on Radio 7. \"Nobody can replace Tom Reed,\" said the radio station.", "said", "Varnia Radio 7"},
		{"a website the kind word describes", "Fans rally\n\nFan website Keep Orbit is trying to raise $2m to save the show. More than $9,000 has been pledged so far, according to the site.", "according to", "Keep Orbit"},
		// guards
		{"two magazines named", "Best gadgets\n\nUS magazine Loud Sound and Home Print magazine each chose their best gadgets. \"The radio won,\" the magazine said.", "said", "magazine"},
		{"another's website", "Calls grow\n\nThe Varnia Post website reported the deal. Some 80 million people use the service, according to the telephone firm's website.", "according to", "telephone firm's website"},
		{"a title-case headline's capitalised kind word", "Popular Website Shows Bias In Tests\n\nThe study looked at 200 searches. Both parties were cited, the website noted.", "noted", "website"},
		{"a person's name before the kind word", "Campaign blocks Reed site\n\nAda Reed said her campaign had blocked foreign visitors. The traffic to it shows no attack, the site said.", "said", "site"},
	})
}
