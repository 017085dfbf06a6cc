package storetest_test

import (
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail/storetest"
)

func TestGenerator_Article(t *testing.T) {
	g := storetest.NewGenerator(1)
	for i := range 50 {
		a := g.Article(i, 8)
		text := a.Doc.Text
		if n := len(text); n < 2000 || n > 3000 {
			t.Errorf("article %d: %d bytes of text, want about 2 KB", i, n)
		}
		if len(a.Statements) != 8 {
			t.Fatalf("article %d: %d statements, want 8", i, len(a.Statements))
		}
		for _, st := range a.Statements {
			for _, sp := range st.Spans() {
				if !sp.OnRuneBoundaries(text) || !st.Span.Contains(sp) {
					t.Errorf("article %d statement %d: span %v outside %v or the text", i, st.N, sp, st.Span)
				}
			}
			if got := st.Content.Spans[0].Text(text); got != st.Content.Text {
				t.Errorf("article %d statement %d: content span reads %q, want %q", i, st.N, got, st.Content.Text)
			}
			if got := st.Speaker.Span.Text(text); got != st.Speaker.Name {
				t.Errorf("article %d statement %d: speaker span reads %q", i, st.N, got)
			}
		}
	}
	if a, b := storetest.NewGenerator(7).Article(3, 8), storetest.NewGenerator(7).Article(3, 8); !reflect.DeepEqual(a, b) {
		t.Error("the same seed gave different articles")
	}
}

func TestCorpus(t *testing.T) {
	for _, in := range storetest.Corpus() {
		for _, st := range in.Statements {
			for _, sp := range st.Spans() {
				if !sp.OnRuneBoundaries(in.Doc.Text) || !st.Span.Contains(sp) {
					t.Errorf("%s#%d: span %v outside %v or the text", in.Doc.ID, st.N, sp, st.Span)
				}
			}
		}
	}
}
