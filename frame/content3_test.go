package frame_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/frame"
	"github.com/claimtrail/claimtrail/layer"
)

// TestReader_BoundCutShort checks the contents the tagger cut short or
// let run on that Bound mends (issue 14, s17-content3): a dash aside
// kept to its closing dash, a subordinator before an aside, a
// coordinated subject, a participle after the last noun, a channel's addressee, the reporter's "He
// added:" in a quotation left open; and the guards. The fragments are
// joined by " … ". Sentences invented.
func TestReader_BoundCutShort(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{"Pell believes Kilkenny can win the cup - their first since 1972 - in this year's league.",
			"Kilkenny can win the cup - their first since 1972",
			"Kilkenny can win the cup - their first since 1972 - in this year's league"},
		{"Tovey admitted the size of the offer - a record for the club - quickly won him over.",
			"the size of the offer - a record for the club",
			"the size of the offer - a record for the club - quickly won him over"},
		{"Hobb said the bid would fail if, as two ministers have suggested, the owners refuse to sell.",
			"the bid would fail if", "the bid would fail if … the owners refuse to sell"},
		{"Hobb said the bid would fail unless, in the end, the owners agreed to sell.",
			"the bid would fail unless, in the end",
			"the bid would fail unless, in the end, the owners agreed to sell"},
		{"Holt found that Fenwick and Holloway have been keeping customers by offering lower prices.",
			"that Fenwick", "that Fenwick and Holloway have been keeping customers by offering lower prices"},
		{"Harlow said in a statement to the Oslo stock exchange that its sales had risen.",
			"the Oslo stock exchange that its sales had risen", "that its sales had risen"},
		{"Pask said: \"I lost two years for nothing. He added: \"They tried to break me. I am still here.\" The ministry denied it.",
			"I lost two years for nothing. He added: \"They tried to break me. I am still here.\" The ministry denied it",
			"I lost two years for nothing. … They tried to break me. I am still here."},
		{"Holt said he was ashamed of a party whose leaders had gone missing after the great opportunity offered by its third place in May.",
			"he was ashamed of a party whose leaders had gone missing after the great opportunity",
			"he was ashamed of a party whose leaders had gone missing after the great opportunity offered by its third place in May"},
		// guards: the reporter's next clause, three dashes, a subordinator with no clause after its aside
		{"Dorrit denied the claims and said he would sue.", "the claims", "the claims"},
		{"Ander said the firm had cut 200 jobs - most of them in Leeds - and the union said it would fight.",
			"the firm had cut 200 jobs - most of them in Leeds", "the firm had cut 200 jobs - most of them in Leeds"},
		{"Hobb said the bid would fail if, as two ministers have hinted, nothing changes soon enough.",
			"the bid would fail if", "the bid would fail if"},
	} {
		boundContents(t, lb, r, tt.text, tt.content, tt.want)
	}
}

// boundContents runs Bound on a group whose source is token 0, its cue
// token 1 and its content the first occurrence of content in text, and
// checks the contents' text, fragments joined by " … ".
func boundContents(t *testing.T, lb *layer.Builder, r *frame.Reader, text, content, want string) {
	t.Helper()
	d := lb.Build(text, time.Time{})
	i := strings.Index(text, content)
	g := &attrib.Group{
		Cue:      attrib.Run{Role: 1, First: 1, Last: 2},
		Sources:  []attrib.Run{{Role: 0, First: 0, Last: 1}},
		Contents: []attrib.Run{{Role: 2, First: d.TokenAt(i), Last: d.TokenAt(i + len(content))}},
	}
	g.Source = g.Sources[0]
	r.Bound(d, g)
	if got := contentsText(d, g, " … "); got != want {
		t.Errorf("%q: content %q, want %q", text, got, want)
	}
}
