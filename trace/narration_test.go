package trace

import (
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// TestStated: a title states a claim when it holds the claim's key name
// and its predicate; a match report that names the club does not state
// that Glazer will take it over.
func TestStated(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	c := m.Claim("Glazer will take over Manchester United")
	key := slices.IndexFunc(c.Items, func(it match.Item) bool { return it.Text == "Glazer" })
	pred := predicate(c)
	if key < 0 || pred < 0 || pred == key || c.Name(pred) {
		t.Fatalf("key %d, predicate %d of %+v", key, pred, c.Items)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"Glazer will take over Manchester United", true},
		{"Man Utd stroll to Cup win", false},
		{"Man City 0-2 Man Utd", false},
		{"Ferguson fears Milan cutting edge", false},
		{"Glazer makes new Man Utd approach", false}, // no predicate
	}
	for _, tt := range tests {
		if got := stated(c, key, pred, m.ScoreText(c, tt.text)); got != tt.want {
			t.Errorf("stated(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// without a key name or predicate, half the claim must match
	if stated(c, -1, -1, match.Score{Value: 0.4}) || !stated(c, -1, -1, match.Score{Value: 0.5}) {
		t.Error("a claim with no key name and no predicate needs half of it")
	}
}

// TestPredicate: a claim's predicate follows its auxiliary ("rates will
// rise": rise, not rates); without one, it is the first concept after
// the first entity.
func TestPredicate(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ claim, want string }{
		{"UK interest rates will rise", "rise"},
		{"Glazer will take over Manchester United", "take"},
		{"Iran supplies drones to Russia", "supplies"},
		{"Blair denied the report", "denied"},
	}
	for _, tt := range tests {
		c := m.Claim(tt.claim)
		p := predicate(c)
		if p < 0 || c.Items[p].Text != tt.want {
			t.Errorf("predicate(%q) = %d (%v), want %q", tt.claim, p, c.Terms(), tt.want)
		}
	}
}

// TestHoldsConcepts: a statement about the claim holds each of its
// concepts at least in part; the opposite direction counts.
func TestHoldsConcepts(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	c := m.Claim("UK interest rates will rise")
	tests := []struct {
		text string
		want bool
	}{
		{"interest rates are going up in the UK", true},
		{"the Bank should be ready to cut rates", true},
		{"Britain suffered 15% interest rates", false},
	}
	for _, tt := range tests {
		if got := holdsConcepts(c, m.ScoreText(c, tt.text).Strengths); got != tt.want {
			t.Errorf("holdsConcepts(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLeadBest: of the title and lead sentences that state the claim,
// the narration row quotes the one holding most of it, not the first;
// among equals the title, then the earlier sentence.
func TestLeadBest(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tr := &Tracer{matcher: m}
	c := m.Claim("Zantor will launch the Q9 phone in Europe")
	key := slices.IndexFunc(c.Items, func(it match.Item) bool { return it.Text == "Zantor" })
	pred := predicate(c)
	tests := []struct {
		name, title, text, want string
	}{
		{"later sentence holds the place", "Zantor phone sales slow",
			"Zantor is launching a new phone this year. Shops expect the Q9 phone from Zantor to launch in Europe in May.",
			"Shops expect the Q9 phone from Zantor to launch in Europe in May."},
		{"title states it all", "Zantor to launch Q9 phone in Europe",
			"Zantor will launch the Q9 phone in Europe in May. It costs more.",
			"Zantor to launch Q9 phone in Europe"},
		{"first of equals", "Zantor results",
			"Zantor will launch the Q9 in Europe. Zantor will launch the Q9 in Europe, analysts said.",
			"Zantor will launch the Q9 in Europe."},
		{"none states it", "Zantor results", "Zantor made a profit. The Q9 sold well.", ""},
		{"a prediction: the sentence that tells of it to come", "Zantor results",
			"Zantor launched the Q9 phone in Europe last year. Zantor will launch the Q9 phone in Europe again, analysts said.",
			"Zantor will launch the Q9 phone in Europe again, analysts said."},
		{"a prediction: the past launch when nothing else states it", "Zantor results",
			"Zantor launched the Q9 phone in Europe last year. It costs more.",
			"Zantor launched the Q9 phone in Europe last year."},
		{"the predicate's clause is about another", "Zantor results",
			"Zantor, maker of the Q9 phone sold in Europe, rose since Rivo will launch a rival. Zantor will launch the Q9 in Europe.",
			"Zantor will launch the Q9 in Europe."},
	}
	for _, tt := range tests {
		a := claimtrail.Article{Document: claimtrail.Document{Title: tt.title, Text: tt.text}}
		got, _, ok := tr.lead(c, key, pred, tr.predicateVerb(c, pred), &a)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: lead = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

// TestBestDeep: past the lead, the narration row quotes the sentence
// that holds most of the claim, then the largest share, and never one a
// stored statement holds.
func TestBestDeep(t *testing.T) {
	two := match.Score{Matched: []string{"Zantor", "launch"}}
	three := match.Score{Matched: []string{"Zantor", "launch", "Europe"}}
	a := deepSentence{text: "a", start: 0, end: 10, score: two, share: 0.9}
	b := deepSentence{text: "b", start: 20, end: 30, score: three, share: 0.7}
	c := deepSentence{text: "c", start: 40, end: 50, score: three, share: 0.8}
	held := []claimtrail.Span{{Start: 40, End: 50}}
	tests := []struct {
		name  string
		cands []deepSentence
		spans []claimtrail.Span
		want  string
	}{
		{"most items", []deepSentence{a, b}, nil, "b"},
		{"larger share", []deepSentence{a, b, c}, nil, "c"},
		{"first of equals", []deepSentence{b, b}, nil, "b"},
		{"held by a statement", []deepSentence{a, b, c}, held, "b"},
		{"none", nil, nil, ""},
	}
	for _, tt := range tests {
		got, ok := bestDeep(tt.cands, tt.spans)
		if got.text != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: bestDeep = %q, %v; want %q", tt.name, got.text, ok, tt.want)
		}
	}
}

// TestDeepStates: past the lead, a sentence states a predicting claim
// when it tells its predicate, or the opposite, as to come; a past
// change is background.
func TestDeepStates(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tr := &Tracer{matcher: m}
	c := m.Claim("Zantor will cut prices")
	pred := predicate(c)
	tests := []struct {
		text string
		want bool
	}{
		{"Analysts expect that Zantor will cut prices in May", true},
		{"Analysts expect that Zantor will raise prices in May", true},
		{"Zantor raised prices in May", false},
	}
	for _, tt := range tests {
		if got := tr.deepStates(c, pred, tt.text, m.ScoreText(c, tt.text)); got != tt.want {
			t.Errorf("deepStates(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLeadForetellsChange: for a claim that predicts a change of
// direction, the outlet's lead states it only where it foretells the
// change; the day's move, told in the present, is its background. A
// claim of an event keeps a lead that tells of it as come
// (TestLeadBest).
func TestLeadForetellsChange(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tr := &Tracer{matcher: m, opt: Options{Lang: "en"}}
	c := m.Claim("Zantor fares will rise")
	key := slices.IndexFunc(c.Items, func(it match.Item) bool { return it.Text == "Zantor" })
	pred := predicate(c)
	if key < 0 || pred < 0 || !tr.predictsChange(c, pred) {
		t.Fatalf("key %d, predicate %d of %v: want a predicted change", key, pred, c.Terms())
	}
	tests := []struct {
		name, title, text, want string
	}{
		{"the day's move in the title", "Zantor fares surge to a new high", "Travellers queued at the desks.", ""},
		{"the day's move in the lead", "Travel news", "Zantor fares climb as demand for seats grows. Travellers queued at the desks.", ""},
		{"a forecast in the lead", "Travel news",
			"Zantor fares climb as demand for seats grows. Analysts expect Zantor fares to rise again next year.",
			"Analysts expect Zantor fares to rise again next year."},
		{"a forecast in the title", "Zantor fares expected to rise", "Travellers queued at the desks.", "Zantor fares expected to rise"},
	}
	for _, tt := range tests {
		a := claimtrail.Article{Document: claimtrail.Document{Title: tt.title, Text: tt.text}}
		got, _, ok := tr.lead(c, key, pred, tr.predicateVerb(c, pred), &a)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: lead = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
	// a win, once come, is what the claim predicted: no level's change
	w := m.Claim("Zantor will win the Orca Cup")
	wkey := slices.IndexFunc(w.Items, func(it match.Item) bool { return it.Text == "Zantor" })
	wpred := predicate(w)
	if tr.predictsChange(w, wpred) {
		t.Errorf("a win (%v) read as a change of a level", w.Terms())
	}
	a := claimtrail.Article{Document: claimtrail.Document{Title: "Zantor win the Orca Cup", Text: "Fans filled the square."}}
	if got, _, ok := tr.lead(w, wkey, wpred, tr.predicateVerb(w, wpred), &a); !ok || got != a.Title {
		t.Errorf("win: lead = %q, %v; want the title", got, ok)
	}
}
