package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail"
)

func testFindSpeakers(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	MustPut(t, s, corpus()...)
	dana := &claimtrail.SpeakerSummary{Name: "Dana Whitlock", Type: "person", Role: "Port commissioner",
		Affiliation: "Saltmere Harbor Board", Statements: 3, Affirmations: 2, Denials: 1, First: "2025-03-10", Last: "2025-W22"}
	ilse := &claimtrail.SpeakerSummary{Name: "Ilse Moravec", Type: "person", Role: "Engineer",
		Affiliation: "Greyhook Works", Statements: 3, Affirmations: 2, Denials: 1, First: "2025-05", Last: "2025-05"}
	ministry := &claimtrail.SpeakerSummary{Name: "Ministry of Ports", Type: "government", Statements: 1,
		Denials: 1, First: "2025-03-10", Last: "2025-03-10"}
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
				if got[i].ID <= 0 {
					t.Errorf("speaker %d: id %d", i, got[i].ID)
				}
				got[i].ID = 0 // the store's
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
