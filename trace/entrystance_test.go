package trace

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/stance"
)

func TestAgreeWithEntries(t *testing.T) {
	narr := func(st string) *claimtrail.TracedStatement {
		return &claimtrail.TracedStatement{Stance: st, StanceConfidence: 0.9}
	}
	voices := func(sts ...string) []stance.Voice {
		var vs []stance.Voice
		for _, s := range sts {
			vs = append(vs, stance.Voice{Stance: s, Confidence: 0.8, Match: 0.9})
		}
		return vs
	}
	const A, D, N, Dis = claimtrail.Asserts, claimtrail.Denies, claimtrail.Neutral, claimtrail.Discusses
	tests := []struct {
		name      string
		move      bool
		titled    bool
		body      string
		narration *claimtrail.TracedStatement
		voices    []stance.Voice
		want      string
	}{
		{"a prediction: neutral entries only", true, true, A, narr(N), voices(N, N), Dis},
		{"a prediction: a denying entry only", true, true, A, nil, voices(D), D},
		{"a prediction: an asserting statement", true, true, A, nil, voices(N, A), A},
		{"a prediction: asserting narration", true, true, A, narr(A), voices(N), A},
		{"a titled article without an entry discusses", true, true, A, nil, nil, Dis},
		{"an event: a titled article without an entry discusses", false, true, D, nil, nil, Dis},
		{"an untitled body without an entry keeps its stance", true, false, A, nil, nil, A},
		{"an untitled event body without an entry keeps its stance", false, false, D, nil, nil, D},
		{"a prediction: the body discusses, the own voice asserts", true, true, Dis, narr(A), nil, A},
		{"the body discusses, two asserting statements", false, true, Dis, nil, voices(A, N, A), A},
		{"the body asserts, a denying statement only", false, true, A, narr(N), voices(D), D},
		{"statements on both sides, the own voice open", true, true, A, narr(N), voices(A, D), Dis},
		{"a denial story that quotes the claim once", false, true, Dis, nil, voices(D, D, A, D), D},
		{"two assertions, two denials", false, true, A, nil, voices(D, A, A, D), Dis},
		{"statements on both sides, the own voice asserts", false, true, D, narr(A), voices(D, A), A},
		{"an untitled body keeps its stance whatever its rows", false, false, Dis, nil, voices(A, A), Dis},
		{"an event: neutral rows, a titled article discusses", false, true, D, narr(N), voices(N), Dis},
		{"a prediction: the body denies, the only row is open", true, true, D, nil, voices(N), Dis},
		{"an untitled event body keeps its stance beside open rows", false, false, A, narr(N), voices(N), A},
		{"an event: the body asserts, its rows are open", false, true, A, narr(N), voices(N), Dis},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := agreeWithEntries(tt.move, tt.titled, tt.body, 0.7, tt.narration, tt.voices); got != tt.want {
				t.Errorf("agreeWithEntries = %s, want %s", got, tt.want)
			}
		})
	}
}
