// The FindStatements tests that search text: queries, concept searches,
// ranking and hostile query syntax.

package storetest

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

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
