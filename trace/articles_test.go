package trace_test

import (
	"context"
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/trace"
)

// TestTrace_Articles traces a claim over four fictional articles: one
// states it in its title (the outlet asserts it), one reports its
// subject's denial, one reports it as unconfirmed talk, one shares only
// a name with it. Each article about the claim is listed once with its
// stance; the outlet's own voice is an entry only where it states the
// claim.
func TestTrace_Articles(t *testing.T) {
	st := ingestDir(t, "testdata/articles")
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const claim = "Zorvex will buy the harbour company"
	for _, noNarration := range []bool{false, true} {
		got, err := tr.Trace(context.Background(), claim, claimtrail.TraceOptions{NoNarration: noNarration})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"a": claimtrail.Asserts, "b": claimtrail.Denies, "c": claimtrail.Discusses}
		if len(got.Articles) != len(want) {
			t.Fatalf("no narration %v: %d articles %+v, want a, b, c", noNarration, len(got.Articles), got.Articles)
		}
		for _, a := range got.Articles {
			if a.Stance != want[a.Doc] {
				t.Errorf("no narration %v: article %s %s, want %s", noNarration, a.Doc, a.Stance, want[a.Doc])
			}
			var ns []int
			for _, s := range got.Statements {
				if s.Doc == a.Doc && s.Form != claimtrail.FormNarration {
					ns = append(ns, s.N)
				}
			}
			if !slices.Equal(ns, a.Statements) && !(len(ns) == 0 && len(a.Statements) == 0) {
				t.Errorf("article %s lists statements %v, the trace %v", a.Doc, a.Statements, ns)
			}
			if a.Published == "" || a.Source == "" || a.URL == "" {
				t.Errorf("article %s lacks its metadata: %+v", a.Doc, a)
			}
		}
		narrated := map[string]claimtrail.TracedStatement{}
		for _, s := range got.Statements {
			if s.Form == claimtrail.FormNarration {
				narrated[s.Doc] = s
			}
		}
		if noNarration {
			if len(narrated) > 0 {
				t.Errorf("--no-narration lists the outlets' voice: %v", narrated)
			}
			continue
		}
		if a, ok := narrated["a"]; !ok || a.Stance != claimtrail.Asserts || a.Speaker.Type != claimtrail.SpeakerPublication || a.Speaker.Name != "Bay Post" {
			t.Errorf("article a's title is the outlet asserting the claim: %+v", a)
		}
		if c, ok := narrated["c"]; !ok || c.Stance != claimtrail.Neutral {
			t.Errorf("article c's lead reports the claim unconfirmed, neutral: %+v", c)
		}
		if _, ok := narrated["b"]; ok {
			t.Error("article b's statements are traced: no narration entry for it")
		}
		if got.EarliestAssertion != nil && got.EarliestAssertion.Doc == "a" {
			t.Error("the outlet's own voice is the earliest assertion")
		}
	}
}

// TestTrace_DemoArticles: the demo's two denial stories deny the claim,
// though one quotes the claim's source too; every article of the trace's
// statements is listed once.
func TestTrace_DemoArticles(t *testing.T) {
	got := mustTrace(t, demoStore(t), examples.DemoClaim)
	stances := map[string]string{}
	for _, a := range got.Articles {
		if _, dup := stances[a.Doc]; dup {
			t.Errorf("article %s listed twice", a.Doc)
		}
		stances[a.Doc] = a.Stance
	}
	for _, s := range got.Statements {
		if _, ok := stances[s.Doc]; !ok {
			t.Errorf("statement %s#%d: its article is not listed", s.Doc, s.N)
		}
	}
	for _, doc := range []string{"harbour-deal-denied", "ministry-denies-varga"} {
		if stances[doc] != claimtrail.Denies {
			t.Errorf("article %s %q, want denies", doc, stances[doc])
		}
	}
}
