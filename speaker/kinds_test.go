package speaker_test

import (
	"time"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/speaker"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
)

// TestSpeakerKinds reads written texts as a user gets them (extract's
// statements) and checks the speaker of the statement with the given cue,
// one case per kind of error the audits found (docs/evaluation.md,
// "Speakers"). The texts and names are invented.
func TestSpeakerKinds(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind, text, cue string
		name, role      string // want; role checked too
		mentionHas      string // the mention holds this ("" checks it is not empty)
	}{
		{"a leading conjunction is no part of the name",
			"The harbour wall failed on Monday. But Tamsin Orwell said the repairs would start soon.", "said",
			"Tamsin Orwell", "", "Orwell"},
		{"a sentence adverb and its comma are no part of the name",
			"The vote was close. However, Ravi Kellan said the count was fair.", "said",
			"Ravi Kellan", "", "Kellan"},
		{"a mood word is no role",
			"The side lost again. Defiant Corrie Ballantyne insists he will not quit.", "insists",
			"Corrie Ballantyne", "", "Ballantyne"},
		{"a pronoun does not refer to a name inside the quotation",
			"Former cabinet colleague Lord Penhallow said the minister had been tired for months. " +
				`"It was not a shock - I knew what a blow the death of his wife Miriam Alcott was to him," he said.`, "said",
			"Lord Penhallow", "Former cabinet colleague", "he"},
		{"a participle after an opening phrase",
			"For years, the shipping industry has been wary of the new port rules, blaming them for delays at the docks.", "blaming",
			"shipping industry", "", "industry"},
		{"a participle after a post-posed cue",
			"A grant of £5m is politically motivated, the Orvan Trust claimed, adding that it paid the money in October.", "adding",
			"Orvan Trust", "", "Orvan Trust"},
		{"a named speaker before a relative clause keeps its mention",
			"The budget was published on Friday. Mr Ashdown, who will unveil his plans on Monday, said the budget was fair.", "said",
			"Mr Ashdown", "", "Ashdown"},
		{"she does not refer to a man by his title",
			"Mr Penrose met Sarah Collins on Monday. Mr Penrose said the deal was done. She said it was not.", "said",
			"Sarah Collins", "", "She"},
		{"a description of a person names the person named before",
			"Roger Fennel won the final in three sets. The Swiss star said he was delighted.", "said",
			"Roger Fennel", "Swiss star", "star"},
		{"a nationality noun names the person named before",
			"Marat Volkov beat the top seed in four sets. The Russian revealed that the win had given him a boost.", "revealed",
			"Marat Volkov", "Russian", "Russian"},
		{"a pronoun after a name with its acronym is that name",
			"The independent Institute for Harbour Studies (IHS) said the gap would grow. It also said the rule might be missed.", "also said",
			"Institute for Harbour Studies", "", "It"},
		{"a surname alone that ends an organisation's name is the organisation",
			"The audit firm Pellow & Young said the accounts were sound. Young said the firm would publish them.", "said",
			"Pellow & Young", "audit firm", "Young"},
		{"a relative pronoun after a person's name without a comma",
			"That view was repeated by Home Secretary Charles Penrose who said the matter was closed.", "said",
			"Charles Penrose", "Home Secretary", "who"},
		{"a quantifier closing a list of speakers is none of them",
			"On Monday the Harbour Board, the Dock Union and the Ferry Council all said the port would close.", "said",
			"Harbour Board, Dock Union and Ferry Council", "", "all"}, // a list of bodies: each name whole (mention.bodyList)
		{"a description names the organisation the sentence before opens with",
			"Quellmark believes the new labels will stop the trade. The company says it will name the distributors.", "says",
			"Quellmark", "", "company"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			sts := x.Extract(&claimtrail.Document{ID: "t", Text: tt.text})
			var got *claimtrail.Statement // the last statement with that cue
			for i := range sts {
				if sts[i].Cue.Text == tt.cue {
					got = &sts[i]
				}
			}
			if got == nil {
				t.Fatalf("no statement with cue %q: %+v", tt.cue, sts)
			}
			sp := got.Speaker
			if sp.Name != tt.name || sp.Role != tt.role {
				t.Errorf("speaker %q role %q, want %q role %q", sp.Name, sp.Role, tt.name, tt.role)
			}
			if !strings.Contains(sp.Mention, tt.mentionHas) || sp.Mention == "" {
				t.Errorf("mention %q, want one holding %q", sp.Mention, tt.mentionHas)
			}
		})
	}
}

// TestResolver_ClauseSource gives the resolver the source runs a tagger
// may give (written texts, names invented): the speaker of a participle
// is the subject of the clause before it, whatever the tagger took.
func TestResolver_ClauseSource(t *testing.T) {
	tests := []struct {
		kind, text, cue, source string // source "" for none
		name                    string
	}{
		{"the object is no speaker", "A Dorset man is suing Veltro Systems (VS), saying its scanners broke after a week.",
			"saying", "Veltro Systems (VS)", "A Dorset man"}, // an indefinite description keeps its article,
		{"no source: the subject", "A Dorset man is suing Veltro Systems, saying its scanners broke after a week.",
			"saying", "", "A Dorset man"},
		{"a tagged subject stays", "Ada Quill is suing Veltro Systems, saying its scanners broke after a week.",
			"saying", "Ada Quill", "Ada Quill"},
		{"an expletive it names no one", "Officials expect a rise. It is predicted that sales will double.",
			"is predicted", "It", ""},
		{"a referring it stays", "The council met on Monday. It said that sales will double.",
			"said", "It", "council"},
		{"a pronoun's antecedent is not in the statement before it in the sentence",
			"Michael Penrose attacked the government. Mr Hollis has failed to act, he claimed, saying the plan was wrong.",
			"saying", "", "Michael Penrose"},
		{"no source before a relative clause", "Mr Ashdown, who will unveil his plans on Monday, said the budget was fair.",
			"said", "", "Mr Ashdown"},
	}
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := speaker.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			d := lb.Build(tt.text, time.Time{})
			run := func(s string) attrib.Run {
				at := strings.Index(tt.text, s)
				f := d.TokenAt(at)
				l := f
				for l < len(d.Toks) && d.Toks[l].End <= at+len(s) {
					l++
				}
				return attrib.Run{First: f, Last: l}
			}
			c := run(tt.cue)
			c.Role = 1
			g := attrib.Group{Cue: c, Contents: []attrib.Run{{Role: 2, First: c.Last, Last: len(d.Toks) - 1}}}
			if tt.source != "" {
				g.Source = run(tt.source)
				g.Sources = []attrib.Run{g.Source}
			}
			r.Reset(d)
			res, ok := r.Resolve(g, nil)
			if !ok || res.Speaker.Name != tt.name {
				t.Errorf("speaker %q (%v), want %q", res.Speaker.Name, ok, tt.name)
			}
		})
	}
}
