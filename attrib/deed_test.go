package attrib

import (
	"testing"
)

// TestCallAndTopic checks callMade, topicOnly and voteCast on sentences written
// for them: each bracketed cue, with the words before it for the source
// and after it for the content, is dropped by the named rule or ("") by
// none of them.
func TestCallAndTopic(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"She [called] her bank on Monday.", "call-made"},
		{"The party [is not calling] voters registered with the service.", "call-made"},
		{"Mr Varn [called] the harbour master back to the office.", "call-made"},
		{"Ilsa Varn [called] the plan \"a disgrace\".", ""},
		{"He [called] Tomas Brell a liar.", ""},
		{"He [called] him a liar.", ""},
		{"Ilsa Varn [called] the sale illegal.", ""},
		{"The ferrymen are what he [called] harbour pirates.", ""},
		{"It was a move he [called] pragmatic.", ""},
		{"Brell is the man whom she [called] a hero.", ""},
		{"The party [called] a strike.", "call-made"},
		{"Or, as the Dorn Herald [called] them in an article last week, ''harbour pirates''.", ""},
		{"Ilsa Varn [called] her vote in favour of the levy a mistake.", ""},
		{"Dorn [called] the harbour levy and the ferry tax a fraud.", ""},
		{"The Harbour Party [raised worries about] the new ferry timetable.", "topic-only"},
		{"Tomas Brell [raised doubts about] his future at the club.", "topic-only"},
		{"Fears [raised over] harbour future", "topic-only"},
		{"Ilsa Varn [voted for] a rise in the harbour levy.", "vote-cast"},
		{"The MPs [voted against] the harbour bill.", "vote-cast"},
		{"The council [voted] to say that the levy was unlawful.", ""},
		{"[Raised over] harbour future", ""},
		{"The council [raised questions about] whether the tender was fair.", ""},
		{"Ferry users [raised concerns about] fares, saying they had doubled.", ""},
	}
	for _, tt := range tests {
		checkFirstRule(t, tg, lb, tt.text, tt.want, []namedRule{
			{"call-made", tg.callMade}, {"topic-only", tg.topicOnly}, {"vote-cast", tg.voteCast}})
	}
}
