package match_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

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
		// a sentence's capitalised first word before its auxiliary is its
		// subject, a name the tables need not know
		{"Acme will cut prices", "cut", "Zenith would cut prices next year", "", false},
		{"Acme will cut prices", "cut", "Rivals would cut prices next year", "", false},
		{"Acme will cut prices", "cut", "Prices would be cut next year", "", true},
		{"Acme will cut prices", "cut", "Next year Acme will cut prices", "", true},
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
		// a person acts for a party a possessive pronoun gives him
		// (TestScore_SharesClauseOwnParty: one his role names)
		{"Michael Dobbs will cut taxes", "cut", "the full scale of his Tory tax cuts", "Michael Dobbs", true},
		{"Michael Dobbs will cut taxes", "cut", "our Tory government would cut taxes", "Michael Dobbs", true},
		{"Michael Dobbs will cut taxes", "cut", "Mr Smith would cut taxes", "Michael Dobbs", false},
		{"Michael Dobbs will cut taxes", "cut", "the Tories would cut taxes", "Michael Dobbs", false},
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

// A person's claim is stated by his own party's act: one his role or
// affiliation names, when he speaks; not by a party he speaks of
// (match.ownParty).
func TestScore_SharesClauseOwnParty(t *testing.T) {
	m := mustNew(t)
	for _, tc := range []struct {
		claim, pred, text, name, role, affiliation string
		want                                       bool
	}{
		{"Michael Dobbs will cut taxes", "cut", "the full scale of his planned Tory tax cuts", "Michael Dobbs", "Tory leader", "", true},
		{"Michael Dobbs will cut taxes", "cut", "the Conservatives would cut taxes", "Michael Dobbs", "Tory leader", "", true},
		{"Michael Dobbs will cut taxes", "cut", "the Conservatives would cut taxes", "Michael Dobbs", "", "Conservative", true},
		// another party, or his party said by someone else
		{"Michael Dobbs will cut taxes", "cut", "Labour would cut taxes in its first Budget", "Michael Dobbs", "Tory leader", "", false},
		{"Michael Dobbs will cut taxes", "cut", "Labour would cut taxes in its first Budget", "Michael Dobbs", "", "", false},
		{"Michael Dobbs will cut taxes", "cut", "the Tories would cut taxes", "Peter Jones", "Tory chairman", "", false},
		{"Michael Dobbs will cut taxes", "cut", "the Tories would cut taxes", "Peter Jones", "", "", false},
		// a person's affiliation is not a body speaking: his "we" is his own
		{"Michael Dobbs will cut taxes", "cut", "we would cut taxes", "Peter Jones", "", "Labour", false},
		{"Michael Dobbs will cut taxes", "cut", "we would cut taxes", "Michael Dobbs", "", "Conservative", true},
	} {
		c := m.Claim(tc.claim)
		st := &claimtrail.Statement{Speaker: claimtrail.Speaker{Name: tc.name, Role: tc.role, Affiliation: tc.affiliation}, Content: claimtrail.Content{Text: tc.text}}
		sc := m.Score(c, st)
		if got := sc.SharesClause(c, predicateOf(t, c, tc.pred)); got != tc.want {
			t.Errorf("%q / %q (%s, %s, %s): SharesClause = %v, want %v", tc.claim, tc.text, tc.name, tc.role, tc.affiliation, got, tc.want)
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
