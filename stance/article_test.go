package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/stance"
)

func TestOfArticle(t *testing.T) {
	tests := []struct {
		name   string
		voices []stance.Voice
		want   string
	}{
		{"nothing", nil, N},
		{"no weight", []stance.Voice{{Stance: A, Confidence: 0.9, Match: 0}}, N},
		{"one assertion", []stance.Voice{{Stance: A, Confidence: 0.8, Match: 0.9}}, A},
		{"one denial", []stance.Voice{{Stance: D, Confidence: 0.8, Match: 0.6}}, D},
		{"a denial among assertions is news", []stance.Voice{
			{Stance: A, Confidence: 0.9, Match: 0.9}, {Stance: D, Confidence: 0.9, Match: 0.9}}, D},
		{"a poor match barely counts", []stance.Voice{
			{Stance: A, Confidence: 0.9, Match: 0.9}, {Stance: D, Confidence: 0.9, Match: 0.4}}, A},
		{"reported both ways", []stance.Voice{
			{Stance: A, Confidence: 0.9, Match: 0.8}, {Stance: N, Confidence: 0.9, Match: 0.8}}, N},
		{"the outlet's voice outweighs a quote", []stance.Voice{
			{Stance: A, Confidence: 0.9, Match: 0.8, Narration: true}, {Stance: N, Confidence: 0.9, Match: 0.8}}, A},
		{"the outlet hedges what a source asserts", []stance.Voice{
			{Stance: N, Confidence: 0.9, Match: 0.8, Narration: true}, {Stance: A, Confidence: 0.9, Match: 0.8}}, N},
		{"an outlet that hedges most of what it says discusses", []stance.Voice{
			{Stance: A, Confidence: 0.9, Match: 0.9, Narration: true}, {Stance: N, Confidence: 0.9, Match: 0.3, Narration: true},
			{Stance: N, Confidence: 0.9, Match: 0.2, Narration: true}, {Stance: A, Confidence: 0.9, Match: 0.9}}, N},
		{"an unsure reading weighs less", []stance.Voice{
			{Stance: A, Confidence: 0.9, Match: 0.8}, {Stance: N, Confidence: 0.4, Match: 0.8}}, A},
	}
	for _, tt := range tests {
		if got, _ := stance.OfArticle(tt.voices); got != tt.want {
			t.Errorf("%s: OfArticle = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestOfArticles(t *testing.T) {
	traced := func(article int64, stance string, match float64, form string) claimtrail.TracedStatement {
		var s claimtrail.TracedStatement
		s.ArticleID, s.Stance, s.StanceConfidence, s.Match, s.Form = article, stance, 0.9, match, form
		return s
	}
	sts := []claimtrail.TracedStatement{
		traced(7, A, 0.9, claimtrail.FormDirect),
		traced(3, D, 0.8, claimtrail.FormIndirect),
		traced(7, N, 0.9, "narration"),
		traced(3, A, 0.8, claimtrail.FormDirect),
	}
	got := stance.OfArticles(sts, func(s *claimtrail.TracedStatement) bool { return s.Form == "narration" })
	want := []struct {
		id     int64
		stance string
	}{{7, N}, {3, D}}
	if len(got) != len(want) {
		t.Fatalf("OfArticles = %+v, want %d articles", got, len(want))
	}
	for i, w := range want {
		if got[i].ArticleID != w.id || got[i].Stance != w.stance {
			t.Errorf("article %d: got %d %s, want %d %s", i, got[i].ArticleID, got[i].Stance, w.id, w.stance)
		}
	}
}
