package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/stance"
)

func mustNew(tb testing.TB) *stance.Classifier {
	tb.Helper()
	c, err := stance.New("en")
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

const (
	A = claimtrail.Asserts
	D = claimtrail.Denies
	N = claimtrail.Neutral
)

// Fictional claims and headlines, written for these tests.
var cases = []struct {
	name, claim, text string
	want              string
}{
	{"plain report", "The mayor of Lundvik sold the town bridge", "Lundvik mayor sells town bridge to private buyer", A},
	{"a negated judgement defends the act", "The Harbour Party will limit ferry fares", "It is not unreasonable to limit ferry fares", A},
	{"a negated judgement defends the act, another word", "The Harbour Party will limit ferry fares", "It's not wrong to limit ferry fares", A},
	{"a negated truth still denies", "The Harbour Party will limit ferry fares", "It is not true that the Harbour Party will limit ferry fares", D},
	{"denial verb", "The mayor of Lundvik sold the town bridge", "Lundvik mayor denies selling town bridge", D},
	{"denial by outlet subject", "Zorvex will buy Pellham Foods", "Zorvex rejects reports it will buy Pellham Foods", D},
	{"dismissed as baseless", "Zorvex will buy Pellham Foods", "Zorvex dismisses Pellham takeover talk as baseless", D},
	{"refuted", "A comet will hit Mars in May", "Astronomers refuted the idea that a comet will hit Mars", D},
	{"debunked", "A shark swam down Main Street in Corvale", "Viral photo of shark in Corvale street debunked", D},
	{"fake", "A shark swam down Main Street in Corvale", "That Corvale street shark photo is fake", D},
	{"not true", "The singer Mara Quill has died", "Mara Quill death reports are not true, manager says", D},
	{"hoax", "The singer Mara Quill has died", "Mara Quill death hoax spreads online", D},
	{"alive", "The singer Mara Quill has died", "Mara Quill is alive and well", D},
	{"negation", "The ferry company cancelled all winter crossings", "Ferry company has not cancelled winter crossings", D},
	{"has not and will not", "Brenford will close its hospital", "Brenford has not and will not close its hospital", D},
	{"no evidence", "The lake was poisoned by the factory", "No evidence that factory poisoned the lake, inspectors find", D},
	{"never", "The minister met the smuggler", "Minister never met the smuggler", D},
	{"contraction", "The minister met the smuggler", "The minister didn't meet the smuggler", D},
	{"curly contraction", "The minister met the smuggler", "The minister didn’t meet the smuggler", D},
	{"question", "The singer Mara Quill has died", "Is Mara Quill dead?", N},
	{"is it true", "The singer Mara Quill has died", "Is it true Mara Quill died", N},
	{"reportedly", "Zorvex will buy Pellham Foods", "Zorvex reportedly in talks to buy Pellham Foods", N},
	{"may", "Zorvex will buy Pellham Foods", "Zorvex may buy Pellham Foods", N},
	{"allegedly", "The coach hit a referee", "Coach allegedly hit referee after final", N},
	{"rumour", "Zorvex will buy Pellham Foods", "Rumour: Zorvex to buy Pellham Foods", N},
	{"claims", "A farmer in Tessa grew a 900 kg pumpkin", "Tessa farmer claims he grew 900 kg pumpkin", N},
	{"confirm or deny", "Zorvex will buy Pellham Foods", "Zorvex refuses to confirm or deny Pellham talks", N},
	{"negated claim, negation", "The ferry did not sink", "The ferry did not sink, coastguard says", A},
	{"not only", "The ferry company cancelled all winter crossings", "Ferry company not only cancelled winter crossings but sold its boats", A},
	{"casts doubt", "A meteor struck the Harlow reservoir", "Geologists cast doubt on Harlow reservoir meteor story", D},
	{"rebuffs", "Zorvex will buy Pellham Foods", "Zorvex rebuffs Pellham takeover report", D},
	{"put to rest", "The mayor of Lundvik sold the town bridge", "Lundvik bridge sale rumour put to rest", D},
	{"nope", "The Batwing plane was stolen", "The Batwing plane was stolen? UPDATE: Nope", D},
	{"inaccurate", "Zorvex will buy Pellham Foods", "Zorvex calls Pellham takeover report inaccurate", D},
	{"no idea", "A Corvale bakery van turned up in Tessa", "Corvale baker has no idea how his van ended up in Tessa", A},
	{"negation in a relative clause", "A nun who had no idea she was pregnant gave birth", "Nun who had no idea she was pregnant gives birth", A},
	{"claim negated only in a relative clause", "The council held a budget meeting that did not include any residents",
		"No, the council did not hold a budget meeting", D},
	{"negation ends at so", "The mayor adopted a dog", "In the end the Lundvik mayor did not wait so he adopted a dog", A},
	{"says", "The Tessa pumpkin weighs 900 kg", "Tessa pumpkin weighs 900 kg, farmer says", N},
	{"attributed at the end", "Zorvex will buy Pellham Foods", "Zorvex to buy Pellham Foods: analyst", N},
	{"stance word the claim contains", "A Tessa farmer claims he grew a 900 kg pumpkin", "Tessa farmer claims he grew 900 kg pumpkin", A},
	{"denial the claim contains", "The minister denied meeting the smuggler", "Minister denies meeting smuggler", A},
	{"another denial word for a denial claim", "The minister denied the report", "Minister dismisses resignation claim report", A},
	{"suspect", "The Harlow chef poisoned the mayor", "Harlow chef named suspect in mayor poisoning", N},
	{"is this", "A lynx was seen in Corvale park", "Is this a lynx in Corvale park? Walkers share photo", N},
	{"fell for", "A lynx was seen in Corvale park", "Newspapers fell for Corvale park lynx photo", D},
	{"the claim is a report", "A Tessa farmer says he grew a 900 kg pumpkin", "Tessa farmer claims he grew 900 kg pumpkin", A},
	{"negation in a subordinate clause", "The mayor adopted a dog to keep burglars away",
		"Lundvik's mayor just adopted a big dog so burglars won't keep away", A},
	{"may or may not", "Zorvex will buy Pellham Foods", "Zorvex may or may not buy Pellham Foods", N},
	{"not sure", "A Corvale bakery van turned up in Tessa", "Corvale baker isn't sure his van turned up in Tessa", N},
	{"negation in a relative clause set off by commas", "The Lundvik mayor sold the town bridge",
		"The mayor, who has not been named, sold the Lundvik town bridge", A},
	{"negation in another sentence", "Tessa bus fares will rise", "I still think Tessa bus fares are going up. We are not out of the woods.", A},
	{"prediction of the opposite", "Tessa bus fares will rise", "The council believes Tessa bus fares will fall to one crown", D},
	{"directional pair", "Zorvex will increase its dividend", "Zorvex to cut dividend", D},
	{"antonym", "The singer Mara Quill is dead", "The singer Mara Quill is alive, her manager says", D},
	{"opposite and claim word", "Tessa bus fares will rise", "Tessa bus fares rise as fuel prices fall", A},
	{"opposite and a word of the claim's direction", "Tessa bus fares will rise", "Tessa will see higher bus fares and a drop in riders", A},
	{"a past change for a predicted one", "Tessa bus fares will rise", "Ridership is held back by recent bus fare rises in Tessa", N},
	{"negated opposite", "Tessa bus fares will rise", "Tessa bus fares will not fall", N},
	{"negated claim, opposite", "Tessa bus fares will not rise", "Tessa bus fares will fall", A},
	{"negative head with a negated relative clause", "The Tessa ferry will sail in May",
		"There is almost nobody in Tessa who doesn't expect the ferry to sail in May", A},
	{"empty", "The ferry sank", "", N},
	{"multibyte", "Zoë Ærø won the Ørsted prize", "Zoë Ærø wins Ørsted prize", A},
}

func TestClassifier_Rules(t *testing.T) {
	c := mustNew(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, p := c.Rules(tt.claim, tt.text)
			if got != tt.want || p < 0 || p > 1 {
				t.Errorf("Rules(%q, %q) = %s, %.2f; want %s", tt.claim, tt.text, got, p, tt.want)
			}
		})
	}
}

