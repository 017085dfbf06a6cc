package attrib

import (
	"strings"
	"testing"
)

// TestUnvoiced checks unvoiced.go's constructions on sentences written
// for them (session 17 round 2): the bracketed words are the cue, source
// the words of its source ("" for none); want whether the group is
// dropped as "unvoiced".
func TestUnvoiced(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text, source string
		want         bool
	}{
		{"The Harbour Safety Bill [proposes] new limits on night fishing.", "The Harbour Safety Bill", true},
		{"The Prevention of Smuggling Bill [proposes] new limits on night fishing.", "The Prevention of Smuggling Bill", true},
		{"The directive [is intended to give] small ports more control over fares.", "The directive", true},
		{"Councillors in Dornham [are proposing] a strict new law aimed at curbing noise.", "Councillors in Dornham", true},
		{"What the mayor [wanted] was a quiet harbour, Ms Quill said.", "the mayor", true},
		{"The scheme covers advance directives, where people [say] they want no surgery.", "people", true},
		{"The Green Coast Party, which [campaigned] on a slogan of \"Say no to tolls\", spent £4,000.", "which", true},
		{"It [followed fears] that ticket touts were using stolen cards.", "It", true},
		{"Progress in the Dornham harbour [talks] could bring cheaper fares.", "Progress in the Dornham harbour", true},
		{"Critics of the bill [propose] that the limits be dropped.", "Critics of the bill", false},
		{"The report [proposes] that ferry fares be cut by a fifth.", "The report", false},
		{"The minister [proposed] that the harbour law be changed.", "The minister", false},
		{"It [proposes] control orders for suspects.", "It", false},
		{"Ms Quill was in Kessel, where officials [say] the ferry will stay open.", "officials", false},
		{"Ms Quill [raised fears] that the ferry would close.", "Ms Quill", false},
		{"The mayor [talks] to the ferry firm every week.", "The mayor", false},
		{"Dorn Ferries, which [has formally asked] the harbour board to approve its plan, may sell a boat.", "which", true},
		{"Dorn Ferries [has asked] the harbour board to explain its fares.", "Dorn Ferries", false},
		{"Visitors were greeted with a page that [said] the ferry was full.", "that", true},
		{"The court issued a ruling which [said] the ferry was unsafe.", "which", false},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := Group{Cue: r}
		if tt.source != "" {
			plain := strings.Replace(strings.Replace(tt.text, "[", "", 1), "]", "", 1)
			at := strings.Index(plain, tt.source)
			src := Run{Role: 0, First: d.TokenAt(at), Last: d.TokenAt(at)}
			for src.Last < len(d.Toks) && d.Toks[src.Last].End <= at+len(tt.source) {
				src.Last++
			}
			g.Sources = []Run{src}
		}
		if got := tg.unvoiced(d, &g); got != tt.want {
			t.Errorf("%q: unvoiced %v, want %v", tt.text, got, tt.want)
		}
	}
}
