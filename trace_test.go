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