func TestClassifier_Of(t *testing.T) {
	c := mustNew(t)
	if c.Model() == nil {
		t.Fatal("no embedded English model")
	}
	wrong := 0
	for _, tt := range cases {
		got, p := c.Of(tt.claim, tt.text)
		if p < 0 || p > 1 {
			t.Errorf("Of(%q, %q) confidence %v outside [0,1]", tt.claim, tt.text, p)
		}
		if got != tt.want {
			wrong++
			t.Logf("Of(%q, %q) = %s, %.2f; want %s", tt.claim, tt.text, got, p, tt.want)
		}
	}
	// the learned model weighs the rules against words learned from
	// Emergent, so a few of these hand cases may go the other way
	if wrong > len(cases)/6 {
		t.Errorf("Of got %d of %d cases wrong", wrong, len(cases))
	}
}

func TestClassifier_OfStatement(t *testing.T) {
	c := mustNew(t)
	claim := "Zorvex will buy Pellham Foods"
	tests := []struct {
		name string
		st   claimtrail.Statement
		want string
	}{
		{"said", claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"},
			Content: claimtrail.Content{Text: "Zorvex will buy Pellham Foods this year"}}, A},
		{"denied", claimtrail.Statement{Cue: claimtrail.Cue{Text: "denied", Lemma: "deny"}, Polarity: claimtrail.Deny,
			Content: claimtrail.Content{Text: "that Zorvex will buy Pellham Foods"}}, D},
		{"dismissed as baseless", claimtrail.Statement{Cue: claimtrail.Cue{Text: "dismissed", Lemma: "dismiss"}, Polarity: claimtrail.Deny,
			Content: claimtrail.Content{Text: "reports that Zorvex will buy Pellham Foods as baseless"}}, D},
		{"rejected", claimtrail.Statement{Cue: claimtrail.Cue{Text: "rejected", Lemma: "reject"},
			Content: claimtrail.Content{Text: "the Pellham takeover story"}}, D},
		{"negated content", claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"}, Polarity: claimtrail.Deny,
			Content: claimtrail.Content{Text: "Zorvex will not buy Pellham Foods"}}, D},
		{"denied a negation", claimtrail.Statement{Cue: claimtrail.Cue{Text: "denied", Lemma: "deny"}, Polarity: claimtrail.Deny,
			Content: claimtrail.Content{Text: "that Zorvex would not buy Pellham Foods"}}, A},
		{"hedged content", claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"}, Hedged: true,
			Content: claimtrail.Content{Text: "Zorvex may buy Pellham Foods"}}, N},
		{"no content", claimtrail.Statement{Cue: claimtrail.Cue{Text: "denied", Lemma: "deny"}, Polarity: claimtrail.Deny}, D},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, p := c.OfStatement(claim, &tt.st)
			if got != tt.want || p < 0 || p > 1 {
				t.Errorf("OfStatement = %s, %.2f; want %s", got, p, tt.want)
			}
		})
	}
	if got, _ := c.OfStatement(claim, nil); got != N {
		t.Errorf("OfStatement(nil) = %s; want neutral", got)
	}
}

