package match_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/match"
)

// predicateOf returns the index of the claim's item written pred.
func predicateOf(t *testing.T, c *match.Claim, pred string) int {
	t.Helper()
	for i, it := range c.Items {
		if it.Text == pred {
			return i
		}
	}
	t.Fatalf("claim has no item %q", pred)
	return -1
}

func TestScore_SharesClause(t *testing.T) {
	m := mustNew(t)
	for _, tc := range []struct {
		claim, pred, text, speaker string
		want                       bool
	}{
		{"Smith will call an election", "election", "Smith will call an election in the spring", "", true},
		{"Smith will call an election", "election", "Smith said that he would call an election", "", true},
		{"Smith will call an election", "election", "Voters are restless since the French election is imminent", "", false},
		{"Smith will call an election", "election", "Smith met voters in Leeds since the French election is imminent", "", false},
		{"Smith will call an election", "election", "Smith met voters; the Dutch election is close", "", false},
		// the speaker is the subject a clause leaves out, unless it names another
		{"Smith will call an election", "election", "to call an early election", "John Smith", true},
		{"Smith will call an election", "election", "we will go to the country in an election", "John Smith", true},
		{"Smith will call an election", "election", "since the French election is imminent", "John Smith", false},
		{"Smith will call an election", "election", "to call an early election", "Mary Jones", false},
		// a bracketed aside parts no clause: it goes on after the bracket
		{"Acme will launch a new Zapper", "launch", "Acme's Zapper Mini (ZM) will go on sale in Japan in May", "", true},
		{"Acme will launch a new Zapper", "launch", "Acme's Zapper sold well (the Zapper Mini went on sale in May)", "", true},
		{"Smith will call an election", "election", "Smith met voters (the Dutch election is close)", "", false},
		// a relative pronoun between dashes stands for the name before it
		{"Jones will resign", "resign", "Peter Jones - who resigned on Friday - spoke in Leeds", "", true},
		{"Jones will resign", "resign", "The mayor met Peter Jones while the treasurer resigned", "", false},
		// a name written by its initials
		{"Acme Widget Corporation will buy Zenith", "buy", "Analysts expect that AWC will launch a takeover", "", true},
		{"Acme Widget Corporation will buy Zenith", "buy", "Analysts expect that a rival will launch a takeover", "", false},
		// the clause must name a head of the claim's phrases, not a modifier
		{"Coffee prices will rise", "rise", "Coffee prices rose sharply in Leeds", "", true},
		{"Coffee prices will rise", "rise", "Coffee sales rose sharply in Leeds", "", false},
		{"Smith will win more seats", "win", "the party hopes to win back its seats at the election", "", true},
		// an election is no win: the clause names no winning
		{"Smith will win more seats", "win", "the party hopes for seats at the election", "", false},
		// a pronoun stands for the claim's argument
		{"Acme will close its Leeds factory", "close", "the firm said it will close the site", "", true},
		{"Acme will close its Leeds factory", "close", "the firm said the council will close the road", "", false},
		// the predicate must head its own phrase, the claim's arguments its
		{"Harbour fees will rise", "rise", "the yearly rate of house-price rise slowed, as harbour fees held", "", false},
		{"Harbour fees will rise", "rise", "the rate of rise in harbour fees slowed", "", true},
		{"Harbour fees will rise", "rise", "harbour fees are set for a further rise", "", true},
		{"Harbour fees will rise", "rise", "harbour fees face a rise in May", "", true},
		{"Harbour fees will rise", "rise", "the fees of the harbour will rise", "", true},
		{"Harbour fees will rise", "rise", "harbour fees stayed flat while the rate of rise slowed", "", false},
		{"Smith will call an election", "election", "No election radio debate, says Smith", "", false},
		{"Smith will call an election", "election", "Smith ruled out an election radio debate", "", false},
		{"Smith will call an election", "election", "Smith will call an election radio debate soon", "", false},
		{"Smith will call an election", "election", "Smith said the election looms", "", true},
		{"Smith will call an election", "election", "Smith will call an election in May", "", true},
		{"Acme will buy Zenith", "buy", "Acme launched a takeover bid for Zenith", "", true},
		{"Jack Smith will visit Norway", "visit", "Jack Smith will visit Sweden for the anniversary", "", false},
		{"Jack Smith will visit Norway", "visit", "Jack Smith will visit Norway for the anniversary", "", true},
		{"Jack Smith will visit Norway", "visit", "Jack Smith will visit the capital of Norway", "", true},
		{"Acme will launch the Zapper in Europe", "launch", "Acme is launching an adapter for its Zapper", "", false},
		{"Acme will launch the Zapper in Europe", "launch", "Acme will launch its new handheld console, the Zapper, in Europe", "", true},
		{"Acme will launch the Zapper in Europe", "launch", "the Zapper will launch in Europe on 11 March, Acme said", "", true},
		{"Acme will release a new version of Zapware", "release", "Acme launched a pilot scheme to swap fake copies of Zapware", "", false},
		{"Acme will release a new version of Zapware", "release", "Acme will release the next version of Zapware in May", "", true},
		{"Acme will release a new version of Zapware", "release", "Acme will release a version of Zapware for phones", "", true},
		{"Smith will raise taxes", "raise", "Smith will raise the top rate of income tax", "", true},
		{"Smith will raise taxes", "raise", "Smith will raise the pay of nurses, not taxes", "", false},
		{"Acme will close its Leeds factory", "close", "Acme will close the canteen at its Leeds factory", "", false},
		{"Acme will buy Zenith", "buy", "Zenith rejected a takeover offer from its rival Acme", "", true},
		{"Smith denied the report", "denied", "Smith is in a state of denial", "", false},
		{"Harbour fees will rise", "rise", "harbour fees drove a 26% rise in annual profits", "", false},
		{"Harbour fees will rise", "rise", "a rise in harbour fees is likely", "", true},
		{"Harbour fees will rise", "rise", "harbour fees face a rise in May", "", true},
		{"Harbour fees will rise", "rise", "high harbour fees raise the risk of a recession", "", false},
		{"Harbour fees will rise", "rise", "the port will raise harbour fees", "", true},
		{"Smith denied the report", "denied", "Smith issued a denial of the report", "", true},
	} {
		c := m.Claim(tc.claim)
		sc := m.ScoreText(c, tc.text, tc.speaker)
		if got := sc.SharesClause(c, predicateOf(t, c, tc.pred)); got != tc.want {
			t.Errorf("%q / %q (speaker %q): SharesClause = %v, want %v", tc.claim, tc.text, tc.speaker, got, tc.want)
		}
	}
}

