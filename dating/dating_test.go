package dating_test

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/dating"
	"github.com/claimtrail/claimtrail/internal/layertest"
)

// The text is invented for this test: an explicit date, the same
// speaker in the next sentence, a present-tense cue, and the same
// speaker after it: the publication date it shares stays "published".
func TestDater_SaidOn(t *testing.T) {
	lb := layertest.NewBuilder(t)
	text := "Tomas Adler said on Friday that the port was closed. Adler added that it would reopen.\n\nIda Brandt says the ferries run. Brandt noted that fares rose."
	doc := &claimtrail.Document{ID: "t", Text: text, Published: time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)}
	d := lb.Build(text, doc.Published)
	at := func(w string) int { return layertest.At(t, d, w) }
	tests := []struct {
		cue, contentFrom, speaker string
		value, basis              string
	}{
		{"said", "that", "Tomas Adler", "2024-06-07", claimtrail.BasisExplicit},
		{"added", "that", "Tomas Adler", "2024-06-07", claimtrail.BasisContext},
		{"says", "the", "Ida Brandt", "2024-06-10", claimtrail.BasisPublished},
		{"noted", "that", "Ida Brandt", "2024-06-10", claimtrail.BasisPublished},
	}
	dt := dating.New(d, doc)
	for _, tt := range tests {
		k, c := at(tt.cue), at(tt.contentFrom)
		end := c
		for end < len(d.Toks) && d.Sent[end] == d.Sent[c] && d.Toks[end].Text(text) != "." {
			end++
		}
		g := attrib.Group{Cue: attrib.Run{Role: 1, First: k, Last: k + 1}, Contents: []attrib.Run{{Role: 2, First: c, Last: end}}}
		st := &claimtrail.Statement{Speaker: claimtrail.Speaker{Name: tt.speaker}}
		on := dt.SaidOn(g, st, -1, -1)
		if on == nil || on.Value != tt.value || on.Basis != tt.basis {
			t.Errorf("%s: said_on %+v, want %s (%s)", tt.cue, on, tt.value, tt.basis)
		}
	}
}

// Without a document date "Friday" names no calendar day: said_on is
// null and the expression is kept, then shared by the same speaker's next
// statement without its span.
func TestDater_SaidOnExpr(t *testing.T) {
	lb := layertest.NewBuilder(t)
	text := "Tomas Adler said on Friday that the port was closed. Adler added that it would reopen."
	doc := &claimtrail.Document{ID: "t", Text: text}
	d := lb.Build(text, time.Time{})
	dt := dating.New(d, doc)
	for i, cue := range []string{"said", "added"} {
		k, c := -1, -1
		for j, tk := range d.Toks {
			if tk.Text(text) == cue {
				k = j
			}
			if k >= 0 && c < 0 && tk.Text(text) == "that" {
				c = j
			}
		}
		end := c
		for end < len(d.Toks) && d.Toks[end].Text(text) != "." {
			end++
		}
		g := attrib.Group{Cue: attrib.Run{Role: 1, First: k, Last: k + 1}, Contents: []attrib.Run{{Role: 2, First: c, Last: end}}}
		st := &claimtrail.Statement{Speaker: claimtrail.Speaker{Name: "Tomas Adler"}}
		if on := dt.SaidOn(g, st, -1, -1); on != nil {
			t.Errorf("%s: said_on %+v, want null", cue, on)
		}
		e := st.SaidOnExpr
		if e == nil || e.Text != "Friday" || e.Timex != "XXXX-WXX-5" || (e.Span != nil) != (i == 0) {
			t.Errorf("%s: said_on_expr %+v, want Friday, XXXX-WXX-5, span only on the first", cue, e)
		} else if i == 0 && text[e.Span.Start:e.Span.End] != "Friday" {
			t.Errorf("span %v covers %q", *e.Span, text[e.Span.Start:e.Span.End])
		}
	}
}