func TestClassifier_DenialCue(t *testing.T) {
	c := mustNew(t)
	for lemma, want := range map[string]bool{
		"deny": true, "Reject": true, "rule out": true, "say": false,
		// OfStatement reads these as denials too, but they are no denial verbs
		"denial": false, "doubt": false, "": false,
	} {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Lemma: lemma}}
		if got := c.DenialCue(st); got != want {
			t.Errorf("DenialCue(%q) = %v, want %v", lemma, got, want)
		}
	}
}

func TestNew_Unknown(t *testing.T) {
	if _, err := stance.New("xx"); err == nil {
		t.Error("New(\"xx\") succeeded")
	}
}

func TestTrain_Deterministic(t *testing.T) {
	c := mustNew(t)
	var ex []stance.Example
	for _, tt := range cases {
		ex = append(ex, stance.Example{Features: c.Features(tt.claim, tt.text), Stance: tt.want})
	}
	a, b := stance.Train(ex, stance.TrainOptions{}), stance.Train(ex, stance.TrainOptions{})
	if len(a.W) != len(b.W) {
		t.Fatalf("models differ in size: %d, %d", len(a.W), len(b.W))
	}
	for k, v := range a.W {
		if b.W[k] != v {
			t.Fatalf("weights of %q differ: %v, %v", k, v, b.W[k])
		}
	}
}

