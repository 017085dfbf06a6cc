package attrib

import "testing"

// TestCutCueAddressee checks that a cue run loses the addressee it
// closes on when what was said follows, and keeps an object, a
// reflexive, a phrase ending on a preposition and a count of times.
func TestCutCueAddressee(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"Tomas Brell [has told the court] that the contracts were fair.", "has told"},
		{"Ilsa Varn [is to tell the audience] that the harbour will reopen.", "is to tell"},
		{"Ilsa Varn [warned councillors] that the pier would close.", "warned"},
		{"Ilsa Varn [assured Parliament] that the bill was about safety.", "assured"},
		{"Ilsa Varn [told them]: \"The pier is safe.\"", "told"},
		{"The union [continues to tell itself] that the strike will end.", "continues to tell itself"},
		{"Ilsa Varn [was asked several times] whether the pier would close.", "was asked several times"},
		{"Ilsa Varn [reminded viewers about] the closure of the pier.", "reminded viewers about"},
		{"Ilsa Varn [told a different story] about the pier.", "told a different story"},
		{"Ilsa Varn [warned councillors] on Monday.", "warned councillors"},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := Group{Cue: r}
		tg.cutCueAddressee(d, &g)
		got := d.Text[d.Toks[g.Cue.First].Start:d.Toks[g.Cue.Last-1].End]
		if got != tt.want {
			t.Errorf("%q: cue %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFrontedVerbCue checks that "Said X:" opening a sentence gives the
// verb as the cue and X as the source, and that a colon after a plain
// name or a word the lexicon does not hold stays the cue.
func TestFrontedVerbCue(t *testing.T) {
	lb, _ := newTestTagger(t)
	tests := []struct{ text, cue, source string }{
		{"The pier is shut. [Said Tomas Brell]: \"We will reopen it.\"", "Said", "Tomas Brell"},
		{"The pier is shut. [Added Ilsa Varn]: \"We will reopen it.\"", "Added", "Ilsa Varn"},
		{"The pier is shut. [Tomas Brell]: \"We will reopen it.\"", ":", "Tomas Brell"},
		{"The pier is shut. [Harbour Trust]: \"We will reopen it.\"", ":", "Harbour Trust"},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := Group{Cue: Run{Role: 1, First: r.Last, Last: r.Last + 1}, Sources: []Run{{Role: 0, First: r.First, Last: r.Last}}}
		frontedVerbCue(d, &g)
		cue := d.Text[d.Toks[g.Cue.First].Start:d.Toks[g.Cue.Last-1].End]
		src := d.Text[d.Toks[g.Sources[0].First].Start:d.Toks[g.Sources[0].Last-1].End]
		if cue != tt.cue || src != tt.source {
			t.Errorf("%q: cue %q source %q, want %q, %q", tt.text, cue, src, tt.cue, tt.source)
		}
	}
}

// TestCutCueTopic checks that a cue run loses a phrase of what or whom
// it was said about or to when what was said is elsewhere, and keeps a
// preposition whose object is what was said.
func TestCutCueTopic(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"Ilsa Varn [said to reporters]: \"We will reopen the pier.\"", "said"},
		{"Tomas Brell [said of the new pier]: \"It is the finest.\"", "said"},
		{"\"It is the finest,\" Tomas Brell [said of].", "said"},
		{"Tomas Brell [warned of] a long fight over the harbour.", "warned of"},
		{"Analysts [point to] the rise in ferry fares.", "point to"},
		{"Ilsa Varn [wrote to the mayor about] the closure of the pier.", "wrote to the mayor about"},
		{"Ilsa Varn [went on]: \"The pier will close.\"", "went on"},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := Group{Cue: r, Contents: []Run{{Role: 2, First: r.Last + 1, Last: len(d.Toks) - 1}}}
		tg.cutCueTopic(d, &g)
		got := d.Text[d.Toks[g.Cue.First].Start:d.Toks[g.Cue.Last-1].End]
		if got != tt.want {
			t.Errorf("%q: cue %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCutCueAddresseePreposition checks that a run closing on an
// addressee and the preposition opening what was said (addressee-cues
// third field) ends at the verb when a content follows, and that a
// preposition with no addressee before it or of another verb stays.
func TestCutCueAddresseePreposition(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"Ilsa Varn [also cautioned residents against] using the old bridge.", "also cautioned"},
		{"Ilsa Varn [warned councillors about] raising the fares.", "warned"},
		{"Ilsa Varn [warned against] raising the fares.", "warned against"},
		{"Ilsa Varn [reminded viewers against] raising the fares.", "reminded viewers against"},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := Group{Cue: r, Contents: []Run{{Role: 2, First: r.Last, Last: d.Sents[d.Sent[r.First]].Last}}}
		tg.cutCueAddressee(d, &g)
		got := d.Text[d.Toks[g.Cue.First].Start:d.Toks[g.Cue.Last-1].End]
		if got != tt.want {
			t.Errorf("%q: cue %q, want %q", tt.text, got, tt.want)
		}
	}
}
