package trace

import (
	"context"
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestRequireKey checks which statements hold the claim's key name
// (Glazer) and most of the rest of it, and which take the name from
// their article's lead because they point back at it.
func TestRequireKey(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tr.matcher.Claim("Glazer will take over Manchester United")
	// Glazer rare, take common, Manchester and United in between.
	cw := &claimWeights{w: []float64{5, 1, 3, 2}, key: 0, total: 11}
	article := func(id int64, title, text string) relatedArticle {
		var ra relatedArticle
		ra.ID, ra.Title, ra.Text = id, title, title+"\n\n"+text
		return ra
	}
	related := []relatedArticle{
		article(1, "Glazer makes new bid", "Malcolm Glazer made a new offer for Manchester United on Monday."),
		article(2, "United win the derby", "Manchester United beat City 2-0."),
	}
	says := map[int64]struct {
		article int64
		content string
	}{
		1: {1, "Glazer will take over Manchester United"},       // all of it
		2: {1, "Manchester United fans cannot stop him"},        // points back, lead names Glazer
		3: {2, "Manchester United fans cannot stop him"},        // points back, lead does not
		4: {1, "Manchester United are a debt-free company"},     // no pointing back
		5: {1, "Glazer has a yacht"},                            // the key, none of the rest
		6: {2, "Glazer will take control of Manchester United"}, // elsewhere, but all of it
	}
	sc := &scoring{cw: cw, scored: map[int64]*scoredStatement{}, docRel: map[int64]float64{}}
	for id, s := range says {
		st := &claimtrail.StoredStatement{ID: id, ArticleID: s.article}
		st.Content.Text = s.content
		sc.scored[id] = tr.score(c, cw, st)
	}
	if err := tr.requireKey(context.Background(), c, cw, sc, related); err != nil {
		t.Fatal(err)
	}
	var kept []int64
	for id := range sc.scored {
		kept = append(kept, id)
	}
	slices.Sort(kept)
	if want := []int64{1, 2, 6}; !slices.Equal(kept, want) {
		t.Errorf("kept statements %v, want %v", kept, want)
	}
	if s := sc.scored[2]; s != nil && s.Strengths[0] != keyLeadStrength {
		t.Errorf("statement 2 holds the key at %v, want %v (from its lead)", s.Strengths[0], keyLeadStrength)
	}
}

// TestKeyNames checks the order key names are tried in and that a name
// given up weighs nothing.
func TestKeyNames(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tr.matcher.Claim("Yukos will sell Yuganskneftegaz at auction")
	var names []string
	for i, it := range c.Items {
		if c.Name(i) {
			names = append(names, it.Text)
		}
	}
	if !slices.Equal(names, []string{"Yukos", "Yuganskneftegaz"}) {
		t.Fatalf("names %q, want Yukos and Yuganskneftegaz (claim %v)", names, c.Terms())
	}
	w := make([]float64, len(c.Items))
	for i := range w {
		w[i] = 1
	}
	w[0], w[2] = 3, 5 // Yukos, Yuganskneftegaz: the second rarer
	keys := keyNames(c, w)
	if !slices.Equal(keys, []int{2, 0}) {
		t.Fatalf("keyNames = %v, want [2 0]", keys)
	}
	cw := &claimWeights{w: w, key: 2, total: 11}
	next := cw.without(2, 0)
	if next.key != 0 || next.w[2] != 0 || next.total != 6 || cw.w[2] != 5 {
		t.Errorf("without: key %d, weights %v, total %v (the first: %v); want key 0, Yuganskneftegaz 0, total 6, the first untouched", next.key, next.w, next.total, cw.w)
	}
}

// TestSubjectItems checks which items of a claim's subject a statement
// must hold: its names however common, the last word of a subject opened
// by a determiner, a modifier of a bare compound, nothing for a bare noun.
func TestSubjectItems(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		claim string
		want  []string
	}{
		{"Labour will cut jobs", []string{"Labour"}},
		{"The BBC will close two channels", []string{"BBC"}},
		{"The government will cut jobs", []string{"government"}},
		{"The hunting lobby will lose the vote", []string{"lobby"}},
		{"Oil prices will rise", []string{"Oil"}},
		{"Prices will rise", nil},
		{"Zorvex bought Pellham", nil}, // no auxiliary: no subject marked off
	}
	for _, tt := range tests {
		c := tr.matcher.Claim(tt.claim)
		var got []string
		for _, i := range tr.subjectItems(c) {
			got = append(got, c.Items[i].Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("subjectItems(%q) = %q, want %q (items %v)", tt.claim, got, tt.want, c.Terms())
		}
	}
}

// TestRequireSubject checks that a statement about a claim with a common
// subject holds it: another firm's job cuts are no evidence that the
// government will cut jobs, however rare "government" is not.
func TestRequireSubject(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tr.matcher.Claim("The government will cut jobs")
	cw := &claimWeights{w: []float64{0.5, 1, 1}, key: -1, total: 2.5}
	related := []relatedArticle{{}}
	related[0].ID, related[0].Title = 1, "Ministers plan civil service cuts"
	related[0].Text = related[0].Title + "\n\nThe government will cut 80,000 civil service jobs, the chancellor said."
	says := map[int64]string{
		1: "the government would cut 80,000 jobs",              // subject and predicate
		2: "Norvale would cut 2,000 jobs at its plants",        // another firm
		3: "the government needed to reduce road deaths",       // subject, not the jobs
		4: "they would cut thousands of jobs over three years", // points back; the lead names the government
	}
	sc := &scoring{cw: cw, scored: map[int64]*scoredStatement{}, docRel: map[int64]float64{}}
	for id, text := range says {
		st := &claimtrail.StoredStatement{ID: id, ArticleID: 1}
		st.Content.Text = text
		sc.scored[id] = tr.score(c, cw, st)
	}
	if err := tr.requireKey(context.Background(), c, cw, sc, related); err != nil {
		t.Fatal(err)
	}
	var kept []int64
	for id := range sc.scored {
		kept = append(kept, id)
	}
	slices.Sort(kept)
	if want := []int64{1, 4}; !slices.Equal(kept, want) {
		t.Errorf("kept statements %v, want %v", kept, want)
	}
}

// TestRequirePredicate checks that a statement naming the claim's nouns
// but not its predicate is dropped when it matches little more than them.
func TestRequirePredicate(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tr.matcher.Claim("The smoking ban will be scrapped")
	if pred := predicate(c); pred != 2 {
		t.Fatalf("predicate %d of %v, want 2 (scrapped)", pred, c.Terms())
	}
	cw := &claimWeights{w: []float64{1, 1, 1.5}, key: -1, total: 3.5}
	says := map[int64]string{
		1: "the smoking ban would be scrapped after the election", // all of it
		2: "the smoking ban had helped smokers give up",           // its nouns only
	}
	sc := &scoring{cw: cw, scored: map[int64]*scoredStatement{}, docRel: map[int64]float64{}}
	for id, text := range says {
		st := &claimtrail.StoredStatement{ID: id, ArticleID: 1}
		st.Content.Text = text
		sc.scored[id] = tr.score(c, cw, st)
	}
	if err := tr.requireKey(context.Background(), c, cw, sc, nil); err != nil {
		t.Fatal(err)
	}
	var kept []int64
	for id := range sc.scored {
		kept = append(kept, id)
	}
	slices.Sort(kept)
	if want := []int64{1}; !slices.Equal(kept, want) {
		t.Errorf("kept statements %v, want %v", kept, want)
	}
}
