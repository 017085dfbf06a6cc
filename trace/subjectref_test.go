package trace

import (
	"context"
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestSubjectFromLead checks that a statement naming the claim's subject
// only as "the ban" or "this ban" takes the subject's other items from
// its article's lead when the lead names them, and only then.
func TestSubjectFromLead(t *testing.T) {
	tr, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tr.matcher.Claim("The Veldovia fishing ban will be lifted")
	cw := &claimWeights{w: make([]float64, len(c.Items)), key: -1}
	for i := range cw.w {
		cw.w[i] = 1
		if c.Name(i) {
			cw.w[i], cw.key = 5, i
		}
	}
	for _, x := range cw.w {
		cw.total += x
	}
	article := func(id int64, title, text string) relatedArticle {
		var ra relatedArticle
		ra.ID, ra.Title, ra.Text = id, title, title+"\n\n"+text
		return ra
	}
	related := []relatedArticle{
		article(1, "Veldovia fishing ban under review", "Ministers in Veldovia are reviewing the fishing ban imposed last year."),
		article(2, "Harbour fees rise", "Port charges in Marisca went up on Monday."),
	}
	says := map[int64]struct {
		article int64
		content string
	}{
		1: {1, "the ban would be lifted before the summer"},       // the lead names the rest
		2: {1, "this ban will be lifted within a month"},          // a demonstrative
		3: {2, "the ban would be lifted before the summer"},       // the lead names none of it
		4: {1, "the ban on whale meat would be lifted next year"}, // another ban
		5: {1, "a new ban on nets would be lifted by the court"},  // no reference
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
	if want := []int64{1, 2}; !slices.Equal(kept, want) {
		t.Errorf("kept statements %v, want %v", kept, want)
	}
	for _, id := range kept {
		if s := sc.scored[id]; s.Value < 0.5 {
			t.Errorf("statement %d matches %.2f after taking the subject from its lead, want ≥ 0.5", id, s.Value)
		}
	}
}
