package attrib

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/layer"
)

// TestTailGroup checks the reporting clause read at a sentence's end
// (tailclause.go): the source, cue and content it reads from each body
// sentence, or none ("").
func TestTailGroup(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text, source, cue, content string
	}{
		{"Ferry fares in Dorn will rise by a fifth next year, the harbour board has said.", "the harbour board", "has said", "Ferry fares in Dorn will rise by a fifth next year"},
		{"Most ferry users in Dorn paid too much for their tickets, a survey has found.", "a survey", "has found", "Most ferry users in Dorn paid too much for their tickets"},
		{"Ferry use in Dorn fell by a third in the spring, figures show.", "figures", "show", "Ferry use in Dorn fell by a third in the spring"},
		{"The old pier will not survive another winter, say harbour engineers.", "harbour engineers", "say", "The old pier will not survive another winter"},
		{"The ferry line will close within a year, warns port analyst Mira Holt.", "port analyst Mira Holt", "warns", "The ferry line will close within a year"},
		{"The pier was never safe, Ada Rusk told the harbour committee.", "Ada Rusk", "told", "The pier was never safe"},
		{"The new ferry will run from March, the port office said in a statement.", "the port office", "said", "The new ferry will run from March"},
		// guards: an object, an aside, a passive, a negation, a pronoun, a quotation, a naming
		{"After the storm hit the coast, new figures showed a fall in ferry use.", "", "", ""},
		{"Mayor Ada Rusk, speaking at the harbour, stressed this point.", "", "", ""},
		{"Jon Tarn, who ran the ferry line, denied the charges.", "", "", ""},
		{"The ferry fares will rise next year, the committee was told.", "", "", ""},
		{"The ferry fares will rise next year, the board has not said.", "", "", ""},
		{"Small ferry firms were worst hit, it added.", "", "", ""},
		{"\"The fares will rise,\" the board said.", "", "", ""},
		{"The board launched a new ferry last year, called the Dorn Star.", "", "", ""},
		{"He moved the boats to the north pier, a place he regards as safe.", "", "", ""},
		{"At the harbour, the engineers found a crack in the pier.", "", "", ""},
	}
	for _, tt := range tests {
		text := "Harbour news\n\n" + tt.text
		d := lb.Build(text, time.Time{})
		s := d.Sents[len(d.Sents)-1]
		g, ok := tg.tailGroup(d, s.First, s.Last)
		var src, cue, content string
		if ok {
			src, cue, content = runText(d, g.Sources[0]), runText(d, g.Cue), runText(d, g.Contents[0])
		}
		if src != tt.source || cue != tt.cue || content != tt.content {
			t.Errorf("%q: read %q [%q] %q, want %q [%q] %q", tt.text, src, cue, content, tt.source, tt.cue, tt.content)
		}
	}
}

// runText returns the text of run r.
func runText(d *layer.Doc, r Run) string {
	return d.Text[d.Toks[r.First].Start:d.Toks[r.Last-1].End]
}

// TestConditionOutOfCue checks that a cue the tagger ended on the word
// opening a condition gives it back to the content, and that a
// preposition with its object stays in the cue.
func TestConditionOutOfCue(t *testing.T) {
	lb, _ := newTestTagger(t)
	tests := []struct {
		text, want string // bracketed: the tagger's cue; want: the cue after the rule
	}{
		{"Ada Rusk [warned unless] the pier is repaired, the ferry will stop.", "warned"},
		{"Ada Rusk [warned of] the risks, and the council agreed.", "warned of"},
		{"Jon Tarn [argued for] years that the pier was unsafe, but nobody listened.", "argued for"},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, "Harbour news\n\n"+tt.text)
		s := d.Sents[d.Sent[r.First]]
		g := Group{Cue: r, Contents: []Run{{Role: 2, First: r.Last, Last: s.Last - 1}}}
		conditionOutOfCue(d, &g)
		if got := runText(d, g.Cue); got != tt.want || g.Contents[0].First != g.Cue.Last {
			t.Errorf("%q: cue %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSaidBeforeRelay checks the words said read before an active relay
// that closes its sentence ("…," the paper quoted X as saying.).
func TestSaidBeforeRelay(t *testing.T) {
	lb, _ := newTestTagger(t)
	tests := []struct {
		text, want string // bracketed: the relay verb
	}{
		{"\"The pier will close,\" the Dorn Gazette [quoted] one official as saying.", "The pier will close"},
		{"Ferry fares are \"far too high\", the paper [quoted] Mr Tarn as saying.", "Ferry fares are \"far too high\""},
		{"In Dorn, the paper [quoted] Mr Tarn as saying.", ""},
		{"The Dorn Gazette [quoted] Mr Tarn as saying.", ""},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, "Harbour news\n\n"+tt.text)
		got := ""
		if c := saidBeforeRelay(d, r.First); c.Last > c.First {
			got = runText(d, c)
		}
		if got != tt.want {
			t.Errorf("%q: read %q, want %q", tt.text, got, tt.want)
		}
	}
}
