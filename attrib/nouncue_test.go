package attrib

import (
	"testing"

	"github.com/claimtrail/claimtrail/layer"
)

// TestNoSayingCue checks the rules of nouncue.go: a cue of auxiliaries
// alone, a noun cue whose one source word is an adjective modifying it,
// a participle between a preposition and a noun report nothing; a verb
// of saying, a name before a noun cue and a colon cue stay.
func TestNoSayingCue(t *testing.T) {
	lb, tg := newTestTagger(t)
	rules := []namedRule{
		{"auxiliary-cue", tg.auxiliaryCue}, {"modifier-source", tg.modifierSource},
		{"adjective-cue", func(d *layer.Doc, g *Group) bool { return prepositionParticiple(d, g) }},
	}
	tests := []struct{ text, want string }{
		{"Messages [are] received and placed just like on the old ferry line.", "auxiliary-cue"},
		{"The harbour trust [were] the owners and the council were the tenants.", "auxiliary-cue"},
		{"The figures will spark fresh [criticism of] the harbour board.", "modifier-source"},
		{"The pilot was shown to much [criticism] that it ignored the original.", "modifier-source"},
		{"In [written] evidence to the inquiry, Judge Ama Rell said the rules were unclear.", "adjective-cue"},
		{"There were £6m in [reported] donations to the ferry trust.", "adjective-cue"},
		{"[Predicted] winner Ada Quill is expected to take the cup.", "adjective-cue"},
		{"[Asked] about the pier, Ada Quill said it would close.", ""},
		{"The harbour board [said] the pier would close.", ""},
		{"Harbour boss Ilse Dorn [reportedly told] staff the pier would close.", ""},
		{"Harbour boss Ilse Dorn [:] the pier will close.", ""},
		{"The ferry union's [criticism of] the harbour board was fierce.", ""},
	}
	for _, tt := range tests {
		checkFirstRule(t, tg, lb, tt.text, tt.want, rules)
	}
}

// TestThreatAndIntroduction checks the cue-frames rows `threaten` and
// `introduce` of session 16: a bare object is a danger, a deed or a
// person presented; a clause or a quotation reports ("threatened to …"
// is the cue lexicon's intention, dropped before the frame is read).
func TestThreatAndIntroduction(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"Open ferry lines, which [threaten] the harbour board's monopoly, are growing.", "act-frame"},
		{"Ministers [introduced] a requirement that pilots should speak two languages.", "act-frame"},
		{"The singer [introduced] Ada Quill to the crowd.", "act-frame"},
		{"The harbour board [threatened] that it would close the pier.", ""},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		got := tg.cueVerdict(d, r)
		if got != "" && tt.want != "" {
			got = tt.want
		}
		if got != tt.want {
			k, _ := tg.cueHead(d, r.First, r.Last)
			t.Errorf("%q: %q, want %q (head %q/%s, complement %s)", tt.text, got, tt.want, d.Low[k], d.POSNames[d.POS[k]], CompNames[Complement(d, k)])
		}
	}
}
