// The round-trip tests: every field of a statement and an article comes
// back as it was put.

package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// roundTripText has multibyte letters and curly quotes before the spans so
// that byte offsets differ from rune offsets.
const roundTripText = `Zoë Brünnhilde, the Ørsted Canal Trust’s chair, said on 3 February: “The lock gates are sound,” ` +
	`adding that the engineers — “all of them” — agreed, according to the trust’s survey and two inspectors.`

func roundTripStatement() claimtrail.Statement {
	t := roundTripText
	return claimtrail.Statement{
		Doc: "canal-trust", N: 1,
		Speaker: claimtrail.Speaker{Name: "Zoë Brünnhilde", Mention: "Zoë Brünnhilde", Span: spanAt(t, "Zoë Brünnhilde"),
			Role: "chair", Affiliation: "Ørsted Canal Trust", Type: claimtrail.SpeakerPerson},
		Cue: claimtrail.Cue{Text: "said", Span: at(t, "said"), Lemma: "say"},
		Content: claimtrail.Content{Text: "The lock gates are sound … all of them",
			Spans: []claimtrail.Span{at(t, "The lock gates are sound"), at(t, "all of them")}},
		Form: claimtrail.FormMixed, Polarity: claimtrail.Affirm, Hedged: true,
		SaidOn: &claimtrail.TimeRef{Value: "2026-02-03", Grain: claimtrail.GrainDay, Text: "on 3 February",
			Span: spanAt(t, "on 3 February"), Basis: claimtrail.BasisExplicit},
		Channel:   claimtrail.Channel{Kind: claimtrail.ChannelStatement, Text: "survey", Venue: "Canal Gazette", Span: spanAt(t, "survey")},
		Addressee: "the engineers",
		Via: []claimtrail.Via{{Name: "the trust’s survey", Span: at(t, "the trust’s survey")},
			{Name: "two inspectors", Span: at(t, "two inspectors")}},
		Span: claimtrail.Span{Start: 0, End: len(t) - 1},
	}
}

func testRoundTripStatement(t *testing.T, s claimtrail.Store) {
	tests := []struct {
		name   string
		modify func(st *claimtrail.Statement)
	}{
		{"EveryField", func(st *claimtrail.Statement) {}},
		{"NilSaidOn", func(st *claimtrail.Statement) { st.SaidOn = nil }},
		{"NilSpeakerSpan", func(st *claimtrail.Statement) { st.Speaker.Span = nil; st.Speaker.Name = "" }},
		{"SaidOnWithoutSpan", func(st *claimtrail.Statement) {
			st.SaidOn = &claimtrail.TimeRef{Value: "2026-02", Grain: claimtrail.GrainMonth, Basis: claimtrail.BasisContext}
		}},
		{"OddSaidOnValue", func(st *claimtrail.Statement) { st.SaidOn.Value = "XXXX-02-03" }},
		{"EmptySaidOnValue", func(st *claimtrail.Statement) { st.SaidOn = &claimtrail.TimeRef{} }},
		{"NilSlices", func(st *claimtrail.Statement) { st.Content.Spans, st.Via = nil, nil }},
		{"EmptySlices", func(st *claimtrail.Statement) { st.Content.Spans, st.Via = []claimtrail.Span{}, []claimtrail.Via{} }},
		{"NilChannelSpan", func(st *claimtrail.Statement) { st.Channel = claimtrail.Channel{Kind: claimtrail.ChannelUnknown} }},
		{"ZeroSpans", func(st *claimtrail.Statement) {
			st.Span, st.Cue.Span = claimtrail.Span{}, claimtrail.Span{}
			st.Speaker.Span = &claimtrail.Span{}
			st.Content.Spans = []claimtrail.Span{{}}
		}},
		{"SaidOnExpr", func(st *claimtrail.Statement) {
			st.SaidOn = nil
			st.SaidOnExpr = &claimtrail.TimeExpr{Text: "on 3 February", Span: spanAt(roundTripText, "on 3 February"), Timex: "XXXX-02-03"}
		}},
		{"SaidOnExprWithoutSpan", func(st *claimtrail.Statement) {
			st.SaidOn, st.SaidOnExpr = nil, &claimtrail.TimeExpr{Text: "on Tuesday", Timex: "XXXX-WXX-2"}
		}},
		{"ZeroValue", func(st *claimtrail.Statement) { *st = claimtrail.Statement{} }},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := roundTripStatement()
			tt.modify(&want)
			doc := &claimtrail.Document{ID: "canal-trust-" + itoa(i), Text: roundTripText}
			id := MustPut(t, s, claimtrail.ArticleInput{Doc: doc, Hash: "h", Statements: []claimtrail.Statement{want}})[0].ArticleID
			got, n := MustFindStatements(t, s, claimtrail.StatementFilter{ArticleID: &id})
			if n != 1 || len(got) != 1 {
				t.Fatalf("found %d statements, want 1", n)
			}
			if (got[0].Speaker.ID > 0) != (want.Speaker.Name != "") {
				t.Errorf("speaker id %d for name %q: want one exactly when there is a name", got[0].Speaker.ID, want.Speaker.Name)
			}
			got[0].Speaker.ID = 0 // the store's (speaker.go)
			if !reflect.DeepEqual(got[0].Statement, want) {
				t.Errorf("round trip changed the statement:\n got %#v\nwant %#v", got[0].Statement, want)
			}
			if got[0].ArticleID != id || got[0].ID <= 0 {
				t.Errorf("ids: statement %d article %d, want article %d", got[0].ID, got[0].ArticleID, id)
			}
		})
	}
}

func testRoundTripArticle(t *testing.T, s claimtrail.Store) {
	in := harbor()
	res := MustPut(t, s, in)[0]
	a, err := s.FindArticleByID(context.Background(), res.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	d := in.Doc
	if a.ID != res.ArticleID || a.Key != d.URL || a.Hash != in.Hash || a.Version != 1 || a.Statements != 3 {
		t.Errorf("article = id %d key %q hash %q version %d statements %d", a.ID, a.Key, a.Hash, a.Version, a.Statements)
	}
	got := a.Document
	if !got.Published.Equal(d.Published) || got.Published.Format(time.RFC3339) != d.Published.Format(time.RFC3339) {
		t.Errorf("published = %v, want %v (with its offset)", got.Published, d.Published)
	}
	got.Published, got.Origin = d.Published, d.Origin
	want := *d
	want.Key = claimtrail.ArticleKey(d) // the store reports the key it used
	if !reflect.DeepEqual(got, want) {
		t.Errorf("document:\n got %+v\nwant %+v", got, want)
	}
	if a.IngestedAt.IsZero() {
		t.Errorf("ingested_at = %v", a.IngestedAt)
	}
	// A statement carries its article's metadata.
	sts, _ := MustFindStatements(t, s, claimtrail.StatementFilter{ArticleID: &res.ArticleID})
	for _, st := range sts {
		if st.URL != d.URL || st.Source != d.Source || st.Title != d.Title || !st.Published.Equal(d.Published) || st.Rank != 0 {
			t.Errorf("statement %d: url %q source %q title %q published %v rank %v", st.N, st.URL, st.Source, st.Title, st.Published, st.Rank)
		}
	}
}
