package stance_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/stance"
)

func TestMarksOf(t *testing.T) {
	c := mustNew(t)
	const claim = "Zorvex will buy the harbour company"
	tests := []struct {
		text string
		want func(stance.Marks) bool
		cue  string // a cue MarksOf must list, "" for none
	}{
		{"Zorvex reportedly will buy the harbour company.", func(m stance.Marks) bool { return m.Hedge }, "hedge:reportedly"},
		{"The takeover story is a hoax.", func(m stance.Marks) bool { return m.False && !m.Hedge }, "false:hoax"},
		{"Zorvex denied it would buy the company.", func(m stance.Marks) bool { return m.Deny }, ""},
		{"Will Zorvex buy the harbour company?", func(m stance.Marks) bool { return m.Question }, ""},
		{"Zorvex will buy the harbour company, according to the paper.", func(m stance.Marks) bool { return m.Report && !m.Hedge }, "report:according to"},
		{"Zorvex will not buy the harbour company.", func(m stance.Marks) bool { return m.NegClaim }, ""},
		{"Zorvex will buy the harbour company.", func(m stance.Marks) bool {
			return !m.Hedge && !m.Deny && !m.False && !m.Report && !m.Question && !m.NegClaim && len(m.Cues) == 0
		}, ""},
	}
	for _, tt := range tests {
		m := c.MarksOf(claim, tt.text)
		if !tt.want(m) {
			t.Errorf("MarksOf(%q) = %+v", tt.text, m)
		}
		if tt.cue != "" && !slices.Contains(m.Cues, tt.cue) {
			t.Errorf("MarksOf(%q) cues %q, want %q among them", tt.text, m.Cues, tt.cue)
		}
	}
	// a cue word the claim holds is its content: "X denies Y" states the claim "X denies Y"
	if m := c.MarksOf("Zorvex denies the deal", "Zorvex denies the deal."); m.Deny {
		t.Errorf("the claim's own denial word read as a cue: %+v", m)
	}
}

// TestBodyFeatures: the article model sees closed-class features only,
// never a body's own words.
func TestBodyFeatures(t *testing.T) {
	c := mustNew(t)
	b := stance.Body{Sentences: []stance.Sentence{
		{Text: "Zorvex reportedly will buy the harbour company.", Match: 1, States: true, Key: true},
		{Text: "Ferries of the bay run every half hour.", Match: 0},
	}}
	for _, f := range c.BodyFeatures("Zorvex will buy the harbour company", b) {
		for _, w := range []string{"zorvex", "harbour", "ferries", "bay"} {
			if strings.Contains(strings.ToLower(f), w) {
				t.Errorf("feature %q holds the body's word %q", f, w)
			}
		}
	}
}

func TestOfBody(t *testing.T) {
	c := mustNew(t)
	if c.ArticleModel() == nil {
		t.Fatal("no embedded article model for en")
	}
	const claim = "Zorvex will buy the harbour company"
	tests := []struct {
		name string
		body stance.Body
		want string
	}{
		{"never states the claim: at most it discusses", stance.Body{Sentences: []stance.Sentence{
			{Text: "The harbour company will add two boats.", Match: 0.2},
			{Text: "Ferries of the bay run every half hour.", Match: 0},
		}}, claimtrail.Neutral},
		{"every source on the claim denies it", stance.Body{
			Sentences: []stance.Sentence{{Text: "Zorvex denied on Tuesday that it would buy the harbour company.", Match: 0.7, Key: true}},
			Statements: []stance.Voice{{Stance: claimtrail.Denies, Confidence: 0.8, Match: 0.7},
				{Stance: claimtrail.Denies, Confidence: 0.8, Match: 0.6}},
		}, claimtrail.Denies},
		{"a source asserts and none denies: no denial by rule", stance.Body{
			Sentences:  []stance.Sentence{{Text: "Zorvex will buy the harbour company, the firms said.", Match: 1, States: true, Key: true}},
			Statements: []stance.Voice{{Stance: claimtrail.Asserts, Confidence: 0.8, Match: 1}},
		}, ""},
	}
	for _, tt := range tests {
		got, p := c.OfBody(claim, tt.body)
		if tt.want != "" && got != tt.want || tt.want == "" && got == claimtrail.Denies || p < 0 || p > 1 {
			t.Errorf("%s: OfBody = %s %.2f, want %s", tt.name, got, p, tt.want)
		}
	}
	// without the article model: OfArticle over the statements and the
	// matching sentences read as narration
	rules := c.WithArticleModel(nil)
	got, _ := rules.OfBody(claim, stance.Body{Sentences: []stance.Sentence{{Text: "Zorvex will buy the harbour company.", Match: 1, States: true, Key: true}}})
	if got != claimtrail.Asserts {
		t.Errorf("rules: a body stating the claim plainly = %s, want asserts", got)
	}
}
