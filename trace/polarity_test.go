package trace

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/stance"
)

// deniedByCue reads extraction's polarity_by; only a deny statement
// stored before the field ("") asks the cue table.
func TestDeniedByCue(t *testing.T) {
	sc, err := stance.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tr := &Tracer{stance: sc}
	tests := []struct {
		name, polarity, by, lemma string
		want                      bool
	}{
		{"a denial cue", claimtrail.Deny, claimtrail.PolarityByCue, "deny", true},
		{"negated content", claimtrail.Deny, claimtrail.PolarityByContent, "say", false},
		{"the field decides, not the table", claimtrail.Deny, claimtrail.PolarityByContent, "deny", false},
		{"the field decides a cue the table lacks", claimtrail.Deny, claimtrail.PolarityByCue, "say", true},
		{"affirm", claimtrail.Affirm, "", "deny", false},
		{"stored before the field: a denial cue", claimtrail.Deny, "", "deny", true},
		{"stored before the field: negated content", claimtrail.Deny, "", "say", false},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Polarity: tt.polarity, PolarityBy: tt.by, Cue: claimtrail.Cue{Lemma: tt.lemma}}
		if got := tr.deniedByCue(st); got != tt.want {
			t.Errorf("%s: deniedByCue = %v, want %v", tt.name, got, tt.want)
		}
	}
}
