package speaker_test

import (
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/speaker"
)

// lastCase is a text whose last statement's speaker must resolve to
// name, typed typ: the cues in order and how many words before each its
// source has (resolveLast).
type lastCase struct {
	text     string
	cues     []string
	srcWords []int
	name     string
	typ      string
}

// checkLast resolves each case's last statement and compares its speaker.
func checkLast(t *testing.T, tests []lastCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := resolveLast(t, tt.text, tt.cues, tt.srcWords)
			if got.Name != tt.name || got.Type != tt.typ {
				t.Errorf("got %q %s, want %q %s", got.Name, got.Type, tt.name, tt.typ)
			}
		})
	}
}

// resolveLast resolves the speakers of text's groups, each a cue word
// with srcWords source words before it, and returns the last speaker.
func resolveLast(t *testing.T, text string, cues []string, srcWords []int) claimtrail.Speaker {
	t.Helper()
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := speaker.New("en")
	if err != nil {
		t.Fatal(err)
	}
	d := lb.Build(text, time.Time{})
	r.Reset(d)
	var prev *claimtrail.Statement
	var got claimtrail.Speaker
	from := 0
	for i, cue := range cues {
		k := from
		for k < len(d.Toks) && d.Toks[k].Text(d.Text) != cue {
			k++
		}
		if k == len(d.Toks) {
			t.Fatalf("no cue %q", cue)
		}
		from = k + 1
		src := attrib.Run{Role: 0, First: k - srcWords[i], Last: k}
		g := attrib.Group{Cue: attrib.Run{Role: 1, First: k, Last: k + 1}, Sources: []attrib.Run{src}, Source: src,
			Contents: []attrib.Run{{Role: 2, First: k + 1, Last: min(k+3, len(d.Toks))}}}
		res, ok := r.Resolve(g, prev)
		if !ok {
			t.Fatalf("cue %q: no speaker", cue)
		}
		got = res.Speaker
		prev = &claimtrail.Statement{Speaker: got, Span: claimtrail.Span{Start: d.Toks[k].Start, End: d.Toks[min(k+3, len(d.Toks))-1].End}}
	}
	return got
}

// A pronoun refers to the subject the sentence before names when no
// speaker was mentioned since: the texts are invented.
func TestResolver_PronounSubject(t *testing.T) {
	checkLast(t, []lastCase{
		{"Bo Lind spoke to strikers outside the gates. He said they would win.", []string{"said"}, []int{1}, "Bo Lind", claimtrail.SpeakerPerson},
		{"The embassy issued a travel warning. It said the roads were unsafe.", []string{"said"}, []int{1}, "embassy", claimtrail.SpeakerGovernment},
		{"Tolvane Corp cut its forecast. It said demand had weakened.", []string{"said"}, []int{1}, "Tolvane Corp", claimtrail.SpeakerOrganization},
		// a definite organisation is the organisation the sentence before opens with
		{"Tolvane Corp shares fell 8 percent on Monday. The company said sales had fallen.", []string{"said"}, []int{2}, "Tolvane Corp", claimtrail.SpeakerOrganization},
		// the previous speaker, named in the sentence before, stays
		{"Ada Quill said the count was flawed. She added that she would appeal.", []string{"said", "added"}, []int{2, 1}, "Ada Quill", claimtrail.SpeakerPerson},
		// the speaker of a cue in the pronoun's sentence stays
		{"Ilan Sorel praised the side. But while Sorel admitted he liked the style seen against Dorn Kessler, he said the win mattered.",
			[]string{"admitted", "said"}, []int{1, 1}, "Ilan Sorel", claimtrail.SpeakerPerson},
		// a speaker named long before gives way to the new subject
		{"Ada Quill said the count was flawed. The court met. Nils Varga spoke next. He said the count was fair.",
			[]string{"said", "said"}, []int{2, 1}, "Nils Varga", claimtrail.SpeakerPerson},
	})
}

// The speaker of "X quoted Y as saying" is Y; a relative pronoun after a
// domain the tokenizer split is that domain; "Mr Quist" is the one Quist
// the text names in full. The texts are invented.
func TestResolver_RelayAndDomain(t *testing.T) {
	tests := []struct {
		text     string
		cue      string
		srcWords int
		name     string
		typ      string
	}{
		{"The Harbour Ledger quoted Mara Ellison as saying the talks had failed.", "quoted", 3, "Mara Ellison", claimtrail.SpeakerPerson},
		{"The story was first reported by HollowSky.com, which said the singer was ill.", "said", 1, "HollowSky.com", claimtrail.SpeakerPublication},
		// a title and surname is the one full name the text gives with it
		{"The plan was welcomed by Jonas Quist of the Harbour Ledger. Mr Quist said prices would rise.", "said", 2, "Jonas Quist", claimtrail.SpeakerPerson},
		{"Jonas Quist met Ada Quist on Monday. Mr Quist said prices would rise.", "said", 2, "Mr Quist", claimtrail.SpeakerPerson},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := resolveLast(t, tt.text, []string{tt.cue}, []int{tt.srcWords})
			if got.Name != tt.name || got.Type != tt.typ {
				t.Errorf("got %q %s, want %q %s", got.Name, got.Type, tt.name, tt.typ)
			}
		})
	}
}

// A description of one person whose head noun has a sex ("a woman", "the
// spokesman") is what a pronoun of that sex means, and none of the other:
// the texts are invented.
func TestResolver_DescribedPersonSex(t *testing.T) {
	tests := []struct {
		text     string
		cues     []string
		srcWords []int
		name     string
	}{
		// the woman, not the man the content names
		{"Martin Keller runs the shop. A woman who answered the phone said Keller was away. She said she would call back.",
			[]string{"said", "said"}, []int{6, 1}, "A woman"}, // an indefinite description keeps its article,
		{"Martin Keller runs the shop. The woman said Keller was away. She said she would call back.",
			[]string{"said", "said"}, []int{2, 1}, "woman"},
		// a titled name's capitalised head is no noun of a sex ("Ms King" is no king)
		{"Ms King said the vote was close. She said she would stand again.", []string{"said", "said"}, []int{2, 1}, "Ms King"},
		// a spokesman is no "she": the woman named before is
		{"Ada Quill met the board. A spokesman said the talks went well. She said she was pleased.",
			[]string{"said", "said"}, []int{2, 1}, "Ada Quill"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := resolveLast(t, tt.text, tt.cues, tt.srcWords); got.Name != tt.name {
				t.Errorf("got %q, want %q", got.Name, tt.name)
			}
		})
	}
}
