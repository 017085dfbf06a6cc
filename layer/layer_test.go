package layer_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/internal/layertest"
	"github.com/claimtrail/claimtrail/layer"
)

// The text is invented for this test.
const text = "According to officials, the minister said: “We sent no boats.”\n\nOn Friday the embassy denied it."

func TestBuilder_Build(t *testing.T) {
	d := layertest.NewBuilder(t).Build(text, time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC))
	at := func(w string) int { return layertest.At(t, d, w) }
	if n := len(d.Sents); n != 2 {
		t.Errorf("%d sentences, want 2", n)
	}
	if l := d.Line[at("embassy")]; l != 1 {
		t.Errorf("embassy on line %d, want 1", l)
	}
	if c := d.Cue[at("According")]; c.N != 2 || c.Lemma != "according to" {
		t.Errorf("According: cue %+v, want the two-word cue \"according to\"", c)
	}
	if c := d.CueClass(at("denied"), at("denied")+1); c != "deny" {
		t.Errorf("denied: cue class %q, want deny", c)
	}
	if q := d.Quote[at("boats")]; q < 0 || d.Quotes[q].Close < 0 {
		t.Errorf("boats: quote %d, want inside a terminated quote", q)
	}
	if d.Quote[at("minister")] >= 0 {
		t.Error("minister: inside a quote")
	}
	if d.Lex[at("minister")] != layer.LexPerson || d.Lex[at("embassy")] != layer.LexOffice {
		t.Errorf("lexicon classes minister %d, embassy %d; want %d, %d", d.Lex[at("minister")], d.Lex[at("embassy")], layer.LexPerson, layer.LexOffice)
	}
	if d.Low[at("According")] != "according" {
		t.Errorf("lower-cased According: %q", d.Low[at("According")])
	}
	if len(d.Timex) != 1 || d.Timex[0].Text != "Friday" {
		t.Errorf("time expressions %+v, want Friday", d.Timex)
	}
	if got := d.TimexIn(d.Toks[at("Friday")].Start, d.Toks[at("Friday")].End); len(got) != 1 {
		t.Errorf("TimexIn(Friday) = %+v", got)
	}
}

// A group tagged ahead (ExtractBatch) gives each text the Doc Build gives,
// and each of its Docs stays while the others are built.
func TestBuilder_BuildAt(t *testing.T) {
	texts := []string{text, "", "He said “yes”.", text + " Twice."}
	b, want := layertest.NewBuilder(t), layertest.NewBuilder(t)
	for range 2 { // the second group reuses the first's buffers
		b.Tag(texts)
		var docs []*layer.Doc
		for i, s := range texts {
			docs = append(docs, b.BuildAt(i, s, time.Time{}))
		}
		for i, s := range texts {
			if field := differentField(*docs[i], *want.Build(s, time.Time{})); field != "" {
				t.Errorf("text %d: the group's Doc differs from Build's in %s", i, field)
			}
		}
		b.EndGroup()
	}
}

// differentField returns the name of the first field in which a and b
// differ, "" when none does; an empty slice equals a nil one.
func differentField(a, b layer.Doc) string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	for f := range va.NumField() {
		x, y := va.Field(f), vb.Field(f)
		if x.Kind() == reflect.Slice && x.Len() == 0 && y.Len() == 0 {
			continue
		}
		if !reflect.DeepEqual(x.Interface(), y.Interface()) {
			return va.Type().Field(f).Name
		}
	}
	return ""
}

// TestBuilder_TitlesAsNames: a title abbreviation before a capitalised
// word is a proper noun wherever it stands, after a closing quotation mark
// too (where the POS model read "Ms" as a verb like "says"). Sentences
// written for this test.
func TestBuilder_TitlesAsNames(t *testing.T) {
	tests := []struct{ text, word, want string }{
		{"\"We will appeal.\" Ms Orlan said the ruling was wrong.", "Ms", "NNP"},
		{"\"It is over,\" Mrs Dace said.", "Mrs", "NNP"},
		{"\"No comment.\" Dr Vell left the room.", "Dr", "NNP"},
		{"The reply took 40 ms in the test.", "ms", ""}, // lower case: milliseconds, left to the model
	}
	lb := layertest.NewBuilder(t)
	for _, tt := range tests {
		d := lb.Build(tt.text, time.Time{})
		got := d.POSNames[d.POS[layertest.At(t, d, tt.word)]]
		if tt.want != "" && got != tt.want {
			t.Errorf("%q: %s tagged %s, want %s", tt.text, tt.word, got, tt.want)
		}
		if tt.want == "" && got == "NNP" {
			t.Errorf("%q: %s tagged NNP", tt.text, tt.word)
		}
	}
}
