// Package storetest is the conformance suite every claimtrail.Store must
// pass: the sqlite and postgres packages run it against their own stores so
// that both behave the same.
package storetest

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Run runs the suite. open must return a new, empty store for each call
// and arrange for it to be closed (and dropped) with t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) claimtrail.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s claimtrail.Store)
	}{
		{"PutArticles/Created", testPutCreated},
		{"PutArticles/Unchanged", testPutUnchanged},
		{"PutArticles/NewVersion", testPutNewVersion},
		{"PutArticles/SameBatch", testPutSameBatch},
		{"PutArticles/ErrInvalid", testPutInvalid},
		{"PutArticles/Empty", testPutEmpty},
		{"RoundTrip/Statement", testRoundTripStatement},
		{"RoundTrip/Article", testRoundTripArticle},
		{"HasArticle", testHasArticle},
		{"FindArticleByID", testFindArticleByID},
		{"FindArticleByID/ErrNotFound", testFindArticleNotFound},
		{"FindArticles", testFindArticles},
		{"FindStatements/Filters", testFindStatementsFilters},
		{"FindStatements/Query", testFindStatementsQuery},
		{"FindStatements/Rank", testFindStatementsRank},
		{"FindStatements/Concepts", testFindStatementsConcepts},
		{"FindStatements/HostileQuery", testHostileQuery},
		{"FindStatements/Paging", testFindStatementsPaging},
		{"FindStatements/Latest", testFindStatementsLatest},
		{"FindSpeakers", testFindSpeakers},
		{"Stats", testStats},
		{"ErrInvalidPage", testInvalidPage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// MustPut stores in and returns the results, failing the test on error.
func MustPut(tb testing.TB, s claimtrail.Store, in ...claimtrail.ArticleInput) []claimtrail.PutResult {
	tb.Helper()
	res, err := s.PutArticles(context.Background(), in)
	if err != nil {
		tb.Fatalf("PutArticles: %v", err)
	}
	if len(res) != len(in) {
		tb.Fatalf("PutArticles returned %d results for %d inputs", len(res), len(in))
	}
	return res
}

// MustFindStatements runs f and fails the test on error.
func MustFindStatements(tb testing.TB, s claimtrail.Store, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int) {
	tb.Helper()
	out, n, err := s.FindStatements(context.Background(), f)
	if err != nil {
		tb.Fatalf("FindStatements(%+v): %v", f, err)
	}
	return out, n
}

// MustStats returns s's stats, failing the test on error.
func MustStats(tb testing.TB, s claimtrail.Store) *claimtrail.Stats {
	tb.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		tb.Fatalf("Stats: %v", err)
	}
	return st
}

// keys returns "doc#n" for each statement, for readable comparisons.
func keys(sts []*claimtrail.StoredStatement) []string {
	out := []string{}
	for _, s := range sts {
		out = append(out, s.Doc+"#"+itoa(s.N))
	}
	return out
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func str(s string) *string { return &s }

func testPutCreated(t *testing.T, s claimtrail.Store) {
	res := MustPut(t, s, corpus()...)
	seen := map[int64]bool{}
	for i, r := range res {
		if r.Status != claimtrail.PutCreated || r.Version != 1 || r.ArticleID <= 0 || seen[r.ArticleID] {
			t.Errorf("result %d = %+v, want created version 1 with a new id", i, r)
		}
		seen[r.ArticleID] = true
	}
}

func testPutUnchanged(t *testing.T, s claimtrail.Store) {
	first := MustPut(t, s, corpus()...)
	again := MustPut(t, s, corpus()...)
	for i := range again {
		want := claimtrail.PutResult{ArticleID: first[i].ArticleID, Status: claimtrail.PutUnchanged, Version: 1}
		if again[i] != want {
			t.Errorf("result %d = %+v, want %+v", i, again[i], want)
		}
	}
	if st := MustStats(t, s); st.Versions != 3 || st.Statements != 8 {
		t.Errorf("stats after rerun: versions=%d statements=%d, want 3 and 8", st.Versions, st.Statements)
	}
}

func testPutNewVersion(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	v1 := MustPut(t, s, harbor())[0]
	v2 := MustPut(t, s, harborV2())[0]
	if v2.Status != claimtrail.PutVersion || v2.Version != 2 || v2.ArticleID == v1.ArticleID {
		t.Fatalf("second version = %+v, want new_version 2 with a new id", v2)
	}
	// The first content again is the stored first version, not a third.
	if r := MustPut(t, s, harbor())[0]; r != (claimtrail.PutResult{ArticleID: v1.ArticleID, Status: claimtrail.PutUnchanged, Version: 1}) {
		t.Errorf("first content again = %+v, want unchanged version 1", r)
	}
	key := harbor().Doc.URL
	all, n, err := s.FindArticles(ctx, claimtrail.ArticleFilter{Key: &key})
	if err != nil {
		t.Fatal(err)
	} else if n != 2 || len(all) != 2 || all[0].Version != 1 || all[1].Version != 2 {
		t.Fatalf("all versions: n=%d %v", n, versions(all))
	}
	latest, n, err := s.FindArticles(ctx, claimtrail.ArticleFilter{Key: &key, Latest: true})
	if err != nil {
		t.Fatal(err)
	} else if n != 1 || len(latest) != 1 || latest[0].ID != v2.ArticleID || latest[0].Version != 2 {
		t.Fatalf("latest: n=%d %v, want version 2 only", n, versions(latest))
	}
	// A third version follows the second.
	v3in := harborV2()
	v3in.Hash = "hash-harbor-3"
	v3in.Doc.Title = "Harbor reopening delayed (second correction)"
	if r := MustPut(t, s, v3in)[0]; r.Status != claimtrail.PutVersion || r.Version != 3 {
		t.Errorf("third version = %+v", r)
	}
}

func versions(as []*claimtrail.Article) []int {
	out := []int{}
	for _, a := range as {
		out = append(out, a.Version)
	}
	return out
}

func testPutSameBatch(t *testing.T, s claimtrail.Store) {
	res := MustPut(t, s, harbor(), harbor(), harborV2(), quarry())
	want := []struct {
		status  string
		version int
	}{{claimtrail.PutCreated, 1}, {claimtrail.PutUnchanged, 1}, {claimtrail.PutVersion, 2}, {claimtrail.PutCreated, 1}}
	for i, w := range want {
		if res[i].Status != w.status || res[i].Version != w.version {
			t.Errorf("result %d = %+v, want %s version %d", i, res[i], w.status, w.version)
		}
	}
	if res[1].ArticleID != res[0].ArticleID {
		t.Errorf("repeat in batch got id %d, want %d", res[1].ArticleID, res[0].ArticleID)
	}
	if st := MustStats(t, s); st.Articles != 2 || st.Versions != 3 || st.Statements != 3 {
		t.Errorf("stats = %+v, want 2 articles, 3 versions, 3 latest statements", st)
	}
}

func testPutInvalid(t *testing.T, s claimtrail.Store) {
	tests := []struct {
		name   string
		modify func(in *claimtrail.ArticleInput)
	}{
		{"NilDoc", func(in *claimtrail.ArticleInput) { in.Doc = nil }},
		{"NoKey", func(in *claimtrail.ArticleInput) { in.Doc.ID, in.Doc.URL = "", "" }},
		{"NoHash", func(in *claimtrail.ArticleInput) { in.Hash = "" }},
		{"ReversedSpan", func(in *claimtrail.ArticleInput) { in.Statements[0].Cue.Span = claimtrail.Span{Start: 9, End: 3} }},
		{"SpanPastText", func(in *claimtrail.ArticleInput) { in.Statements[1].Span.End = len(in.Doc.Text) + 1 }},
		{"NegativeSpan", func(in *claimtrail.ArticleInput) { in.Statements[2].Via[0].Span.Start = -1 }},
		{"RepeatedN", func(in *claimtrail.ArticleInput) { in.Statements[1].N = 1 }},
		{"BadUTF8", func(in *claimtrail.ArticleInput) { in.Doc.Title = "caf\xe9" }},
		{"NUL", func(in *claimtrail.ArticleInput) { in.Statements[0].Content.Text = "a\x00b" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := harbor()
			tt.modify(&bad)
			// The valid input before it must not be stored either.
			_, err := s.PutArticles(context.Background(), []claimtrail.ArticleInput{quarry(), bad})
			if code := claimtrail.ErrorCode(err); code != claimtrail.EINVALID {
				t.Fatalf("error %v (code %q), want EINVALID", err, code)
			}
			if st := MustStats(t, s); st.Versions != 0 || st.Statements != 0 {
				t.Errorf("after a failed batch: %d versions, %d statements stored", st.Versions, st.Statements)
			}
		})
	}
}

func testPutEmpty(t *testing.T, s claimtrail.Store) {
	res, err := s.PutArticles(context.Background(), nil)
	if err != nil || len(res) != 0 {
		t.Fatalf("PutArticles(nil) = %v, %v", res, err)
	}
	// An article without statements is stored all the same.
	in := quarry()
	in.Statements = nil
	if r := MustPut(t, s, in)[0]; r.Status != claimtrail.PutCreated {
		t.Fatalf("no statements: %+v", r)
	}
}

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

func testHasArticle(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	MustPut(t, s, harbor(), quarry())
	tests := []struct {
		key, hash string
		want      bool
	}{
		{harbor().Doc.URL, "hash-harbor-1", true},
		{harbor().Doc.URL, "hash-harbor-2", false},
		{"harbor-dredging", "hash-harbor-1", false}, // stored under its URL, not its id
		{"quarry-notes", "hash-quarry-1", true},
		{"", "", false},
	}
	for _, tt := range tests {
		got, err := s.HasArticle(ctx, tt.key, tt.hash)
		if err != nil || got != tt.want {
			t.Errorf("HasArticle(%q, %q) = %v, %v; want %v", tt.key, tt.hash, got, err, tt.want)
		}
	}
}

func testFindArticleByID(t *testing.T, s claimtrail.Store) {
	res := MustPut(t, s, corpus()...)
	for i, in := range corpus() {
		a, err := s.FindArticleByID(context.Background(), res[i].ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != in.Doc.Text || a.Document.ID != in.Doc.ID {
			t.Errorf("article %d: doc %q text %q", res[i].ArticleID, a.Document.ID, a.Text)
		}
	}
}

func testFindArticleNotFound(t *testing.T, s claimtrail.Store) {
	MustPut(t, s, quarry())
	for _, id := range []int64{0, -1, 987654321} {
		a, err := s.FindArticleByID(context.Background(), id)
		if code := claimtrail.ErrorCode(err); code != claimtrail.ENOTFOUND || a != nil {
			t.Errorf("FindArticleByID(%d) = %v, %v (code %q); want ENOTFOUND", id, a, err, code)
		}
	}
}

func testFindArticles(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	res := MustPut(t, s, corpus()...)
	ids := func(as []*claimtrail.Article) []int64 {
		out := []int64{}
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	tests := []struct {
		name      string
		f         claimtrail.ArticleFilter
		want      []int64
		wantTotal int
	}{
		{"All", claimtrail.ArticleFilter{}, []int64{res[0].ArticleID, res[1].ArticleID, res[2].ArticleID}, 3},
		{"Doc", claimtrail.ArticleFilter{Doc: str("quarry-notes")}, []int64{res[2].ArticleID}, 1},
		{"Key", claimtrail.ArticleFilter{Key: str(harbor().Doc.URL)}, []int64{res[0].ArticleID}, 1},
		{"Title", claimtrail.ArticleFilter{Query: "restoration"}, []int64{res[1].ArticleID}, 1},
		{"TextStemmed", claimtrail.ArticleFilter{Query: "dredge"}, []int64{res[0].ArticleID}, 1},
		{"TwoTerms", claimtrail.ArticleFilter{Query: "quarry hearing", Latest: true}, []int64{res[2].ArticleID}, 1},
		{"NoMatch", claimtrail.ArticleFilter{Query: "zeppelin"}, []int64{}, 0},
		{"Page", claimtrail.ArticleFilter{Offset: 1, Limit: 1}, []int64{res[1].ArticleID}, 3},
		{"PastEnd", claimtrail.ArticleFilter{Offset: 5}, []int64{}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total, err := s.FindArticles(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(ids(got), tt.want) || total != tt.wantTotal {
				t.Errorf("got %v total %d, want %v total %d", ids(got), total, tt.want, tt.wantTotal)
			}
			for _, a := range got {
				if a.Text != "" {
					t.Errorf("article %d has text without an ID filter", a.ID)
				}
			}
		})
	}
	got, _, err := s.FindArticles(ctx, claimtrail.ArticleFilter{ID: &res[1].ArticleID})
	if err != nil || len(got) != 1 || got[0].Text != lighthouseText {
		t.Errorf("ID filter: %v, %v; want the article with its text", got, err)
	}
}

func testFindStatementsFilters(t *testing.T, s claimtrail.Store) {
	res := MustPut(t, s, corpus()...)
	tests := []struct {
		name string
		f    claimtrail.StatementFilter
		want []string
	}{
		{"All", claimtrail.StatementFilter{}, []string{
			"harbor-dredging#1", "harbor-dredging#2", "harbor-dredging#3",
			"lighthouse-fund#1", "lighthouse-fund#2", "lighthouse-fund#3",
			"quarry-notes#1", "quarry-notes#2"}},
		{"ArticleID", claimtrail.StatementFilter{ArticleID: &res[1].ArticleID}, []string{"lighthouse-fund#1", "lighthouse-fund#2", "lighthouse-fund#3"}},
		{"ArticleIDs", claimtrail.StatementFilter{ArticleIDs: []int64{res[0].ArticleID, res[2].ArticleID}}, []string{
			"harbor-dredging#1", "harbor-dredging#2", "harbor-dredging#3", "quarry-notes#1", "quarry-notes#2"}},
		{"Doc", claimtrail.StatementFilter{Doc: str("quarry-notes")}, []string{"quarry-notes#1", "quarry-notes#2"}},
		{"UnknownDoc", claimtrail.StatementFilter{Doc: str("nowhere")}, []string{}},
		{"Speaker", claimtrail.StatementFilter{Speaker: str("Dana Whitlock")}, []string{"harbor-dredging#1", "harbor-dredging#2", "lighthouse-fund#1"}},
		{"SpeakerFolded", claimtrail.StatementFilter{Speaker: str("ILSE moravec")}, []string{"lighthouse-fund#2", "lighthouse-fund#3", "quarry-notes#1"}},
		{"SpeakerPartial", claimtrail.StatementFilter{Speaker: str("Moravec")}, []string{}},
		{"Deny", claimtrail.StatementFilter{Polarity: str(claimtrail.Deny)}, []string{"harbor-dredging#2", "harbor-dredging#3", "lighthouse-fund#3"}},
		{"SpeakerAndPolarity", claimtrail.StatementFilter{Speaker: str("ilse moravec"), Polarity: str(claimtrail.Affirm)}, []string{"lighthouse-fund#2", "quarry-notes#1"}},
		// said_on's first day (a week's Monday, a month's first) else the
		// publication date; quarry-notes#2 has neither.
		{"May", claimtrail.StatementFilter{From: ptrTime(day("2025-05-01")), To: ptrTime(day("2025-05-31"))}, []string{"lighthouse-fund#1", "quarry-notes#1"}},
		{"FromJune", claimtrail.StatementFilter{From: ptrTime(day("2025-06-01"))}, []string{"lighthouse-fund#2", "lighthouse-fund#3"}},
		{"ToMarch10", claimtrail.StatementFilter{To: ptrTime(day("2025-03-10"))}, []string{"harbor-dredging#1", "harbor-dredging#2", "harbor-dredging#3"}},
		{"WeekMonday", claimtrail.StatementFilter{From: ptrTime(day("2025-05-26")), To: ptrTime(day("2025-05-26"))}, []string{"lighthouse-fund#1"}},
		{"EmptyRange", claimtrail.StatementFilter{From: ptrTime(day("2025-07-01")), To: ptrTime(day("2025-01-01"))}, []string{}},
		{"Latest", claimtrail.StatementFilter{Latest: true, Polarity: str(claimtrail.Deny)}, []string{"harbor-dredging#2", "harbor-dredging#3", "lighthouse-fund#3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total := MustFindStatements(t, s, tt.f)
			if !reflect.DeepEqual(keys(got), tt.want) || total != len(tt.want) {
				t.Errorf("got %v (total %d), want %v", keys(got), total, tt.want)
			}
		})
	}
}

func ptrTime(t time.Time) *time.Time { return &t }

func testFindStatementsQuery(t *testing.T, s claimtrail.Store) {
	MustPut(t, s, corpus()...)
	tests := []struct {
		name  string
		query string
		want  []string // sorted
	}{
		{"Content", "pier", []string{"harbor-dredging#2"}},
		{"Stemmed", "replacing", []string{"lighthouse-fund#2"}},
		{"AllTermsRequired", "harbor reopen", []string{"harbor-dredging#1"}},
		{"NoneHasBoth", "harbor pier", []string{}},
		{"Cue", "rejected", []string{"lighthouse-fund#3"}},
		{"SpeakerName", "whitlock", []string{"harbor-dredging#1", "harbor-dredging#2", "lighthouse-fund#1"}},
		{"CaseInsensitive", "GREYHOOK", []string{"lighthouse-fund#1"}},
		{"NotInStatements", "Saltmere", []string{}},
		{"OperatorsDropped", "pier OR harbor", []string{}},
		{"OperatorWordsOnly", "AND OR NOT", nil}, // no terms: matches everything
		{"Punctuation", "pier!", []string{"harbor-dredging#2"}},
		{"Quoted", `"northern pier"`, []string{"harbor-dredging#2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total := MustFindStatements(t, s, claimtrail.StatementFilter{Query: tt.query, Latest: true})
			k := keys(got)
			sortStrings(k)
			if tt.want == nil {
				if total != 8 {
					t.Errorf("query %q: total %d, want all 8", tt.query, total)
				}
				return
			}
			if !reflect.DeepEqual(k, tt.want) || total != len(tt.want) {
				t.Errorf("query %q: got %v (total %d), want %v", tt.query, k, total, tt.want)
			}
			for _, st := range got {
				if st.Rank <= 0 {
					t.Errorf("query %q: %s#%d rank %v, want > 0", tt.query, st.Doc, st.N, st.Rank)
				}
			}
		})
	}
}

func testFindStatementsConcepts(t *testing.T, s claimtrail.Store) {
	MustPut(t, s, corpus()...)
	// "port" also matches the speaker "Ministry of Ports", "sign" its "signed".
	harbor := []string{"harbor", "port", "pier"}
	sell := []string{"sell", "reopen", "sign"}
	tower := []string{"lighthouse", "tower"}
	tests := []struct {
		name     string
		f        claimtrail.StatementFilter
		want     []string // sorted
		wantRank bool
	}{
		{"AllGroups", claimtrail.StatementFilter{Concepts: [][]string{harbor, sell}}, []string{"harbor-dredging#1", "harbor-dredging#2", "harbor-dredging#3"}, true},
		{"AnyOneGroup", claimtrail.StatementFilter{Concepts: [][]string{harbor, tower}, MinConcepts: 1}, []string{
			"harbor-dredging#1", "harbor-dredging#2", "harbor-dredging#3", "lighthouse-fund#1", "lighthouse-fund#3"}, true},
		{"TwoOfThree", claimtrail.StatementFilter{Concepts: [][]string{harbor, sell, tower}, MinConcepts: 2}, []string{"harbor-dredging#1", "harbor-dredging#2", "harbor-dredging#3"}, true},
		{"Phrase", claimtrail.StatementFilter{Concepts: [][]string{{"northern pier"}, {"northern harbor"}}, MinConcepts: 1}, []string{"harbor-dredging#2"}, true},
		{"SpeakerCounts", claimtrail.StatementFilter{Concepts: [][]string{{"moravec"}, {"lamp", "quarry"}}}, []string{"lighthouse-fund#2", "quarry-notes#1"}, true},
		{"WithQuery", claimtrail.StatementFilter{Query: "whitlock", Concepts: [][]string{harbor}}, []string{"harbor-dredging#1", "harbor-dredging#2"}, true},
		{"Hostile", claimtrail.StatementFilter{Concepts: [][]string{{`"`, "NEAR(", "*"}, {"zzz OR", `'; DROP TABLE statements; --`}}, MinConcepts: 1}, []string{}, true},
		{"EmptyGroups", claimtrail.StatementFilter{Concepts: [][]string{{}, {"", "  "}}}, nil, false},
		{"SkipTotal", claimtrail.StatementFilter{Concepts: [][]string{harbor, sell}, SkipTotal: true}, []string{"harbor-dredging#1", "harbor-dredging#2", "harbor-dredging#3"}, true},
		{"Unranked", claimtrail.StatementFilter{Concepts: [][]string{harbor, sell}, Unranked: true}, []string{"harbor-dredging#1", "harbor-dredging#2", "harbor-dredging#3"}, false},
		{"UnrankedLimit", claimtrail.StatementFilter{Concepts: [][]string{harbor, sell}, Unranked: true, Limit: 1}, []string{"harbor-dredging#1"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.f.Latest = true
			got, total := MustFindStatements(t, s, tt.f)
			k := keys(got)
			sortStrings(k)
			if tt.want == nil {
				if total != 8 {
					t.Errorf("no usable group: total %d, want all 8", total)
				}
				return
			}
			wantTotal := len(tt.want)
			if tt.f.Limit > 0 {
				wantTotal = 3
			}
			if tt.f.SkipTotal {
				wantTotal = -1
			}
			if !reflect.DeepEqual(k, tt.want) || total != wantTotal {
				t.Errorf("got %v (total %d), want %v (total %d)", k, total, tt.want, wantTotal)
			}
			for _, st := range got {
				if tt.wantRank && st.Rank <= 0 {
					t.Errorf("%s#%d rank %v, want > 0", st.Doc, st.N, st.Rank)
				}
			}
		})
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func testFindStatementsRank(t *testing.T, s claimtrail.Store) {
	text := `Ferry ferry ferry timetable. ` +
		`The timetable for the morning ferry changed after a long meeting of the council about budgets, roads and schools.`
	st := func(n int, sub string) claimtrail.Statement {
		return claimtrail.Statement{Doc: "ferry", N: n, Content: claimtrail.Content{Text: sub, Spans: []claimtrail.Span{at(text, sub)}}, Span: at(text, sub)}
	}
	MustPut(t, s, claimtrail.ArticleInput{Doc: &claimtrail.Document{ID: "ferry", Text: text}, Hash: "h", Statements: []claimtrail.Statement{
		st(1, "The timetable for the morning ferry changed after a long meeting of the council about budgets, roads and schools"),
		st(2, "Ferry ferry ferry timetable"),
	}})
	got, total := MustFindStatements(t, s, claimtrail.StatementFilter{Query: "ferry"})
	if total != 2 || len(got) != 2 {
		t.Fatalf("got %d statements, want 2", total)
	}
	if got[0].N != 2 || !(got[0].Rank > got[1].Rank) {
		t.Errorf("ranking: #%d (%v) before #%d (%v); want #2 first with the higher rank", got[0].N, got[0].Rank, got[1].N, got[1].Rank)
	}
}

// HostileQueries are search texts made of FTS5 and tsquery syntax, SQL,
// control bytes and oversize input; FuzzQuery seeds from them.
var HostileQueries = []string{
	`"`, `""`, `"pier`, `pier"`, `*`, `pier*`, `^pier`, `-pier`, `+pier`, `pier:`, `content:pier`,
	`NEAR(pier harbor)`, `(pier`, `pier)`, `AND`, `NOT pier`, `pier NOT`, `{content}: pier`,
	`'; DROP TABLE statements; --`, `pier'); DELETE FROM articles; --`, `\`, `%`, `_`, `!@#$%^&*()`,
	`a & b | !c`, `pier <-> harbor`, `pier:*`, `'pier'`, "pier\x00harbor", "\xff\xfe", "\u200b", "🚢 pier",
	strings.Repeat("pier ", 300), strings.Repeat("x", 5000), `,`, `.`, `-`, `a-b-c`, `U.S.`, `l'état`,
}

// testHostileQuery feeds search syntax and SQL to both searches: nothing
// may fail, and the store must be intact afterwards.
func testHostileQuery(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	MustPut(t, s, corpus()...)
	for _, q := range HostileQueries {
		if _, _, err := s.FindStatements(ctx, claimtrail.StatementFilter{Query: q, Latest: true, Limit: 5}); err != nil {
			t.Errorf("FindStatements(%q): %v", q, err)
		}
		if _, _, err := s.FindArticles(ctx, claimtrail.ArticleFilter{Query: q, Limit: 5}); err != nil {
			t.Errorf("FindArticles(%q): %v", q, err)
		}
		if _, _, err := s.FindSpeakers(ctx, claimtrail.SpeakerFilter{Query: q, Limit: 5}); err != nil {
			t.Errorf("FindSpeakers(%q): %v", q, err)
		}
	}
	if st := MustStats(t, s); st.Versions != 3 || st.Statements != 8 {
		t.Errorf("store changed by queries: %+v", st)
	}
}

func testFindStatementsPaging(t *testing.T, s claimtrail.Store) {
	MustPut(t, s, corpus()...)
	all, total := MustFindStatements(t, s, claimtrail.StatementFilter{})
	if total != 8 {
		t.Fatalf("total %d, want 8", total)
	}
	tests := []struct {
		offset, limit int
		want          []string
	}{
		{0, 3, keys(all[0:3])},
		{3, 3, keys(all[3:6])},
		{6, 3, keys(all[6:8])},
		{8, 3, []string{}},
		{100, 0, []string{}},
		{2, 0, keys(all[2:])},
	}
	for _, tt := range tests {
		got, n := MustFindStatements(t, s, claimtrail.StatementFilter{Offset: tt.offset, Limit: tt.limit})
		if !reflect.DeepEqual(keys(got), tt.want) || n != 8 {
			t.Errorf("offset %d limit %d: got %v total %d, want %v total 8", tt.offset, tt.limit, keys(got), n, tt.want)
		}
	}
	// Paging a filtered, ranked query counts the filtered total.
	got, n := MustFindStatements(t, s, claimtrail.StatementFilter{Query: "said", Limit: 1})
	if n != 4 || len(got) != 1 {
		t.Errorf("query page: %d items of %d, want 1 of 4", len(got), n)
	}
}

func testFindStatementsLatest(t *testing.T, s claimtrail.Store) {
	MustPut(t, s, corpus()...)
	MustPut(t, s, harborV2())
	tests := []struct {
		name      string
		f         claimtrail.StatementFilter
		wantTotal int
	}{
		{"AllVersions", claimtrail.StatementFilter{}, 9},
		{"Latest", claimtrail.StatementFilter{Latest: true}, 6},
		{"LatestDoc", claimtrail.StatementFilter{Latest: true, Doc: str("harbor-dredging")}, 1},
		{"AllDoc", claimtrail.StatementFilter{Doc: str("harbor-dredging")}, 4},
		{"LatestQuery", claimtrail.StatementFilter{Latest: true, Query: "pier"}, 0},
		{"OldQuery", claimtrail.StatementFilter{Query: "pier"}, 1},
		{"LatestSpeaker", claimtrail.StatementFilter{Latest: true, Speaker: str("dana whitlock")}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total := MustFindStatements(t, s, tt.f)
			if total != tt.wantTotal || len(got) != tt.wantTotal {
				t.Errorf("got %d (total %d), want %d: %v", len(got), total, tt.wantTotal, keys(got))
			}
		})
	}
	// The new version's statement reads its own article's metadata.
	got, _ := MustFindStatements(t, s, claimtrail.StatementFilter{Latest: true, Doc: str("harbor-dredging")})
	if len(got) == 1 && (got[0].Title != harborV2().Doc.Title || got[0].Content.Text != "the harbor would reopen in May") {
		t.Errorf("latest harbor statement: %q / %q", got[0].Title, got[0].Content.Text)
	}
}

func testFindSpeakers(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	MustPut(t, s, corpus()...)
	dana := &claimtrail.SpeakerSummary{Name: "Dana Whitlock", Type: "person", Role: "Port commissioner",
		Affiliation: "Saltmere Harbor Board", Statements: 3, Affirms: 2, Denies: 1, First: "2025-03-10", Last: "2025-W22"}
	ilse := &claimtrail.SpeakerSummary{Name: "Ilse Moravec", Type: "person", Role: "Engineer",
		Affiliation: "Greyhook Works", Statements: 3, Affirms: 2, Denies: 1, First: "2025-05", Last: "2025-05"}
	ministry := &claimtrail.SpeakerSummary{Name: "Ministry of Ports", Type: "government", Statements: 1,
		Denies: 1, First: "2025-03-10", Last: "2025-03-10"}
	tests := []struct {
		name      string
		f         claimtrail.SpeakerFilter
		want      []*claimtrail.SpeakerSummary
		wantTotal int
	}{
		{"All", claimtrail.SpeakerFilter{}, []*claimtrail.SpeakerSummary{dana, ilse, ministry}, 3},
		{"Substring", claimtrail.SpeakerFilter{Query: "MORAV"}, []*claimtrail.SpeakerSummary{ilse}, 1},
		{"Wildcards", claimtrail.SpeakerFilter{Query: "%"}, nil, 0},
		{"Page", claimtrail.SpeakerFilter{Offset: 1, Limit: 1}, []*claimtrail.SpeakerSummary{ilse}, 3},
		{"PastEnd", claimtrail.SpeakerFilter{Offset: 3}, nil, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total, err := s.FindSpeakers(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if total != tt.wantTotal || len(got) != len(tt.want) {
				t.Fatalf("got %d (total %d), want %d (total %d)", len(got), total, len(tt.want), tt.wantTotal)
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], tt.want[i]) {
					t.Errorf("speaker %d:\n got %+v\nwant %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
	// Only the latest version counts.
	MustPut(t, s, harborV2())
	got, _, err := s.FindSpeakers(ctx, claimtrail.SpeakerFilter{Query: "whitlock"})
	if err != nil || len(got) != 1 || got[0].Statements != 2 || got[0].First != "2025-03-11" {
		t.Errorf("after a new version: %+v, %v; want 2 statements from 2025-03-11", got, err)
	}
}

func testStats(t *testing.T, s claimtrail.Store) {
	empty := MustStats(t, s)
	if empty.Articles != 0 || empty.Statements != 0 || empty.SchemaVersion < 1 || empty.Backend == "" || empty.ByPolarity == nil {
		t.Errorf("empty store stats = %+v", empty)
	}
	MustPut(t, s, corpus()...)
	got := MustStats(t, s)
	want := &claimtrail.Stats{Articles: 3, Versions: 3, Statements: 8, Speakers: 3, Sources: 2,
		ByPolarity: map[string]int{claimtrail.Affirm: 5, claimtrail.Deny: 3}, FirstPublished: "2025-03-10",
		LastPublished: "2025-06-02", SchemaVersion: empty.SchemaVersion, Backend: empty.Backend}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stats:\n got %+v\nwant %+v", got, want)
	}
	MustPut(t, s, harborV2())
	got = MustStats(t, s)
	if got.Articles != 3 || got.Versions != 4 || got.Statements != 6 || got.FirstPublished != "2025-03-11" {
		t.Errorf("stats after a new version = %+v", got)
	}
}

func testInvalidPage(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	MustPut(t, s, quarry())
	_, _, err1 := s.FindStatements(ctx, claimtrail.StatementFilter{Offset: -1})
	_, _, err2 := s.FindArticles(ctx, claimtrail.ArticleFilter{Limit: -1})
	_, _, err3 := s.FindSpeakers(ctx, claimtrail.SpeakerFilter{Offset: -5})
	for i, err := range []error{err1, err2, err3} {
		if code := claimtrail.ErrorCode(err); code != claimtrail.EINVALID {
			t.Errorf("call %d: %v (code %q), want EINVALID", i+1, err, code)
		}
	}
}
