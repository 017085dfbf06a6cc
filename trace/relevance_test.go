package trace

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// weights returns store weights for a claim's items: the named item, its
// key name, weighs as much as three others (a rare name).
func weights(t *testing.T, c *match.Claim, key string) *claimWeights {
	t.Helper()
	cw := &claimWeights{w: make([]float64, len(c.Items)), key: -1}
	for i, it := range c.Items {
		cw.w[i] = 1
		if it.Text == key {
			cw.key, cw.w[i] = i, 3
		}
		cw.total += cw.w[i]
	}
	if key != "" && cw.key < 0 {
		t.Fatalf("claim items %v lack key %q", c.Terms(), key)
	}
	return cw
}

// TestBackground: for a claim that predicts a rise, a statement naming
// the rise only as past is background and falls below the default
// threshold, and so is one telling of the predicted event at another
// place; one naming it as to come, or a claim that predicts nothing,
// keeps its match.
func TestBackground(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		claim, content string
		below          bool
	}{
		{"Harbour fees will rise", "trade was held back by recent harbour fee rises", true},
		{"Harbour fees will rise", "harbour fees had risen twice before the summer", true},
		{"Harbour fees will rise", "harbour fees will rise again in May", false},
		{"Harbour fees will rise", "harbour fees are expected to be raised in May", false},
		{"Harbour fees rose", "harbour fees rose in March", false},
		// The predicted event at another place; a past one there may deny.
		{"Acme will launch the Zapper in Europe", "Acme will launch the Zapper in Japan on Sunday", true},
		{"Acme will launch the Zapper in Europe", "Acme will launch the Zapper in Europe on Sunday", false},
		{"Acme launched the Zapper in Europe", "Acme launched the Zapper in Japan on Sunday", false},
		// A change named as an attribute, in a text foretelling nothing.
		{"Harbour fees will rise", "rising harbour fees had kept costs high", true},
		{"Harbour fees will rise", "higher harbour fees are likely next year", false},
		{"Harbour fees will rise", "harbour fees kept rising on Monday", false},
		{"Smith will cut harbour fees", "Smith is determined to cut harbour fees", false},
		{"Harbour fees will rise", "rising harbour fees and the soaring euro hurt trade. Exports will recover.", true},
		{"Harbour fees will rise", "analysts said that higher harbour fees will follow", false},
		{"Harbour fees will rise", "harbour fees surge above $53", false},
		{"Harbour fees will rise", "rising harbour fees are hitting confidence despite a rise in output", true},
		// A change named as the cause of something else has happened.
		{"Harbour fees will rise", "the impact of harbour fee rises on household spending", true},
		{"Harbour fees will rise", "the prospect of harbour fee rises worries traders", false},
		// The predicted event in another month, or another country's.
		{"Smith will call an election in May", "Smith will call an election in June", true},
		{"Smith will call an election in May", "Smith will call an election on 5 May, not in June", false},
		{"Smith will call an election in May", "Smith may call an election soon", false},
		{"UK harbour fees will rise", "US harbour fees will rise next year", true},
		{"UK harbour fees will rise", "a US harbour fee rise is likely", true},
		{"UK harbour fees will rise", "harbour fees will rise as US trade slows", false},
		{"UK harbour fees will rise", "UK harbour fees will rise after US ones", false},
	} {
		c := tr.matcher.Claim(tc.claim)
		st := &claimtrail.StoredStatement{ID: 1, ArticleID: 1}
		st.Content.Text = tc.content
		s := tr.score(c, nil, st)
		if got := s.Value < tr.opt.MinMatch; got != tc.below {
			t.Errorf("%q for %q: match %.2f, below the threshold %v, want %v", tc.content, tc.claim, s.Value, got, tc.below)
		}
	}
}

// TestPredicateless: a statement that names the claim's entities but not
// its predicate is about the claim only when it names enough of the rest
// (all of it in an article about something else, more than half in one
// about the claim), even when its speaker names the claim elsewhere in
// the article: a row must hold the claim's predicate or most of the rest.
func TestPredicateless(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tr.matcher.Claim("Zorvex will sell patrol boats to Marisca")
	cw := weights(t, c, "Zorvex")
	about := relatedArticle{}
	about.ID = 1
	says := []struct {
		id, article int64
		speaker     string
		content     string
		kept        bool
	}{
		{1, 1, "Ivo Brel", "Zorvex will sell patrol boats to Marisca", true},
		{2, 1, "Ivo Brel", "Zorvex boats were seen off Marisca", true},        // about: all but the predicate
		{3, 2, "Mira Tosh", "Zorvex boats were seen off Marisca", true},       // elsewhere: all but the predicate
		{4, 2, "Ole Brand", "Zorvex built new boats for its own navy", false}, // elsewhere, two of three
		{5, 1, "Ada Lund", "Zorvex shipyards are busy", false},                // about, one of three
		{6, 1, "Ivo Brel", "Zorvex shipyards are busy", false},                // the same from one who names the claim
	}
	sc := &scoring{cw: cw, scored: map[int64]*scoredStatement{}, docRel: map[int64]float64{}}
	for _, s := range says {
		st := &claimtrail.StoredStatement{ID: s.id, ArticleID: s.article}
		st.Content.Text, st.Speaker.Name = s.content, s.speaker
		sc.scored[s.id] = tr.score(c, cw, st)
	}
	sc.borrow(tr.opt.MinMatch, []relatedArticle{about})
	for _, s := range says {
		if got := sc.scored[s.id].Value >= tr.opt.MinMatch; got != s.kept {
			t.Errorf("statement %d %q: match %.2f, kept %v, want %v", s.id, s.content, sc.scored[s.id].Value, got, s.kept)
		}
	}
}

