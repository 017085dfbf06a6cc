package trace_test

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestTrace_ReportedSpeech: a sentence that goes on, backshifted, with a
// councillor's report (x) is listed as his, not as the outlet's own
// voice, and its article asserts the claim with it; the outlet's own
// "will" (z) stays its own voice; of two sentences of a lead that state
// the claim (w), the one that tells of it as to come is listed.
func TestTrace_ReportedSpeech(t *testing.T) {
	got := mustTrace(t, ingestDir(t, "testdata/reported"), "Ostria council will introduce a harbour levy")
	rows := map[string]claimtrail.TracedStatement{}
	for _, s := range got.Statements {
		rows[s.Doc] = s
	}
	if x, ok := rows["x"]; !ok || x.Form == claimtrail.FormNarration || x.Speaker.Name != "Marek Halden" ||
		!strings.Contains(x.Content.Text, "would introduce a harbour levy") || x.Stance != claimtrail.Asserts {
		t.Errorf("x's row %+v: want Marek Halden's report of the levy, asserting", x)
	}
	if z, ok := rows["z"]; !ok || z.Form != claimtrail.FormNarration {
		t.Errorf("z's row %+v: want the outlet's own voice", z)
	}
	if w, ok := rows["w"]; !ok || !strings.Contains(w.Content.Text, "in 2027") {
		t.Errorf("w's row %+v: want the sentence that tells of the levy to come, not the 2019 one", w)
	}
	if got.EarliestAssertion == nil || got.EarliestAssertion.Doc != "x" {
		t.Errorf("earliest assertion %+v: want Marek Halden's in x", got.EarliestAssertion)
	}
	for _, a := range got.Articles {
		if a.Doc == "x" && (a.Stance != claimtrail.Asserts || len(a.Statements) != 1 || a.Narration != "") {
			t.Errorf("article x %+v: want one statement, asserting", a)
		}
	}
}
