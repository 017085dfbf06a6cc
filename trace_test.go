package claimtrail

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

func TestTracedStatement_JSONRoundTrip(t *testing.T) {
	in := TracedStatement{Stance: Denies, StanceConfidence: 0.8, Match: 0.75}
	in.ID, in.Doc, in.N = 7, "harbour", 2
	in.Published = time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)
	in.SaidOn = &TimeRef{Value: "2025-03-13", Grain: GrainDay, Basis: BasisExplicit}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil || m["published"] != "2025-03-15" {
		t.Fatalf("published written as %v (%v)", m["published"], err)
	}
	var out TracedStatement
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if !out.Published.Equal(in.Published) || out.Stance != in.Stance || out.Doc != in.Doc || !reflect.DeepEqual(out.SaidOn, in.SaidOn) {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}
	var tr Trace
	if err := json.Unmarshal([]byte(`{"claim":"c","statements":[`+string(b)+`]}`), &tr); err != nil || len(tr.Statements) != 1 {
		t.Errorf("trace decode: %v", err)
	}
}

func TestDateRange(t *testing.T) {
	tests := []struct {
		v, first, last string
		ok             bool
	}{
		{"2022-10-07", "2022-10-07", "2022-10-07", true},
		{"2022-10-07T14:00", "2022-10-07", "2022-10-07", true},
		{"2022-10", "2022-10-01", "2022-10-31", true},
		{"2024-02", "2024-02-01", "2024-02-29", true},
		{"2022", "2022-01-01", "2022-12-31", true},
		{"2022-W40", "2022-10-03", "2022-10-09", true},
		{"2022-Q3", "2022-07-01", "2022-09-30", true},
		{"XXXX-04-24", "", "", false},
		{"PRESENT_REF", "", "", false},
		{"P2W", "", "", false},
		{"2022-13", "", "", false},
		{"2022-02-30", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		f, l, ok := DateRange(tt.v)
		if ok != tt.ok || ok && (f.Format("2006-01-02") != tt.first || l.Format("2006-01-02") != tt.last) {
			t.Errorf("DateRange(%q) = %v, %v, %v; want %s, %s, %v", tt.v, f, l, ok, tt.first, tt.last, tt.ok)
		}
	}
}
