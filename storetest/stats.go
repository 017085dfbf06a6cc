package storetest

import (
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail"
)

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
