package match_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/match"
)

func mustNew(tb testing.TB) *match.Matcher {
	tb.Helper()
	m, err := match.New("en")
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// All sentences are invented for these tests.
func TestScoreText(t *testing.T) {
	m := mustNew(t)
	tests := []struct {
		name, claim, text, speaker string
		min, max                   float64
		reversed, reference        bool
	}{
		{"Same words", "Veldovia sold patrol boats to Marisca", "Veldovia sold patrol boats to Marisca", "", 0.99, 1, false, false},
		{"Synonyms and demonyms", "Veldovia sold patrol boats to Marisca", "the Veldovian navy shipped two gunboats to Mariscan ports", "", 0.8, 1, false, false},
		{"Inflection", "Iran supplies drones to Russia", "Iran has been supplying drones to Russia", "", 0.99, 1, false, false},
		{"Aliases", "Iran supplies drones to Russia", "Tehran delivered unmanned aerial vehicles to Moscow", "", 0.99, 1, false, false},
		{"Drone model is a drone", "Iran supplies drones to Russia", "Iran sent Shahed-136 to Russia", "", 0.99, 1, false, false},
		{"Broader concept in part", "Iran supplies drones to Russia", "Iran sent weapons to Russia", "", 0.8, 0.95, false, false},
		{"Narrower concept in full", "Iran supplies weapons to Russia", "Iran sent drones to Russia", "", 0.95, 1, false, false},
		{"Roles reversed", "Iran supplies drones to Russia", "Russia sent drones to Iran", "", 0, 0.35, true, false},
		{"Roles reversed, dative", "Iran supplies drones to Russia", "Russia supplied Iran with drones", "", 0, 0.35, true, false},
		{"Roles reversed, passive", "Iran supplies drones to Russia", "drones supplied by Russia to Iran", "", 0, 0.35, true, false},
		{"Converse predicate keeps roles", "Iran supplies drones to Russia", "Russia is buying drones from Iran", "", 0.9, 1, false, false},
		{"Converse predicate reversed", "Iran supplies drones to Russia", "Iran bought drones from Russia", "", 0, 0.35, true, false},
		{"Dative object", "Iran supplies drones to Russia", "Iran will not supply Russia with drones", "", 0.99, 1, false, false},
		{"Far entity is no agent", "Iran supplies drones to Russia", "after meetings with Russian officials, Iran said it does not supply drones to Russia", "", 0.99, 1, false, false},
		{"Speaker stands in", "Iran supplies drones to Russia", "we have never sent drones to Russia", "Iran", 0.95, 1, false, false},
		{"Other topic", "Iran supplies drones to Russia", "the harbour will reopen in April", "", 0, 0.01, false, false},
		{"One shared name", "Iran supplies drones to Russia", "the talks between Ukraine and Russia stalled", "", 0.2, 0.3, false, false},
		{"Reference content", "Iran supplies drones to Russia", "the claims", "", 0, 0.01, false, true},
		{"Reference words", "Iran supplies drones to Russia", "the same words", "", 0, 0.01, false, true},
		{"Short alias needs capitals", "the US sells arms to Ostria", "they told us about arms for Ostria", "", 0, 0.7, false, false},
		{"Months are no names", "Blair will call an election in May", "Blair called an election", "", 0.99, 1, false, false},
		{"Acronym alias", "the US sells arms to Ostria", "the United States sold weapons to Ostria", "", 0.9, 1, false, false},
		{"Party nickname", "The Conservatives will cut fuel duty", "the Tories would cut fuel duty", "", 0.95, 1, false, false},
		{"Party nickname as adjective", "The Tories will cut fuel duty", "Conservative plans to cut fuel duty", "", 0.95, 1, false, false},
		{"Party short name", "The Liberal Democrats will scrap tuition fees", "the Lib Dems would scrap tuition fees", "", 0.95, 1, false, false},
		{"Lower-case nickname is a common word", "The Conservatives will cut fuel duty", "a conservative estimate of the fuel duty cut", "", 0, 0.8, false, false},
		{"An election is no win", "Veldovian Labour will win the election", "Veldovian Labour began its election campaign", "", 0, 0.8, false, false},
		{"A victory is a win", "Veldovian Labour will win the election", "a Veldovian Labour victory in the election", "", 0.95, 1, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := m.Claim(tt.claim)
			got := m.ScoreText(c, tt.text, tt.speaker)
			if got.Value < tt.min || got.Value > tt.max || got.Reversed != tt.reversed || got.Reference != tt.reference {
				t.Errorf("ScoreText(%q, %q) = %+v, want value in [%v, %v], reversed %v, reference %v (claim %v)",
					tt.claim, tt.text, got, tt.min, tt.max, tt.reversed, tt.reference, c.Terms())
			}
		})
	}
}

func TestClaimGroups(t *testing.T) {
	m := mustNew(t)
	c := m.Claim("Iran supplies drones to Russia")
	g := c.Groups()
	if len(g) != 4 {
		t.Fatalf("groups %v, want 4 (Iran, supply, drone, Russia)", g)
	}
	want := map[int][]string{0: {"Iran", "iranian", "tehran"}, 1: {"provide", "deliver"}, 2: {"uav", "shahed-136"}, 3: {"moscow", "kremlin"}}
	for i, ws := range want {
		for _, w := range ws {
			found := false
			for _, x := range g[i] {
				found = found || x == w
			}
			if !found {
				t.Errorf("group %d %v lacks %q", i, g[i], w)
			}
		}
	}
	for _, w := range g[2] {
		if w == "weapon" {
			t.Errorf("drone group %v holds the broader \"weapon\"", g[2])
		}
	}
	if got := m.Claim("").Groups(); len(got) != 0 {
		t.Errorf("empty claim: groups %v", got)
	}
}

func TestNew_UnknownLanguage(t *testing.T) {
	if _, err := match.New("xx"); err == nil {
		t.Error("New(xx): no error")
	}
}

func TestAnalyze_FirstPerson(t *testing.T) {
	m := mustNew(t)
	for text, want := range map[string]bool{
		"we never sent drones": true, "Our ministry sent nothing": true, "they told us about arms": true,
		"I said no": true, "the US sold arms": false, "Iran sent drones": false,
	} {
		if got := m.Analyze(text).FirstPerson; got != want {
			t.Errorf("Analyze(%q).FirstPerson = %v, want %v", text, got, want)
		}
	}
}

func FuzzScoreText(f *testing.F) {
	m := mustNew(f)
	f.Add("Iran supplies drones to Russia", "Tehran sent U.S.-made UAVs to the Kremlin’s forces")
	f.Add("", "\xff\xfe")
	f.Add("a to b by c from d", "to to to by from")
	f.Fuzz(func(t *testing.T, claim, text string) {
		c := m.Claim(claim)
		s := m.ScoreText(c, text, text)
		if s.Value < 0 || s.Value > 1 {
			t.Fatalf("value %v out of [0,1]", s.Value)
		}
		for _, it := range m.Analyze(text).Items {
			if it.Span.Start < 0 || it.Span.End > len(text) || it.Span.Start > it.Span.End || text[it.Span.Start:it.Span.End] != it.Text {
				t.Fatalf("item %+v: span does not hold its text", it)
			}
		}
	})
}

func BenchmarkScoreText(b *testing.B) {
	m := mustNew(b)
	c := m.Claim("Iran supplies drones to Russia")
	text := "that during numerous meetings with its Russian and Ukrainian counterparts, Iran has repeatedly stressed the need to resolve existing differences through dialogue"
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.ScoreText(c, text, "Nasser Kanaani", "Iran")
	}
}
