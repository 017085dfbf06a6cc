package match

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestParaphrase checks the strength of one claim item (by its text)
// against a text: WordNet paraphrases below exact matches, title-case
// words read as words, plural-only table words, names of several
// capitalised words and hyphenated names.
func TestParaphrase(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, claim, item, text string
		min, max                float64
	}{
		{"derivation", "The inventor sold the patent", "inventor", "she invented it", 0.7, 0.9},
		{"synonym", "The physician left the hospital", "physician", "the doctor left", 0.7, 0.9},
		{"kind of the claim's word", "A dog bit the postman", "dog", "a puppy bit him", 0.6, 0.8},
		{"exact beats paraphrase", "The surgeon left the hospital", "surgeon", "the surgeon left", 1, 1},
		{"polysemous word not paraphrased", "Blair will call an election", "call", "the term ends", 0, 0},
		{"title case read as words", "Doctor Saved A Bear From Attack", "Bear", "the bear was saved", 1, 1},
		{"plural-only table word", "The news shocked the town", "news", "a new school opened", 0, 0},
		{"name of two capitalised words", "Glazer will take over Manchester United", "United", "fans of Manchester United left", 1, 1},
		{"hyphenated name", "Iran supplies drones to Russia", "Iran", "Iranian-made drones were seen", 1, 1},
		{"takeover is buying", "Acme will buy Widgetco", "buy", "the takeover of Widgetco failed", 1, 1},
		{"bid for is buying", "Acme will buy Widgetco", "buy", "Acme's bid for Widgetco failed", 1, 1},
		{"a product's release is its launch", "Acme will launch the Zapper", "launch", "Acme will release the Zapper", 1, 1},
		{"unveiling is launching", "Acme will launch the Zapper", "launch", "Acme unveiled the Zapper", 1, 1},
		{"going on sale is launching", "Acme will launch the Zapper", "launch", "the Zapper goes on sale in May", 1, 1},
		{"filing for bankruptcy is going bankrupt", "Acme will go bankrupt", "go bankrupt", "Acme filed for bankruptcy", 1, 1},
		{"going bust is going bankrupt", "Acme will go bankrupt", "go bankrupt", "Acme went bust", 1, 1},
		{"scrapping is abolishing", "The Greens will abolish parking fees", "abolish", "the Greens would scrap parking fees", 1, 1},
		{"an ID card is an identity card", "Ruritania will introduce identity cards", "identity cards", "plans to bring in ID cards", 1, 1},
		{"bringing in is introducing", "Ruritania will introduce identity cards", "introduce", "plans to bring in ID cards", 1, 1},
		{"a name is not its common word in lower case", "Widgetco will buy Harvest", "Harvest", "the harvest was late", 0, 0},
		{"the name written as a name", "Widgetco will buy Harvest", "Harvest", "shares in Harvest fell", 1, 1},
		{"the claim's first word may be no name", "Harvest prices will rise", "Harvest", "the harvest was late", 1, 1},
		{"a claim in capitals marks no name", "HARVEST WILL BUY WIDGETCO", "HARVEST", "the harvest was late", 1, 1},
		{"plans are no planes", "Acme will sell planes to Ruritania", "planes", "Acme plans to sell them", 0, 0},
		{"a plane is one of planes", "Acme will sell planes to Ruritania", "planes", "the plane was sold", 1, 1},
		{"a prisoner set free is released", "Ruritania will free the prisoners", "free", "the prisoners were pardoned", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := m.Claim(tt.claim)
			i := -1
			for k, it := range c.Items {
				if it.Text == tt.item {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("claim %q has no item %q: %v", tt.claim, tt.item, c.Terms())
			}
			got := m.ScoreText(c, tt.text).Strengths
			if len(got) <= i || got[i] < tt.min || got[i] > tt.max {
				t.Errorf("%q in %q: strengths %v, want item %d in [%v, %v] (claim %v)", tt.item, tt.text, got, i, tt.min, tt.max, c.Terms())
			}
		})
	}
}

// TestScore_Window checks that a statement's match is read in its best
// two consecutive sentences, while ScoreText reads the whole text.
func TestScore_Window(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	c := m.Claim("Blair will call an election")
	text := "Blair spoke at length. The weather was fine. Nobody came. The election is near."
	st := &claimtrail.Statement{Content: claimtrail.Content{Text: text}}
	whole, window := m.ScoreText(c, text).Value, m.Score(c, st).Value
	if window >= whole {
		t.Errorf("Score (two sentences) = %v, ScoreText (whole) = %v: want the window lower", window, whole)
	}
	st.Content.Text = "Blair spoke at length. The election is near."
	if v := m.Score(c, st).Value; v != whole {
		t.Errorf("Score of two sentences = %v, want the whole text's %v", v, whole)
	}
}
