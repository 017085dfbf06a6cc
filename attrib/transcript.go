package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A transcript — an interview or a debate printed as "WALLACE: …" /
// "PENCE: …" — attributes each such line to the speaker its label names,
// the colon being the cue and the rest of the line the content. The
// tagger cannot learn this (PolNeAR train holds two transcripts), so it
// is read by rule, and only in a document that is plainly a transcript:
// at least minTranscriptLines lines open with a label, two different
// speakers among them, one speaking twice. A label is one to four words in
// capitals, after any quotation marks that open the paragraph (a
// transcript quoted at length reopens its quotation each paragraph), then
// a colon and more text; labels of page furniture ("VIDEO:", "UPDATE:")
// name no speaker.

// minTranscriptLines is how many labelled lines make a transcript.
const minTranscriptLines = 3

// labelLine is a transcript line of tokens [start, end): the label's
// tokens [from, colon) after any opening quotation marks, then the colon.
type labelLine struct {
	start, from, colon, end int
}

// transcriptLines appends to dst the labelled lines of d when d is a
// transcript, and returns dst unchanged otherwise.
func (t *Tagger) transcriptLines(d *layer.Doc, dst []labelLine) []labelLine {
	start := len(dst)
	for first := 0; first < len(d.Toks); {
		end := first + 1
		for end < len(d.Toks) && d.Line[end] == d.Line[first] {
			end++
		}
		if ll, ok := t.turnAt(d, first, end); ok {
			dst = append(dst, ll)
		}
		first = end
	}
	lines := dst[start:]
	if len(lines) < minTranscriptLines {
		return dst[:start]
	}
	// two speakers, one of them twice
	count := map[string]int{}
	twice := false
	for _, ll := range lines {
		k := d.Text[d.Toks[ll.from].Start:d.Toks[ll.colon-1].End]
		count[k]++
		twice = twice || count[k] > 1
	}
	if len(count) < 2 || !twice {
		return dst[:start]
	}
	return dst
}

// turnAt reads the label opening the line of tokens [first, end): a turn
// of the transcript, if d is one.
func (t *Tagger) turnAt(d *layer.Doc, first, end int) (labelLine, bool) {
	from := first
	for from < end && d.Toks[from].Kind == token.Quote {
		from++
	}
	colon := from
	for colon < end && colon < from+4 && d.Toks[colon].Kind == token.Word && capitals(d.Toks[colon].Text(d.Text)) {
		colon++
	}
	if colon == from || colon+1 >= end || d.Toks[colon].Kind != token.Punct || d.Text[d.Toks[colon].Start] != ':' {
		return labelLine{}, false
	}
	label := d.Low[from]
	for k := from + 1; k < colon; k++ {
		label += " " + d.Low[k]
	}
	if t.nonSpeakers.Has(label) {
		return labelLine{}, false
	}
	return labelLine{start: first, from: from, colon: colon, end: end}, true
}

// capitals reports whether w has two letters or more, all upper case.
func capitals(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters >= 2
}

// readTranscript labels each transcript line: its label the source, the
// colon the cue, the rest of the line the content. What the tagger read
// in those lines gives way: one line is one speaker's turn.
func readTranscript(labs []uint8, lines []labelLine) {
	for _, ll := range lines {
		for k := ll.start; k < ll.from; k++ {
			labs[k] = labO // opening quotation marks
		}
		spanLabels(labs, 0, ll.from, ll.colon)
		labs[ll.colon] = labelOf(1, posS)
		spanLabels(labs, 2, ll.colon+1, ll.end)
	}
}

// spanLabels labels tokens [first, last) as one span of role r, BIOES.
func spanLabels(labs []uint8, r, first, last int) {
	if last-first == 1 {
		labs[first] = labelOf(r, posS)
		return
	}
	for k := first; k < last; k++ {
		switch k {
		case first:
			labs[k] = labelOf(r, posB)
		case last - 1:
			labs[k] = labelOf(r, posE)
		default:
			labs[k] = labelOf(r, posI)
		}
	}
}
