package attrib

import (
	"strings"
	"testing"
	"time"
)

// TestExtendList checks that a content the tagger ended on a list's first
// item runs on over the list, and that an apposition, a clause after the
// comma, a contrast and a list the tagger labelled are left as they were.
// The sentences are invented for this test.
func TestExtendList(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text, cue, content string
		other              string // a run the tagger labelled: a source, or a cue after "said"
		want               string
	}{
		{"The rider then claimed the title race would be between himself, Piet Vos and Ana Ruiz of Spain but Hall is unfazed.", "claimed", "the title race would be between himself", "", "the title race would be between himself, Piet Vos and Ana Ruiz of Spain"},
		{"Ms Dane said they would not be campaigning in print, radio or TV for votes at the count in May.", "said", "they would not be campaigning in print", "radio or TV for votes at the count in May", "they would not be campaigning in print, radio or TV for votes at the count in May"},
		{"Mr Holt said the leaders had talked about Ghana, the ferry row, the port in the north and the dispute over fees.", "said", "the leaders had talked about Ghana", "", "the leaders had talked about Ghana, the ferry row, the port in the north and the dispute over fees"},
		{"Police said he was wearing a ski-mask, a grey jacket, and trainers - and ran off.", "said", "he was wearing a ski-mask", "", "he was wearing a ski-mask, a grey jacket, and trainers"},
		// left as they were
		{"The firm said it would cut jobs, Ms Dane and Mr Holt said.", "said", "it would cut jobs", "Holt said", "it would cut jobs"},
		{"The mayor announced that two boards, the port board, the ferry trust and the dock agency, would be merged.", "announced", "that two boards, the port board", "", "that two boards, the port board"},
		{"The mayor announced that two boards, safety and training body Ova, the port board and the dock agency, would be merged.", "announced", "that two boards", "", "that two boards"},
		{"He said he would face Ms Vale, a former mayor and lawyer.", "said", "he would face Ms Vale", "", "he would face Ms Vale"},
		{"The union has criticised the regulator, the Harbour Authority (HA).", "criticised", "the regulator", "", "the regulator"},
		{"The firm said it would cut jobs, and the union fears more cuts.", "said", "it would cut jobs", "", "it would cut jobs"},
		{"The firm said it would cut jobs, while the union and its members were angry.", "said", "it would cut jobs", "", "it would cut jobs"},
		{"The firm said it would cut costs, citing prices and demand.", "said", "it would cut costs", "", "it would cut costs"},
		{"The firm highlights the case of Varco, a shipping firm that came close to merging with Ostra and Lind.", "highlights", "the case of Varco", "", "the case of Varco"},
		{"The board said there was no plan, but fans and players remain worried.", "said", "there was no plan", "", "there was no plan"},
	}
	for _, tt := range tests {
		d := lb.Build(tt.text, time.Time{})
		labs := make([]uint8, len(d.Toks))
		g := Group{Cue: runOf(d, tt.cue, 1), Contents: []Run{runOf(d, tt.content, 2)}}
		markRuns(labs, g.Cue, g.Contents[0])
		if tt.other != "" {
			o := runOf(d, tt.other, 0)
			if strings.HasSuffix(tt.other, "said") {
				o = Run{Role: 1, First: o.Last - 1, Last: o.Last}
			}
			markRuns(labs, o)
		}
		tg.extendList(d, &g, labs)
		c := g.Contents[0]
		if got := tt.text[d.Toks[c.First].Start:d.Toks[c.Last-1].End]; got != tt.want {
			var tags []string
			for k := range d.Toks {
				tags = append(tags, d.Toks[k].Text(d.Text)+"/"+d.POSNames[d.POS[k]])
			}
			t.Errorf("%q: content %q, want %q (%s)", tt.text, got, tt.want, strings.Join(tags, " "))
		}
	}
}
