// The FindStatements tests that do not search text: filters, paging and
// the latest-version rule.

package storetest

import (
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail"
)

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
