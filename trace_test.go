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

func TestStoredStatement_FirstDay(t *testing.T) {
	pub := time.Date(2022, 7, 11, 15, 4, 0, 0, time.UTC)
	tests := []struct {
		name   string
		saidOn *TimeRef
		pub    time.Time
		day    string
		bySaid bool
		ok     bool
	}{
		{"said_on", &TimeRef{Value: "2022-W40"}, pub, "2022-10-03", true, true},
		{"said_on without a calendar date", &TimeRef{Value: "XXXX-04-24"}, pub, "2022-07-11", false, true},
		{"publication", nil, pub, "2022-07-11", false, true},
		{"neither", &TimeRef{Value: "PRESENT_REF"}, time.Time{}, "", false, false},
	}
	for _, tt := range tests {
		st := &StoredStatement{Statement: Statement{SaidOn: tt.saidOn}, Published: tt.pub}
		d, bySaid, ok := st.FirstDay()
		if ok != tt.ok || bySaid != tt.bySaid || ok && d.Format("2006-01-02") != tt.day || ok && d.Location() != time.UTC {
			t.Errorf("%s: FirstDay() = %v, %v, %v; want %s, %v, %v", tt.name, d, bySaid, ok, tt.day, tt.bySaid, tt.ok)
		}
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
		{"2022-W01", "2022-01-03", "2022-01-09", true},
		{"2022-10-07TMO", "2022-10-07", "2022-10-07", true},
		// a sign is no year (the web timeline once read "+202" as the year 202)
		{"+202", "", "", false},
		{"+2022", "", "", false},
		{"-2022", "", "", false},
		// a day followed by anything but a time names no period
		{"2022-10-07x", "", "", false},
		{"2022-10-07 10:00", "", "", false},
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
