package match_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/match"
)

// TestGateSoundBBC checks the gate against ScoreText on the lines of
// real news (the BBC corpus, when present): no line it turns away
// matches the item at the gate's strength. Claims of several kinds: a
// concept for predicate, a word WordNet paraphrases, names of several
// words with initials, a hyphened adjective.
func TestGateSoundBBC(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the BBC corpus")
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "bbc", "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/data/bbc not found: the BBC corpus is needed for this test")
	}
	m := mustNew(t)
	claims := []string{
		"Sony will release a new PlayStation",
		"Labour will raise taxes",
		"Yukos will go bankrupt",
		"Oil prices will rise",
		"The Bank of England will cut interest rates",
		"The firm will sack workers",
		"Rover will close its factory",
		"Michael Howard attacked immigration policy",
		"Brown denied the rift",
		"The European Central Bank will lower rates",
		"Wales will win the Six Nations",
		"The singer faked her illness",
	}
	// one gate a claim's item and strength, as a trace keeps one: its
	// answers for the words it has read are reused
	type gated struct {
		c     *match.Claim
		item  int
		least float64
		gate  *match.Gate
	}
	var gates []gated
	for _, claim := range claims {
		c := m.Claim(claim)
		for i := range c.Items {
			for _, least := range gateLeasts {
				gates = append(gates, gated{c, i, least, c.Gate(least, i)})
			}
		}
	}
	lines, admitted, checked := 0, 0, 0
	for k := 0; k < len(files); k += len(files) / 60 {
		b, err := os.ReadFile(files[k])
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			lines++
			for _, g := range gates {
				checked++
				if g.gate.Admits(line) {
					admitted++
					continue
				}
				if sc := m.ScoreText(g.c, line); len(sc.Strengths) > g.item && sc.Strengths[g.item] >= g.least {
					t.Errorf("claim %q, item %q at %v: gate turns away %q, which matches it at %v",
						g.c.Text, g.c.Items[g.item].Text, g.least, line, sc.Strengths[g.item])
				}
			}
		}
	}
	t.Logf("%d lines; the gates of single items admitted %d of %d", lines, admitted, checked)
	for _, claim := range claims[:3] { // a fresh gate as well
		for _, line := range []string{"Prices rose.", "Sony's PlayStation 3 is due in 2006."} {
			checkGateSound(t, m, claim, line)
		}
	}
}
