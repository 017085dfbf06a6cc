package attrib

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/layer"
)

// bracketed returns d built from text without its brackets, and the run
// of the tokens between them.
func bracketed(t *testing.T, lb *layer.Builder, text string) (*layer.Doc, Run) {
	t.Helper()
	open, close := strings.Index(text, "["), strings.Index(text, "]")
	plain := text[:open] + text[open+1:close] + text[close+1:]
	d := lb.Build(plain, time.Time{})
	r := Run{Role: 1, First: d.TokenAt(open), Last: d.TokenAt(close - 1)}
	for r.Last < len(d.Toks) && d.Toks[r.Last].End <= close-1 {
		r.Last++
	}
	return d, r
}

// TestCueHead checks which word of a cue the filter judges: past
// auxiliaries, negations and adverbs, and past a word that says nothing
// to a verb of saying.
func TestCueHead(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text, head string
		negated    bool
	}{
		{"Ilsa Varn [has since said] that the vote was fair.", "said", false},
		{"Ilsa Varn [openly admires] the mayor.", "admires", false},
		{"Ilsa Varn [went on to say] that the vote was fair.", "say", false},
		{"Tolvane Corp [is in talks] to buy a rival.", "in", false},
		{"Analysts [were very upbeat about] the harbour.", "very", false},
		{"There [could be a campaign to explain] the rules.", "campaign", false},
		{"The spokeswoman [would not comment on] its progress.", "comment", true},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		k, neg := tg.cueHead(d, r.First, r.Last)
		if k < 0 || d.Low[k] != tt.head || neg != tt.negated {
			got := "none"
			if k >= 0 {
				got = d.Low[k]
			}
			t.Errorf("%q: head %q negated %v, want %q %v", tt.text, got, neg, tt.head, tt.negated)
		}
	}
	if d, r := bracketed(t, lb, "The harbour vote [was carefully planned] to show unity."); !tg.passiveCue(d, r) {
		t.Errorf("an adverb before the participle hides a passive cue")
	}
	d, r := bracketed(t, lb, "The spokeswoman [would not comment on] its progress.")
	g := Group{Cue: r, Contents: []Run{{Role: 2, First: r.Last, Last: len(d.Toks) - 1}}}
	if !tg.assertsNothing(d, &g) {
		t.Errorf("a negated no-comment cue asserts something")
	}
}

// TestLonePerson checks which one-word contents name whom an act
// touched rather than a claim: a person's pronoun or a reflexive with no
// verb after it. n is the content's length in tokens after the cue.
func TestLonePerson(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text string
		n    int
		want bool
	}{
		{"The guard [attacked] him.", 1, true},
		{"Ilsa Varn [defended] herself and left.", 1, true},
		{"The panel [identified] her on Monday.", 1, true},
		{"Ilsa Varn [claims] she won the vote.", 1, false}, // a content cut short
		{"Ilsa Varn [denied] it.", 1, false},               // a thing: the claim
		{"Ilsa Varn [said] she would resign.", 4, false},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		if got := tg.lonePerson(d, r.Last, r.Last+tt.n); got != tt.want {
			t.Errorf("%q: lonePerson %v, want %v", tt.text, got, tt.want)
		}
	}
}
