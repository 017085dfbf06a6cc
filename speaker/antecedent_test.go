package speaker_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/speaker"
)

// spanGroup is an attribution given by its parts' text: each is found
// in the text after the part before it in the list (the source after
// the content before it, and so on); an empty source is none.
type spanGroup struct{ content, source, cue string }

// resolveCase is a text whose last group's speaker resolveSpans
// reads, with the name and type it must resolve to.
type resolveCase struct {
	name     string
	text     string
	groups   []spanGroup
	wantName string
	wantType string
}

// checkResolved runs each case as a subtest.
func checkResolved(t *testing.T, tests []resolveCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, tt.groups)
			if got.Name != tt.wantName || got.Type != tt.wantType {
				t.Errorf("got %q (%s), want %q (%s)", got.Name, got.Type, tt.wantName, tt.wantType)
			}
		})
	}
}

// resolveSpans resolves the groups of text in order and returns the
// speaker of the last.
func resolveSpans(t *testing.T, text string, groups []spanGroup) claimtrail.Speaker {
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
	run := func(part string, from, role int) (attrib.Run, int) {
		at := strings.Index(text[from:], part)
		if at < 0 {
			t.Fatalf("no %q after byte %d", part, from)
		}
		start, end := from+at, from+at+len(part)
		first, last := -1, -1
		for k, tk := range d.Toks {
			if tk.Start >= start && tk.End <= end {
				if first < 0 {
					first = k
				}
				last = k + 1
			}
		}
		if first < 0 {
			t.Fatalf("no tokens in %q", part)
		}
		return attrib.Run{Role: role, First: first, Last: last}, end
	}
	var prev *claimtrail.Statement
	var got claimtrail.Speaker
	from := 0
	for _, sg := range groups {
		content, end := run(sg.content, from, 2)
		g := attrib.Group{Contents: []attrib.Run{content}}
		if sg.source != "" {
			src, e := run(sg.source, from, 0)
			g.Source, g.Sources = src, []attrib.Run{src}
			end = max(end, e)
		}
		cue, e := run(sg.cue, from, 1)
		g.Cue = cue
		from = max(end, e)
		res, ok := r.Resolve(g, prev)
		if !ok {
			t.Fatalf("cue %q: no speaker", sg.cue)
		}
		got = res.Speaker
		first, last := min(content.First, cue.First), max(content.Last, cue.Last)
		prev = &claimtrail.Statement{Speaker: got, Span: claimtrail.Span{Start: d.Toks[first].Start, End: d.Toks[last-1].End},
			Content: claimtrail.Content{Spans: []claimtrail.Span{{Start: d.Toks[content.First].Start, End: d.Toks[content.Last-1].End}}}}
	}
	return got
}

// A pronoun's antecedent, by the grammatical role and recency of the
// names before it. The texts are invented.
func TestResolver_PronounAntecedent(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		groups []spanGroup
		want   string
	}{
		{"a quotation of several sentences is read back from where it opens",
			`"The harvest failed," said farmer Ada Quill. "Prices rose. Stocks fell. Buyers left," she said.`,
			[]spanGroup{{"Prices rose. Stocks fell. Buyers left", "she", "said"}}, "Ada Quill"},
		{"the subject of the sentence before, not an earlier speaker",
			"Gordon Brown said taxes would fall. Later, Ed Balls met union leaders. Ed Balls backed the plan on Monday. He said the plan was fair.",
			[]spanGroup{{"taxes would fall", "Gordon Brown", "said"}, {"the plan was fair", "He", "said"}}, "Ed Balls"},
		{"a title and surname is the person named in full before",
			"Cara Venn runs the clinic. Ms Venn opened a new ward on Monday. She said the ward would treat children.",
			[]spanGroup{{"the ward would treat children", "She", "said"}}, "Cara Venn"},
		{"whom a speaker talks about is not the next pronoun's antecedent",
			"Ada Quill said the count was flawed. She added that Nils Varga had lost. She said she would appeal.",
			[]spanGroup{{"the count was flawed", "Ada Quill", "said"}, {"Nils Varga had lost", "She", "added"}, {"she would appeal", "She", "said"}}, "Ada Quill"},
		{"a possessive opening the sentence before is no subject",
			"Ada Quill said the count was flawed. Nils Varga's lawyers disagreed with her. She said she would appeal.",
			[]spanGroup{{"the count was flawed", "Ada Quill", "said"}, {"she would appeal", "She", "said"}}, "Ada Quill"},
		{"a title's capitals before a person's name are no subject",
			"Nils Varga said the plan was late. Harbour Guide to Ports editor Tomas Adler wrote the foreword. He said the plan was fine.",
			[]spanGroup{{"the plan was late", "Nils Varga", "said"}, {"the plan was fine", "He", "said"}}, "Tomas Adler"},
		{"a subject inside what a statement says is none",
			"Tomas Adler has failed the town, Ada Quill said on Monday. She added that the vote was close.",
			[]spanGroup{{"Tomas Adler has failed the town", "Ada Quill", "said"}, {"the vote was close", "She", "added"}}, "Ada Quill"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.want {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.want)
			}
		})
	}
}

