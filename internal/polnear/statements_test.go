package polnear

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// span returns the span of the n-th (from 0) occurrence of sub in text.
func span(t *testing.T, text, sub string, n int) claimtrail.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(text[off:], sub)
		if k < 0 {
			t.Fatalf("%q not in text %d times", sub, n+1)
		}
		if i == n {
			return claimtrail.Span{Start: off + k, End: off + k + len(sub)}
		}
		off += k + len(sub)
	}
}

func sp(s claimtrail.Span) *claimtrail.Span { return &s }

func TestStatementScorer(t *testing.T) {
	text := `"We will win," Ada Quill said, "and soon." Bo Lind denied it. Officials said rates would rise.`
	g := func(sub string) claimtrail.Span { return span(t, text, sub, 0) }
	d := &Doc{Name: "fixture", Text: text, Attributions: []Attribution{
		// a discontinuous content split by its cue
		{Source: []claimtrail.Span{g("Ada Quill")}, Cue: []claimtrail.Span{g("said")},
			Content: []claimtrail.Span{g(`"We will win,"`), g(`"and soon."`)}},
		{Source: []claimtrail.Span{g("Bo Lind")}, Cue: []claimtrail.Span{g("denied")}, Content: []claimtrail.Span{g("it")}},
		{Source: []claimtrail.Span{g("Officials")}, Cue: []claimtrail.Span{span(t, text, "said", 1)},
			Content: []claimtrail.Span{g("rates would rise")}},
	}}
	sts := []claimtrail.Statement{
		// right source and cue; only the first fragment of the content
		{Speaker: claimtrail.Speaker{Mention: "Ada Quill", Span: sp(g("Ada Quill"))},
			Cue: claimtrail.Cue{Text: "said", Span: g("said")}, Content: claimtrail.Content{Spans: []claimtrail.Span{g("We will win")}}},
		// a mention-less speaker is no source fragment; the cue is wrong
		{Speaker: claimtrail.Speaker{Name: "Bo Lind", Span: sp(g("Bo Lind"))},
			Cue: claimtrail.Cue{Text: "denied it", Span: g("denied it")}, Content: claimtrail.Content{Spans: []claimtrail.Span{g("it")}}},
		// all right, quotation marks and a final stop trimmed
		{Speaker: claimtrail.Speaker{Mention: "Officials", Span: sp(g("Officials"))},
			Cue:     claimtrail.Cue{Text: "said", Span: span(t, text, "said", 1)},
			Content: claimtrail.Content{Spans: []claimtrail.Span{g("rates would rise.")}}},
		// a false alarm: content overlapping no gold
		{Cue: claimtrail.Cue{Text: "win", Span: g("win")}, Content: claimtrail.Content{Spans: []claimtrail.Span{g("soon")}}},
	}
	var s StatementScorer
	s.Add(d, sts)
	want := map[string]Counts{
		"source":  {Gold: 3, Pred: 2, ExactTP: 2, OverlapTPPred: 2, OverlapTPGold: 2},
		"cue":     {Gold: 3, Pred: 4, ExactTP: 2, OverlapTPPred: 3, OverlapTPGold: 3},
		"content": {Gold: 4, Pred: 4, ExactTP: 3, OverlapTPPred: 4, OverlapTPGold: 4},
		"whole":   {Gold: 3, Pred: 4, ExactTP: 2, OverlapTPPred: 4, OverlapTPGold: 3},
	}
	got := map[string]Counts{"source": s.Roles[Source], "cue": s.Roles[Cue], "content": s.Roles[Content], "whole": s.Whole}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: got %+v, want %+v", k, got[k], w)
		}
	}
	if e := s.Whole.Exact(); e.P != 50 || int(e.R*10) != 666 {
		t.Errorf("whole exact: got %+v", e)
	}
	// misses: Bo Lind (source), denied (cue), "and soon" (content, whole
	// unit of Ada Quill); false alarms: "denied it", "win" (cue), "soon"
	// (content), two whole units
	var kinds []string
	for _, m := range s.Misses {
		k := roleName(m.Role) + ":" + m.Span.Text(text)
		if m.Extra {
			k = "+" + k
		}
		kinds = append(kinds, k)
	}
	wantMisses := "source:Bo Lind cue:denied +cue:denied it +cue:win content:and soon +content:soon whole:We will win,\" Ada Quill said, \"and soon +whole:We will win +whole:soon"
	if strings.Join(kinds, " ") != wantMisses {
		t.Errorf("misses:\n got %s\nwant %s", strings.Join(kinds, " "), wantMisses)
	}
}

func TestStatementScorerWrite(t *testing.T) {
	var s StatementScorer
	s.Roles[Cue] = Counts{Gold: 4, Pred: 2, ExactTP: 1, OverlapTPPred: 2, OverlapTPGold: 2}
	s.Whole = Counts{Gold: 2, Pred: 2, ExactTP: 2, OverlapTPPred: 2, OverlapTPGold: 2}
	var b strings.Builder
	s.Write(&b)
	want := `role             gold    pred |      P      R     F1 |     oP     oR    oF1
source              0       0 |    0.0    0.0    0.0 |    0.0    0.0    0.0
cue                 4       2 |   50.0   25.0   33.3 |  100.0   50.0   66.7
content             0       0 |    0.0    0.0    0.0 |    0.0    0.0    0.0
content whole       2       2 |  100.0  100.0  100.0 |  100.0  100.0  100.0
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