func FuzzOf(f *testing.F) {
	for _, tt := range cases {
		f.Add(tt.claim, tt.text)
	}
	f.Add("", "?")
	f.Add("not", "n't n't no no never ?!")
	f.Add("\xff\xfe", "“unterminated «quote")
	c := mustNew(f)
	f.Fuzz(func(t *testing.T, claim, text string) {
		for _, g := range []*stance.Classifier{c, c.WithModel(nil)} {
			s, p := g.Of(claim, text)
			if stance.StanceIndex(s) < 0 || p < 0 || p > 1 || p != p {
				t.Fatalf("Of(%q, %q) = %q, %v", claim, text, s, p)
			}
		}
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Lemma: "deny"}, Content: claimtrail.Content{Text: text}}
		if s, _ := c.OfStatement(claim, st); stance.StanceIndex(s) < 0 {
			t.Fatalf("OfStatement = %q", s)
		}
	})
}

func BenchmarkOf(b *testing.B) {
	c := mustNew(b)
	claim := "The mayor of Lundvik sold the town bridge to a private buyer"
	text := "Lundvik mayor denies reports he sold the town bridge, calls claims 'baseless'"
	c.Of(claim, text) // loads WordNet once (its antonyms), outside the timing
	b.SetBytes(int64(len(claim) + len(text)))
	b.ReportAllocs()
	for b.Loop() {
		c.Of(claim, text)
	}
}

func TestClassifier_NegationReaches(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		claim, text string
		want        bool
	}{
		{"Tessa bus fares will rise", "Tessa bus fares will not rise", true},
		{"Tessa bus fares will rise", "I still think bus fares are going up in Tessa and across the region … We are not out of the woods.", false},
		{"The Lundvik mayor sold the town bridge", "The mayor, who has not been named, sold the Lundvik town bridge", false},
		{"The minister met the smuggler", "The minister never met the smuggler", true},
		{"The Tessa ferry will sail in May", "There is almost nobody in Tessa who doesn't expect the ferry to sail in May", false},
		{"Corvo will buy Tessa Rovers", "I do not think there is anything that Tessa Rovers fans can do about it", false},
		{"Corvo will buy Tessa Rovers", "I do not think Corvo will buy Tessa Rovers", true},
	}
	for _, tt := range tests {
		if got := c.NegationReaches(tt.claim, tt.text); got != tt.want {
			t.Errorf("NegationReaches(%q, %q) = %v, want %v", tt.claim, tt.text, got, tt.want)
		}
	}
}

// TestClassifier_Of_NoDenialGrounds: a negation that reaches none of the
// claim's words, in a text with no denial word, never makes the learned
// model deny.
func TestClassifier_Of_NoDenialGrounds(t *testing.T) {
	c := mustNew(t)
	claim := "Corvo will buy Tessa Rovers"
	for _, text := range []string{
		"I do not think there is anything that Tessa Rovers fans can do about it … They may not want him but they are going to get him.",
	} {
		if got, _ := c.Of(claim, text); got == D {
			t.Errorf("Of(%q, %q) = %s, want no denial", claim, text, got)
		}
	}
	if got, _ := c.Of(claim, "I do not think Corvo will buy Tessa Rovers"); got != D {
		t.Errorf("a negation that reaches the claim: %s, want %s", got, D)
	}
}
