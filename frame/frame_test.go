package frame_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/frame"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/timex"
)

// All sentences are invented for this test. Each is one attribution: the
// source is the words before the cue, the cue one word, the content the
// words from contentFrom to the final period.
func TestReader(t *testing.T) {
	rec, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	lb, err := layer.New("en", layer.Options{Timex: rec})
	if err != nil {
		t.Fatal(err)
	}
	r, err := frame.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, cue, contentFrom string
		channel, venue, addressee    string
		via, polarity, form          string
		hedged                       bool
	}{
		{"phone call with a person", "In a telephone conversation with Ida Brandt, Tomas Adler said the port would close.", "said", "the",
			claimtrail.ChannelPhoneCall, "", "Ida Brandt", "", claimtrail.Affirm, claimtrail.FormIndirect, false},
		{"told an outlet", "Tomas Adler told CNN the port would close.", "told", "the",
			claimtrail.ChannelInterview, "CNN", "", "", claimtrail.Affirm, claimtrail.FormIndirect, false},
		{"told a person", "Tomas Adler told Ida Brandt the port would close.", "told", "the",
			claimtrail.ChannelUnknown, "", "Ida Brandt", "", claimtrail.Affirm, claimtrail.FormIndirect, false},
		{"tweeted", "Tomas Adler tweeted that the port would close.", "tweeted", "that",
			claimtrail.ChannelSocialMedia, "Twitter", "", "", claimtrail.Affirm, claimtrail.FormIndirect, false},
		{"via and a denial", "Tomas Adler said that, according to the harbour police, no ships had left.", "said", "that",
			claimtrail.ChannelUnknown, "", "", "harbour police", claimtrail.Deny, claimtrail.FormIndirect, false},
		{"not only negates nothing", "Tomas Adler said the port was not only open but busy.", "said", "the",
			claimtrail.ChannelUnknown, "", "", "", claimtrail.Affirm, claimtrail.FormIndirect, false},
		{"hedged, a month is no hedge", "Tomas Adler said the port may reopen in May.", "said", "the",
			claimtrail.ChannelUnknown, "", "", "", claimtrail.Affirm, claimtrail.FormIndirect, true},
		{"a month alone", "Tomas Adler said the port reopens in May.", "said", "the",
			claimtrail.ChannelUnknown, "", "", "", claimtrail.Affirm, claimtrail.FormIndirect, false},
		{"direct", "Tomas Adler said: “The port is open.”", "said", "“",
			claimtrail.ChannelUnknown, "", "", "", claimtrail.Affirm, claimtrail.FormDirect, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := lb.Build(tt.text, time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC))
			at := func(w string) int {
				for i, tk := range d.Toks {
					if tk.Text(d.Text) == w {
						return i
					}
				}
				t.Fatalf("no token %q", w)
				return -1
			}
			cue := at(tt.cue)
			end := len(d.Toks)
			if d.Toks[end-1].Text(d.Text) == "." {
				end--
			}
			g := &attrib.Group{
				Cue:      attrib.Run{Role: 1, First: cue, Last: cue + 1},
				Sources:  []attrib.Run{{Role: 0, First: cue - 2, Last: cue}},
				Contents: []attrib.Run{{Role: 2, First: at(tt.contentFrom), Last: end}},
			}
			lemma := strings.ToLower(tt.cue)
			if c := d.Cue[cue]; c.Class != 0 {
				lemma = c.Lemma
			}
			st := &claimtrail.Statement{Cue: claimtrail.Cue{Text: tt.cue, Lemma: lemma, Span: d.Toks[cue].Span}}
			r.Channel(d, g, st)
			var via []string
			for _, v := range r.Via(nil, d, g) {
				via = append(via, v.Name)
			}
			polarity, _ := r.Polarity(d, g)
			got := []string{st.Channel.Kind, st.Channel.Venue, st.Addressee, strings.Join(via, ";"), polarity, r.Form(d, g, st.Cue)}
			want := []string{tt.channel, tt.venue, tt.addressee, tt.via, tt.polarity, tt.form}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("channel, venue, addressee, via, polarity, form = %q, want %q", got, want)
					break
				}
			}
			if h := r.Hedged(d, g); h != tt.hedged {
				t.Errorf("hedged %v, want %v", h, tt.hedged)
			}
		})
	}
}
