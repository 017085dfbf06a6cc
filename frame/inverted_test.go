package frame_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
)

// runOf returns the tokens of the first occurrence of part in d's text.
func runOf(t *testing.T, d *layer.Doc, part string) attrib.Run {
	t.Helper()
	at := strings.Index(d.Text, part)
	if at < 0 {
		t.Fatalf("no %q", part)
	}
	first, last := -1, -1
	for k, tk := range d.Toks {
		if tk.Start >= at && tk.End <= at+len(part) {
			if first < 0 {
				first = k
			}
			last = k + 1
		}
	}
	return attrib.Run{First: first, Last: last}
}

// A cue set inside what is said with its speaker after it ("The tone
// of the hearing, said Ms Quill, would be calm"): the name after the
// cue is the source, the words before the cue and after the name are
// what was said. A cue of more than one word or a source with an
// apposition of its own stays as the tagger read it. The sentences are
// invented.
func TestReader_InvertedCue(t *testing.T) {
	tests := []struct {
		name, text, source, cue, content string
		wantSource, wantContent          string
	}{
		{"a one-word cue between what is said",
			"The tone of the hearing, said Ms Quill, would be calm and short.",
			"The tone of the hearing,", "said", "Ms Quill, would be calm and short",
			"Ms Quill", "The tone of the hearing | would be calm and short"},
		{"guard: a verb phrase and its object",
			"The Harbour Rights Trust, a civil rights group, is also defending Tolvane Networks, the firm behind the software.",
			"The Harbour Rights Trust, a civil rights group,", "is also defending", "Tolvane Networks, the firm behind the software",
			"The Harbour Rights Trust, a civil rights group,", "Tolvane Networks, the firm behind the software"},
		{"guard: a source with an apposition of its own",
			"Ravi Kessler, the founder, said Tolvane, the buyer, would keep all staff.",
			"Ravi Kessler, the founder,", "said", "Tolvane, the buyer, would keep all staff",
			"Ravi Kessler, the founder,", "Tolvane, the buyer, would keep all staff"},
	}
	b, r := newTestReader(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := b.Build(tt.text, time.Time{})
			src := runOf(t, d, tt.source)
			g := attrib.Group{Cue: runOf(t, d, tt.cue), Source: src, Sources: []attrib.Run{src}, Contents: []attrib.Run{runOf(t, d, tt.content)}}
			r.Bound(d, &g)
			gotSource := d.Text[d.Toks[g.Source.First].Start:d.Toks[g.Source.Last-1].End]
			if gotSource != tt.wantSource || contentsText(d, &g, " | ") != tt.wantContent {
				t.Errorf("source %q, content %q; want %q, %q", gotSource, contentsText(d, &g, " | "), tt.wantSource, tt.wantContent)
			}
		})
	}
}
