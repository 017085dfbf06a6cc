package trace

import (
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail/match"
)

// The memo must answer what ScoreText answers, the second time too, and
// hand out slices the caller may change without changing the next answer.
func TestTextScores(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	c := m.Claim("Iran supplies drones to Russia")
	memo := newTextScores(m, c)
	for _, text := range []string{
		"Tehran shipped unmanned aerial vehicles to Moscow last year.",
		"Iran denied sending any drones.",
		"The weather was fine.",
		"",
	} {
		want := m.ScoreText(c, text)
		for round := range 2 {
			got := memo.score(m, c, text)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q, round %d: %+v, want %+v", text, round, got, want)
			}
			for i := range got.Strengths {
				got.Strengths[i] = -1 // the caller's own copy
			}
			if len(got.Matched) > 0 {
				got.Matched[0] = "changed"
			}
		}
	}
	if n := len(memo.byText); n != 4 {
		t.Errorf("memo holds %d texts, want 4", n)
	}
	// Another claim is scored afresh, never from this claim's memo.
	other := m.Claim("China sells weapons to Russia")
	text := "Iran denied sending any drones."
	if got, want := memo.score(m, other, text), m.ScoreText(other, text); !reflect.DeepEqual(got, want) {
		t.Errorf("other claim: %+v, want %+v", got, want)
	}
	var none *textScores
	if got, want := none.score(m, c, text), m.ScoreText(c, text); !reflect.DeepEqual(got, want) {
		t.Errorf("nil memo: %+v, want %+v", got, want)
	}
}