// A relative pronoun's antecedent without an article: a noun phrase
// that may mean people before "who", a singular one governed by a
// preposition only when it is the agent's ("by"), a plural one not after
// "of", and none before "which"; a name after a passive's "by" or with
// "of" inside it, a name before an age or a description set off by
// commas, and none after a dash closing an aside. The texts are
// invented.
func TestResolver_RelativeAntecedent(t *testing.T) {
	tests := []struct {
		text, source, cue, content string
		want                       string
	}{
		{"The plan was attacked by some senior police officers, who said it would fail.", "who", "said", "it would fail", "senior police officers"},
		{"However, one trader, who asked not to be named, said prices would rise.", "who", "said", "prices would rise", "one trader"},
		{"The council faced pressure from exporters who said the rules were unfair.", "who", "said", "the rules were unfair", "exporters"},
		{"The plan met the scorn of many Varnian lawmakers who said the rules were unfair.", "who", "said", "the rules were unfair", ""},
		{"The claim was denied by party spokesman, who said it was false.", "who", "said", "it was false", "party spokesman"},
		{"The poster was criticised by the Harbour Party which said it was cruel.", "which", "said", "it was cruel", "Harbour Party"},
		{"The ban was overturned by the Court of Appeal who said the law was clear.", "who", "said", "the law was clear", "Court of Appeal"},
		{"It is a first nomination for Ada Quill, 49, who said she was stunned.", "who", "said", "she was stunned", "Ada Quill"},
		{"Lord Vell, head of the council's ethics unit, who made the call, said the fine was too small.", "who", "made", "the call", "Lord Vell"},
		{"Tomas Adler - who refused to name the player - said he was sorry.", "who", "refused", "to name the player", "Tomas Adler"},
		{"The last to speak was the mayor, Ada Quill herself, who said the port would close.", "who", "said", "the port would close", "Ada Quill"},
		{"The plan is backed by the Harbour Traders Guild (HTG), which said the port needed it.", "which", "said", "the port needed it", "Harbour Traders Guild"},
		{"The ban is endorsed by the Fish Sellers' Forum (FSF), who say the stocks are low.", "who", "say", "the stocks are low", "Fish Sellers Forum"},
		{"The film was attacked by critics in Varnia - where it sold badly in its first week - who called it dull.", "who", "called", "it dull", ""},
		{"The bank published figures which showed that lending rose.", "which", "showed", "lending rose", ""},
		{"A nurse at the Hillview clinic, who recalled the night, said the doors were locked.", "who", "recalled", "the night", "nurse at the Hillview clinic"},
		{"The story is told through the eyes of a young photographer who says the police lied.", "who", "says", "the police lied", "young photographer"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := resolveSpans(t, tt.text, []spanGroup{{tt.content, tt.source, tt.cue}})
			if got.Name != tt.want {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.want)
			}
		})
	}
}

// A definite description of an organisation with none near it: the name
// the text gave right after its head word, else the organisation that
// spoke by name in the sentences before; of a publication, a speaker
// whose name holds a publication's words. The texts are invented.
func TestResolver_OrganizationDescription(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		groups []spanGroup
		want   string
	}{
		{"the name after the head word",
			"Budget airline Skyvane cut fares in May. Fuel rose by a third. Rivals followed. Passengers were pleased. The airline said profits would rise.",
			[]spanGroup{{"profits would rise", "The airline", "said"}}, "Skyvane"},
		{"the organisation that spoke before",
			"Tolvane Corp said sales fell. Fuel rose by a third. Rivals followed. Passengers were pleased. The company said profits would rise.",
			[]spanGroup{{"sales fell", "Tolvane Corp", "said"}, {"profits would rise", "The company", "said"}}, "Tolvane Corp"},
		{"a publication's words inside a speaker's name",
			"Prices will rise, the Harbour Times Abendblatt reported. Wages will fall, the paper said.",
			[]spanGroup{{"Prices will rise", "the Harbour Times Abendblatt", "reported"}, {"Wages will fall", "the paper", "said"}}, "Harbour Times Abendblatt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.want {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.want)
			}
		})
	}
}
