package attrib

import (
	"testing"
	"time"
)

// TestGroupRuns_ResumesAfterReport checks that a quotation in the
// sentence after a reporting clause goes on the clause's statement when
// it opens that sentence, and not when it stands inside the reporter's
// next sentence (someone else's words), which a later cue is nearer to.
// Sentences invented.
func TestGroupRuns_ResumesAfterReport(t *testing.T) {
	lb, _ := newTestTagger(t)
	for _, tt := range []struct {
		text, next string
		want       int // content runs of the spokesman's statement
	}{
		{`"The plan will take ten years to pay off," a spokesman said. Councillor Ivo Brandt has branded the plan a waste and "badly flawed". He said: "It is a mistake."`,
			`badly flawed`, 1},
		{`"The plan will take ten years to pay off," a spokesman said. "It is a long-term project." He said: "It is a mistake."`,
			`It is a long-term project.`, 2},
	} {
		d := lb.Build(tt.text, time.Time{})
		runs := []Run{
			runOf(d, "The plan will take ten years to pay off", 2),
			runOf(d, "a spokesman", 0),
			runOf(d, "said", 1),
			runOf(d, tt.next, 2),
			runOf(d, "He", 0),
			runOf(d, "said:", 1),
			runOf(d, "It is a mistake.", 2),
		}
		gs := groupRuns(d, runs)
		if len(gs) != 2 || len(gs[0].Contents) != tt.want {
			t.Errorf("%q: %d groups, contents %v, want %d content runs", tt.text, len(gs), gs, tt.want)
		}
	}
}
