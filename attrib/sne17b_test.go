package attrib

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/layer"
)

// sourced builds the document of text, its {source} and its [cue]
// marked, and the group of the two with the rest of the sentence after
// the cue for content.
func sourced(t *testing.T, lb *layer.Builder, text string) (*layer.Doc, Group) {
	t.Helper()
	var plain strings.Builder
	marks := map[byte]int{}
	for i := 0; i < len(text); i++ {
		if c := text[i]; strings.IndexByte("{}[]", c) >= 0 {
			marks[c] = plain.Len()
			continue
		}
		plain.WriteByte(text[i])
	}
	d := lb.Build(plain.String(), time.Time{})
	span := func(open, close, role int) Run {
		r := Run{Role: role, First: d.TokenAt(open), Last: d.TokenAt(open)}
		for r.Last < len(d.Toks) && d.Toks[r.Last].End <= close {
			r.Last++
		}
		return r
	}
	g := Group{Cue: span(marks['['], marks[']'], 1), Sources: []Run{span(marks['{'], marks['}'], 0)}}
	g.Contents = []Run{{Role: 2, First: g.Cue.Last, Last: d.Sents[d.Sent[g.Cue.First]].Last}}
	return d, g
}

// TestNoClaimRound12 checks the frames of session 17's second round on
// sentences written for them: a phrasal verb of deed ("went on the
// offensive", "went back on his promise"), an interest shown and a title
// or a point defended (cue verdict "act-frame", or any cue verdict:
// "dropped"), a saying bidden of another, a name given in passing and a
// trait shown by deed (otherRule "bidden-saying", "naming-participle",
// "deed-shown"), and ("") the statements that must stay.
func TestNoClaimRound12(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"{Opposition leader Vera Dorn} [went on] the offensive over remarks made by the mayor.", "act-frame"},
		{"{The mayor} [went back on] his promise after pressure from the board.", "act-frame"},
		{"{Young voters} [have shown] little interest in local elections.", "act-frame"},
		{"The merger comes as {the biggest ferry firms} [are having to contend with] falling fares.", "dropped"},
		{"{Ilsa Varn} [will defend] her 400m title in March.", "act-frame"},
		{"{Tomas Brell} [had to defend] a break point in the third set.", "act-frame"},
		{"{Councillor Tomas Brell} [challenged the mayor to deny] that she had sold the pier.", "bidden-saying"},
		{"{The union} [dared Mr Vell to deny] that the ferry was late.", "bidden-saying"},
		{"{One kind of virus} [called] a worm has the power to copy itself.", "naming-participle"},
		{"{A breed of sheep} [called] dornmoor gives more wool than most.", "naming-participle"},
		{"On her album Harbour Nights, {Ilsa Varn} [shows] she is tired of fame.", "deed-shown"},
		{"{The striker} [showed] that he can still score goals.", "deed-shown"},
		{"In the final, {Ilsa Varn} [showed] real \"grit\".", "deed-shown"},
		{"{She} [went on]: \"The harbour must stay open.\"", ""},
		{"{He} [went on to say] that the fares were far too high.", ""},
		{"{The mayor} [went on television to say] the ferry would run again.", ""},
		{"{The mayor} [took the chance to deny] that she had sold the pier.", ""},
		{"{The mayor} [called] the plan a disaster.", ""},
		{"{The mayor} [defended] her record, saying the harbour was busy.", ""},
		{"{The mayor} [defended] the decision to close the pier.", ""},
		{"{The union} [called for] a strike at the port.", ""},
		{"{The harbour report} [shows] that ferry fares rose last year.", ""},
		{"{The striker} [showed] that the referee had been wrong.", ""},
		{"{The striker} [showed] that the referee had been \"blind\".", ""},
	}
	for _, tt := range tests {
		d, g := sourced(t, lb, tt.text)
		got := tg.cueVerdict(d, g.Cue)
		if got == "" {
			got = tg.otherRule(d, &g)
		}
		if tt.want == "dropped" && got != "" {
			got = tt.want // a cue-frames phrase: "reports-with" or "act-frame", whichever reads it first
		}
		if got != tt.want {
			k, _ := tg.cueHead(d, g.Cue.First, g.Cue.Last)
			t.Errorf("%q: %q, want %q (head %q/%s, complement %s)", tt.text, got, tt.want, d.Low[k], d.POSNames[d.POS[k]], CompNames[Complement(d, k)])
		}
	}
}
