package match_test

import (
	"math"
	"testing"

	"github.com/claimtrail/claimtrail/match"
)

// gateLeasts are the strengths the gate tests are read at: the deep
// narration's predicate (0.8) and any match at all.
var gateLeasts = []float64{0.8, math.SmallestNonzeroFloat64}

// checkGateSound fails when a gate for one of the claim's items turns
// away a text that matches that item at the gate's strength.
func checkGateSound(t *testing.T, m *match.Matcher, claim, text string) {
	t.Helper()
	c := m.Claim(claim)
	sc := m.ScoreText(c, text)
	for i := range c.Items {
		for _, least := range gateLeasts {
			if g := c.Gate(least, i); !g.Admits(text) && len(sc.Strengths) > i && sc.Strengths[i] >= least {
				t.Errorf("claim %q, item %q at %v: gate turns away %q, which matches it at %v",
					claim, c.Items[i].Text, least, text, sc.Strengths[i])
			}
		}
	}
}

func TestGate(t *testing.T) {
	m := mustNew(t)
	tests := []struct {
		claim, item string
		least       float64
		text        string
		want        bool
	}{
		// the predicate: itself, inflected, its opposite; not another verb
		{"Interest rates will rise", "rise", 0.8, "Rates rose sharply last month.", true},
		{"Interest rates will rise", "rise", 0.8, "The rate rises came too late.", true},
		{"Interest rates will rise", "rise", 0.8, "Analysts said rates would fall in the spring.", true},
		{"Interest rates will rise", "rise", 0.8, "The governor spoke to bankers in London on Tuesday.", false},
		{"Interest rates will rise", "rise", 0.8, "", false},
		// a name: an alias, the adjective glued to a word, initials
		{"Iran supplies drones to Russia", "Iran", math.SmallestNonzeroFloat64, "Iranian-made drones were seen.", true},
		{"Iran supplies drones to Russia", "Russia", math.SmallestNonzeroFloat64, "Moscow denied it.", true},
		{"Iran supplies drones to Russia", "Russia", math.SmallestNonzeroFloat64, "Tehran denied it.", false},
		{"PlayStation Portable will go on sale in Europe", "PlayStation", math.SmallestNonzeroFloat64, "The PSP sold out within hours.", true},
		// a claim's word that opens a sentence in the text
		{"Yukos will go bankrupt", "Yukos", math.SmallestNonzeroFloat64, "Yukos's shares fell.", true},
		{"Yukos will go bankrupt", "Yukos", math.SmallestNonzeroFloat64, "Its shares fell.", false},
	}
	for _, tt := range tests {
		c := m.Claim(tt.claim)
		item := itemIndex(t, c, tt.claim, tt.item)
		if got := c.Gate(tt.least, item).Admits(tt.text); got != tt.want {
			t.Errorf("claim %q, item %q: Admits(%q) = %v, want %v", tt.claim, tt.item, tt.text, got, tt.want)
		}
		checkGateSound(t, m, tt.claim, tt.text)
	}
}

func TestGateNil(t *testing.T) {
	m := mustNew(t)
	c := m.Claim("Interest rates will rise")
	if g := c.Gate(0, 0); g != nil {
		t.Errorf("Gate(0) = %v, want nil: no strength to test", g)
	}
	if g := c.Gate(0.8); g != nil {
		t.Errorf("Gate of no items = %v, want nil", g)
	}
	var g *match.Gate
	if !g.Admits("anything") {
		t.Error("a nil gate turns a text away")
	}
}

// FuzzGate checks the gate against ScoreText: a text it turns away
// never matches the item at the gate's strength.
func FuzzGate(f *testing.F) {
	m := mustNew(f)
	for _, s := range [][2]string{
		{"Interest rates will rise", "Rates rose, then fell; a rate-rise looms."},
		{"Iran supplies drones to Russia", "Tehran sent U.S.-made UAVs to the Kremlin’s forces"},
		{"PlayStation Portable will go on sale", "Sony's PSP hit the shelves."},
		{"The firm will sack workers", "The company fired staff and dismissed employees."},
		{"Kenteris faked a motorcycle crash", "The sprinter staged an accident on his motorbike."},
		{"Labour will raise taxes", "Tax rises under a labour-intensive plan; LABOUR's levies."},
		{"", "\xff\xfe"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, claim, text string) {
		checkGateSound(t, m, claim, text)
	})
}

func BenchmarkGate(b *testing.B) {
	m := mustNew(b)
	c := m.Claim("Interest rates will rise")
	text := "The governor told bankers in London on Tuesday that the economy had grown faster than expected in the last quarter of the year."
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			c.Gate(0.8, 2)
		}
	})
	g := c.Gate(0.8, 2)
	b.Run("admits", func(b *testing.B) {
		for b.Loop() {
			g.Admits(text)
		}
	})
	b.Run("score", func(b *testing.B) {
		for b.Loop() {
			m.ScoreText(c, text)
		}
	})
}

// itemIndex returns the index of the item of claim c (read from text
// claim) whose text is item, failing the test when it has none.
func itemIndex(t *testing.T, c *match.Claim, claim, item string) int {
	t.Helper()
	at := -1
	for i, it := range c.Items {
		if it.Text == item {
			at = i // the last, as the tests read it
		}
	}
	if at < 0 {
		t.Fatalf("claim %q has no item %q (items %v)", claim, item, c.Terms())
	}
	return at
}
