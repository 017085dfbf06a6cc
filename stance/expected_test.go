package stance_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// An event named as expected, in attributive use, is taken as coming by
// whoever names it: toward a claim of it the statement asserts (issue 15).
// The sentences are written for this test; the controls keep an expected
// opposite move and negations of the claim's act.
func TestOfStatement_ExpectedEvent(t *testing.T) {
	c := mustNew(t)
	const (
		vote  = "Tessa will hold a referendum on the harbour"
		fares = "Tessa bus fares will rise"
		fall  = "Tessa bus fares will fall"
	)
	tests := []struct {
		kind, claim, form, content string
		want                       string
	}{
		{"ahead of an expected referendum", vote, "indirect", "the mayor would not sign the harbour plan ahead of an expected spring referendum", A},
		{"ahead of an expected referendum, narration", vote, "narration", "The mayor spoke in Tessa ahead of an expected spring referendum on the harbour.", A},
		{"the widely expected rise", fares, "indirect", "riders would not cope with the widely expected rise in Tessa bus fares", A},
		{"a denial of something else", vote, "denied", "a suggestion the plan was designed to win votes ahead of an expected spring referendum", A},
		// controls
		{"a denial of the expected event's act", vote, "denied", "Tessa would hold the expected referendum on the harbour in spring", D},
		{"an expected opposite", fall, "indirect", "riders would not cope with the widely expected rise in Tessa bus fares", N},
		{"a plain denial", vote, "indirect", "Tessa will not hold a referendum on the harbour", D},
		{"ahead of an expected event, a negation after it", vote, "indirect", "any fare rise ahead of an expected spring referendum on the harbour would not hurt the mayor", A},
		{"the expected event denied", vote, "indirect", "Tessa will not hold the expected referendum on the harbour", D},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: "said", Lemma: "say"}, Form: tt.form,
			Content: claimtrail.Content{Text: tt.content}, Polarity: claimtrail.Deny}
		if tt.form == "denied" {
			st.Cue, st.Form = claimtrail.Cue{Text: "dismissed", Lemma: "dismiss"}, "indirect"
		}
		if tt.form == "narration" {
			st.Cue, st.Polarity = claimtrail.Cue{}, claimtrail.Affirm
		}
		if got, _ := c.OfStatement(tt.claim, st); got != tt.want {
			t.Errorf("%s: OfStatement(%q, %q) = %s, want %s", tt.kind, tt.claim, tt.content, got, tt.want)
		}
	}
}
