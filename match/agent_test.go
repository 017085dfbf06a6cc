package match_test

import "testing"

// A clause whose subject is another party than the claim's named subject
// does not state the claim (match.otherAgent, read by SharesClause).
func TestScore_SharesClauseOtherAgent(t *testing.T) {
	m := mustNew(t)
	for _, tc := range []struct {
		claim, pred, text, speaker string
		want                       bool
	}{
		// another name as subject; the claim's own name, alias or initials
		{"Acme will cut prices", "cut", "analysts say Zenith would cut prices next year", "", false},
		{"Acme will cut prices", "cut", "Acme would cut prices next year", "", true},
		{"The Conservatives will cut taxes", "cut", "the Tories would cut taxes", "", true},
		{"The Conservatives will cut taxes", "cut", "Mr Dobbs would be forced to cut taxes", "", false},
		{"Acme Widget Corporation will cut prices", "cut", "AWC would cut prices", "", true},
		// a name of several entities ("Acme Group"), possessive, after a preposition
		{"Acme will cut prices", "cut", "a united Acme Group with a plan and cutting prices", "", true},
		{"Acme will cut prices", "cut", "the board backed Zenith's plan to cut prices", "", false},
		{"Acme will cut prices", "cut", "unhappy with Zenith, Acme will cut prices", "", true},
		{"Acme will launch the Zapper", "launch", "the Zapper, which sold more than the Blaster in its first days on launch", "", true},
		// a place is no agent
		{"Acme will cut prices", "cut", "Britain needs price cuts, Acme said", "", true},
		// a passive's agent after "by"
		{"Acme will launch the Zapper", "launch", "The Zapper was launched by Acme in May", "", true},
		// a pronoun after a name is the subject; the name is an object
		{"Peter Jones will resign", "resign", "he told Mary Smith he would resign", "Peter Jones", true},
		{"Peter Jones will resign", "resign", "he told Mary Smith he would resign", "Mary Smith", false},
		// "we" or a reported "they" is the speaker; in the speaker's own
		// words "he" is someone else
		{"Acme will cut prices", "cut", "we will cut prices", "Zenith", false},
		{"Acme will cut prices", "cut", "they would cut prices", "Zenith", false},
		{"Acme will cut prices", "cut", "we will cut prices", "Acme", true},
		{"Acme will raise prices", "raise", "I know the boss. He will have to raise prices", "Mary Smith", true},
		// a pronoun right after a predicate noun is its subject
		{"Acme will raise prices", "raise", "the only price rise they want is small", "Zenith", false},
		{"Acme will raise prices", "raise", "the only price rise they want is small", "Acme", true},
		// the claim's argument stands between the pronoun and the predicate
		{"Acme will cut prices", "cut", "I think prices will be cut", "Mary Smith", true},
		// a person acts for his party
		{"Michael Dobbs will cut taxes", "cut", "the full scale of his planned Tory tax cuts", "Michael Dobbs", true},
		{"Michael Dobbs will cut taxes", "cut", "Mr Smith would cut taxes", "Michael Dobbs", false},
		// a claim without a named subject: no subject is asked for, but a
		// name right before the change makes it that party's
		{"Harbour fees will rise", "rise", "Acme said harbour fees would rise", "", true},
		{"Fuel prices will rise", "rise", "high fuel prices are a threat to French growth", "", false},
	} {
		c := m.Claim(tc.claim)
		sc := m.ScoreText(c, tc.text, tc.speaker)
		if got := sc.SharesClause(c, predicateOf(t, c, tc.pred)); got != tc.want {
			t.Errorf("%q / %q (speaker %q): SharesClause = %v, want %v", tc.claim, tc.text, tc.speaker, got, tc.want)
		}
	}
}

// "high" is a level, no rise: it names no change ("high fuel prices").
func TestScore_LevelIsNoChange(t *testing.T) {
	m := mustNew(t)
	c := m.Claim("Fuel prices will rise")
	pred := predicateOf(t, c, "rise")
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"high fuel prices hit airlines", false},
		{"fuel prices will be higher next year", true},
		{"fuel prices will rise next year", true},
	} {
		if got := m.ScoreText(c, tc.text).Strengths[pred] > 0; got != tc.want {
			t.Errorf("%q: names the rise = %v, want %v", tc.text, got, tc.want)
		}
	}
}
