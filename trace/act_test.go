package trace_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestTrace_SpeechAct: a claim about a speech act ("X denied Y") is stated
// by X's statement whose cue is that act (a), which asserts that the act
// happened though its content is denied; another speaker's act (b) is not
// X's, even in an article whose title names X; X's statement with
// another cue (c) does not state the act; X's act under another denial
// cue (d: "rejected claims that …") is the same act.
func TestTrace_SpeechAct(t *testing.T) {
	got := mustTrace(t, ingestDir(t, "testdata/acts"), "Strall denied the harbour deal claims")
	rows := map[string]claimtrail.TracedStatement{}
	for _, s := range got.Statements {
		rows[s.Doc] = s
	}
	if a, ok := rows["a"]; !ok || a.Speaker.Name != "Veronika Strall" || a.Stance != claimtrail.Asserts {
		t.Errorf("a's row %+v: want Veronika Strall's denial, asserting that she denied", a)
	}
	if d, ok := rows["d"]; !ok || d.Speaker.Name != "Veronika Strall" || d.Stance != claimtrail.Asserts {
		t.Errorf("d's row %+v: want Veronika Strall's rejection, a denial act", d)
	}
	for _, doc := range []string{"b", "c"} {
		if r, ok := rows[doc]; ok {
			t.Errorf("%s's row %+v: want none (another speaker's act, or another act)", doc, r)
		}
	}
}