func TestScore_SharesClauseNoText(t *testing.T) {
	m := mustNew(t)
	c := m.Claim("Smith will call an election")
	if !(match.Score{}).SharesClause(c, 0) {
		t.Error("a score of no text: SharesClause = false, want true (nothing to test)")
	}
}

// TestScore_NamedBefore: the clause holding the claim's predicate names
// its subject by a third-person pronoun (or a description of a company
// opening the clause) before the predicate, with
// another argument, and no other name before it.
func TestScore_NamedBefore(t *testing.T) {
	m := mustNew(t)
	for _, tc := range []struct {
		claim, subj, text string
		want              bool
	}{
		{"Ada Quill will scrap road tolls", "Quill", "If elected, she would scrap road tolls", true},
		{"Ada Quill will scrap road tolls", "Quill", "her party would scrap road tolls next year", true},
		{"Ada Quill will scrap road tolls", "Quill", "she would scrap them", false},                    // no other argument
		{"Ada Quill will scrap road tolls", "Quill", "Mr Smith said he would scrap road tolls", false}, // another name first
		{"Ada Quill will scrap road tolls", "Quill", "road tolls will be scrapped", false},             // no pronoun
		{"Ada Quill will scrap road tolls", "Quill", "she spoke; the council will scrap road tolls", false},
		// a description of a company opening the clause (subject-descriptions)
		{"Zorvos will scrap road tolls", "Zorvos", "The firm would scrap road tolls next year", true},
		{"Zorvos will scrap road tolls", "Zorvos", "The embattled Dutch toll giant had previously scrapped road tolls", true},
		{"Zorvos will scrap road tolls", "Zorvos", "The firm said Mr Smith would scrap road tolls", false},
		{"Zorvos will scrap road tolls", "Zorvos", "The firm's new owner would scrap road tolls", false},
		{"Zorvos will scrap road tolls", "Zorvos", "The council will scrap road tolls", false},
		{"Zorvos will scrap road tolls", "Zorvos", "The firm would scrap them", false},
		{"Zorvos will scrap road tolls", "Zorvos", "The firm, whose chief lives in Delft, would scrap road tolls", true},
		{"Zorvos will scrap road tolls", "Zorvos", "The firm, whose chief lives in Delft, said Mr Smith would scrap road tolls", false},
	} {
		c := m.Claim(tc.claim)
		pred, subj := predicateOf(t, c, "scrap"), -1
		for i, it := range c.Items {
			if it.Text == tc.subj {
				subj = i
			}
		}
		if got := m.ScoreText(c, tc.text).NamedBefore(c, pred, subj); got != tc.want {
			t.Errorf("%q / %q: NamedBefore = %v, want %v", tc.claim, tc.text, got, tc.want)
		}
	}
}