// A date of another main clause before the statement ("…, but", ";")
// dates what that clause tells, not the saying; one in brackets or in
// the statement's own clause does. The texts are invented for this test.
func TestDater_OtherClause(t *testing.T) {
	lb := layertest.NewBuilder(t)
	pub := time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, cue, want string
	}{
		{"The port closed last year, but Tomas Adler said that it would reopen.", "said", ""},
		{"The port closed in March; Tomas Adler said that it would reopen.", "said", ""},
		{"On Friday, Tomas Adler said that the port would reopen.", "said", "2024-06-07"},
		{"Profits for 2023 rose (to $5m; £4m), and on Friday Tomas Adler said that the port would reopen.", "said", "2024-06-07"},
		{"The port closed last year, but Tomas Adler says that it will reopen.", "says", "2024-06-10"},
		{"Sales fell in March - and Tomas Adler said that the port would reopen.", "said", ""},
		{"On Friday - a day early - Tomas Adler said that the port would reopen.", "said", "2024-06-07"},
		{"On Friday the well-known Tomas Adler said that the port would reopen.", "said", "2024-06-07"},
		// a date in a relative clause set off before the cue dates the clause
		{"Harbour chief Tomas Adler, who was fined in March for speeding, said that the port would reopen.", "said", ""},
		{"Harbour chief Tomas Adler - who took office last year - said that the port would reopen.", "said", ""},
		{"Harbour chief Tomas Adler, who runs the port, said on Friday that it would reopen.", "said", "2024-06-07"},
		{"On Friday Tomas Adler, who runs the port, said that it would reopen.", "said", "2024-06-07"},
	}
	for _, tt := range tests {
		doc := &claimtrail.Document{ID: "t", Text: tt.text, Published: pub}
		d := lb.Build(tt.text, pub)
		k, c := layertest.At(t, d, tt.cue), layertest.At(t, d, "that")
		src := k - 2
		g := attrib.Group{Cue: attrib.Run{Role: 1, First: k, Last: k + 1},
			Sources:  []attrib.Run{{Role: 0, First: src, Last: k}},
			Contents: []attrib.Run{{Role: 2, First: c, Last: len(d.Toks) - 1}}}
		st := &claimtrail.Statement{Speaker: claimtrail.Speaker{Name: "Tomas Adler"}}
		dt := dating.New(d, doc)
		on := dt.SaidOn(g, st, -1, -1)
		got := ""
		if on != nil {
			got = on.Value
		}
		if got != tt.want {
			t.Errorf("%q: said_on %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A wire dateline's date is when the lead's statements were made: the
// agency filed the report that day. The text is invented for this test.
func TestDater_Dateline(t *testing.T) {
	lb := layertest.NewBuilder(t)
	text := "LONDON, Oct 6 (Reuters) - Lumen Bank said it would split into two companies.\n\nLumen Bank's chief executive thinks the split helps."
	doc := &claimtrail.Document{ID: "t", Text: text, Published: time.Date(2024, 10, 8, 0, 0, 0, 0, time.UTC)}
	d := lb.Build(text, doc.Published)
	at := func(w string) int { return layertest.At(t, d, w) }
	dt := dating.New(d, doc)
	k, c := at("said"), at("it")
	g := attrib.Group{Cue: attrib.Run{Role: 1, First: k, Last: k + 1}, Contents: []attrib.Run{{Role: 2, First: c, Last: at("companies") + 1}}}
	on := dt.SaidOn(g, &claimtrail.Statement{Speaker: claimtrail.Speaker{Name: "Lumen Bank"}}, -1, -1)
	if on == nil || on.Value != "2024-10-06" || on.Basis != claimtrail.BasisContext {
		t.Errorf("lead statement: said_on %+v, want 2024-10-06 (context)", on)
	}
	k, c = at("thinks"), at("the")
	g = attrib.Group{Cue: attrib.Run{Role: 1, First: k, Last: k + 1}, Contents: []attrib.Run{{Role: 2, First: c, Last: at("helps") + 1}}}
	on = dt.SaidOn(g, &claimtrail.Statement{Speaker: claimtrail.Speaker{Name: "chief executive"}}, -1, -1)
	if on != nil && on.Value == "2024-10-06" {
		t.Errorf("a later paragraph took the dateline's date: %+v", on)
	}
}

// A date in a relative clause that opens after the cue ("said Tomas
// Adler, who …") dates what the clause tells, not the saying; one
// outside such a clause still does. The texts are invented for this test.
func TestDater_RelativeAfterCue(t *testing.T) {
	lb := layertest.NewBuilder(t)
	pub := time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, want string
	}{
		{`"The port will reopen," said Tomas Adler, who was fined in March for speeding.`, ""},
		{`"The port will reopen," said Tomas Adler, who sails to Oslo on Friday.`, ""},
		{`"The port will reopen," said harbour chief Tomas Adler, whose ferries stopped last week.`, ""},
		{`"The port will reopen," said Tomas Adler on Friday.`, "2024-06-07"},
		{`"The port will reopen," said Tomas Adler, the harbour chief, on Friday.`, "2024-06-07"},
	}
	for _, tt := range tests {
		doc := &claimtrail.Document{ID: "t", Text: tt.text, Published: pub}
		d := lb.Build(tt.text, pub)
		k := layertest.At(t, d, "said")
		g := attrib.Group{Cue: attrib.Run{Role: 1, First: k, Last: k + 1},
			Sources:  []attrib.Run{{Role: 0, First: k + 1, Last: k + 3}},
			Contents: []attrib.Run{{Role: 2, First: 1, Last: k - 3}}}
		st := &claimtrail.Statement{Speaker: claimtrail.Speaker{Name: "Tomas Adler"}}
		dt := dating.New(d, doc)
		on := dt.SaidOn(g, st, -1, -1)
		got := ""
		if on != nil {
			got = on.Value
		}
		if got != tt.want {
			t.Errorf("%q: said_on %q, want %q", tt.text, got, tt.want)
		}
	}
}