// TestDeepSentences: past an article's lead, the outlet states a claim
// that predicts only in a sentence that holds its key name and its own
// predicate and tells of what is to come; a question states nothing.
func TestDeepSentences(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tr.matcher.Claim("Zorvex will launch a new ferry")
	cw := weights(t, c, "Zorvex")
	text := "Zorvex reported higher profits on Monday. " +
		"The launch of the first Zorvex ferry drew large crowds last year. " +
		"Will Zorvex launch a new ferry? " +
		"A new ferry is due to be launched by the port board. " +
		"Zorvex's new ferry is due to be launched in late 2026. " +
		"Shares rose 2%."
	got := tr.deepSentences(c, cw, &claimtrail.Article{Document: claimtrail.Document{Text: text}})
	if len(got) != 1 || got[0].text != "Zorvex's new ferry is due to be launched in late 2026." {
		t.Fatalf("deep sentences %+v, want only the one telling of the launch to come", got)
	}
	if d := got[0]; text[d.start:d.end] != d.text {
		t.Errorf("offsets [%d, %d) hold %q, not the sentence", d.start, d.end, text[d.start:d.end])
	}
	for _, tc := range []struct {
		spans []claimtrail.Span
		want  bool
	}{
		{nil, false},
		{[]claimtrail.Span{{Start: 0, End: 10}}, false},
		{[]claimtrail.Span{{Start: got[0].start + 5, End: got[0].start + 20}}, true},
		{[]claimtrail.Span{{Start: 0, End: got[0].start + 1}}, true},
	} {
		if o := overlaps(tc.spans, got[0].start, got[0].end); o != tc.want {
			t.Errorf("overlaps(%v) = %v, want %v", tc.spans, o, tc.want)
		}
	}
}

// TestScoreUnbound: a statement that names the claim's predicate only in
// a clause about something else keeps unboundShare of its match, and
// its speaker's other words do not lift it.
func TestScoreUnbound(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tr := &Tracer{matcher: m}
	c := m.Claim("Smith will call an election")
	stmt := func(speaker, content string) *claimtrail.StoredStatement {
		st := &claimtrail.StoredStatement{}
		st.Speaker.Name, st.Content.Text = speaker, content
		return st
	}
	bound := tr.score(c, nil, stmt("Ann Lee", "Smith will call an election in the spring"))
	unbound := tr.score(c, nil, stmt("Ann Lee", "Smith met voters since the French election is imminent"))
	if bound.unbound || !unbound.unbound {
		t.Fatalf("unbound: %v for the claim's own clause, %v for another's", bound.unbound, unbound.unbound)
	}
	if unbound.Value >= 0.5 || bound.Value < 0.5 {
		t.Errorf("match %.2f for the claim's own clause, %.2f for another's", bound.Value, unbound.Value)
	}
}

// TestDeepSentencesNamedBefore: past the lead, a sentence whose clause
// names the claim's key name by a pronoun states the claim when the
// title or lead names the key, and holds the predicate and another
// argument in that clause; not when the article never names the key, nor
// when another name is the clause's subject.
func TestDeepSentencesNamedBefore(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tr.matcher.Claim("Ada Quill will scrap road tolls")
	cw := weights(t, c, "Quill")
	body := "The candidate set out her plans in Leeds on Monday. " +
		"Voters were asked about schools. " +
		"If elected, she would scrap road tolls within a year. " +
		"Mr Smith would scrap road tolls too, he said."
	for _, tc := range []struct {
		title, text string
		want        string
	}{
		{"Quill unveils manifesto", body, "If elected, she would scrap road tolls within a year."},
		{"Manifesto unveiled", body, ""},
		{"Quill unveils manifesto", "The candidate set out her plans. Mr Smith would scrap road tolls, his aide said.", ""},
	} {
		got := tr.deepSentences(c, cw, &claimtrail.Article{Document: claimtrail.Document{Title: tc.title, Text: tc.text}})
		var texts []string
		for _, d := range got {
			texts = append(texts, d.text)
		}
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || got[0].text != tc.want) {
			t.Errorf("title %q: deep sentences %q, want %q", tc.title, texts, tc.want)
		}
	}
}
