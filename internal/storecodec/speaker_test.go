package storecodec

import (
	"context"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// memIndex is a SpeakerIndex in memory, for the Linker's rules alone.
type memIndex struct {
	names    map[int64]string
	surnames map[int64]string
	counts   map[int64]int
	aliases  map[string]int64
	owner    map[int64]int64 // statement-less merge record: from → into
	next     int64
}

func newMemIndex() *memIndex {
	return &memIndex{names: map[int64]string{}, surnames: map[int64]string{}, counts: map[int64]int{},
		aliases: map[string]int64{}, owner: map[int64]int64{}}
}

func (m *memIndex) ByAlias(_ context.Context, a string) (int64, error) { return m.aliases[a], nil }

func (m *memIndex) BySurname(_ context.Context, s string) ([]SpeakerCount, error) {
	var out []SpeakerCount
	for id := int64(1); id <= m.next; id++ {
		if n, ok := m.surnames[id]; ok && n == s {
			out = append(out, SpeakerCount{ID: id, Statements: m.counts[id]})
		}
	}
	return out, nil
}

func (m *memIndex) AddSpeaker(_ context.Context, name, key, _, surname string) (int64, error) {
	m.next++
	m.names[m.next] = name
	if surname != "" {
		m.surnames[m.next] = surname
	}
	m.aliases[key] = m.next
	return m.next, nil
}

func (m *memIndex) Merge(_ context.Context, from, into int64) error {
	m.counts[into] += m.counts[from]
	for a, id := range m.aliases {
		if id == from {
			delete(m.aliases, a)
		}
	}
	delete(m.names, from)
	m.owner[from] = into
	return nil
}

func (m *memIndex) AddCounts(_ context.Context, n map[int64]int) error {
	for id, k := range n {
		m.counts[id] += k
	}
	return nil
}

// Names are invented. Each step links one speaker in a transaction of
// its own (flushed), and names the step whose speaker it must share, or
// "" for a new one.
func TestLinker(t *testing.T) {
	person, org := claimtrail.SpeakerPerson, claimtrail.SpeakerOrganization
	steps := []struct {
		name, key, typ string
		same           string // the step name whose speaker this is, "" for a new one
		article        string // "" for article "a"
	}{
		{"Mr Vell", "vell", person, "", ""},
		{"Ravi Vell", "ravi vell", person, "Mr Vell", ""}, // takes over the surname's speaker
		{"Vell", "vell", claimtrail.SpeakerUnknown, "Ravi Vell", ""},
		{"Orla Vell", "orla vell", person, "", ""},
		{"Mrs Vell", "vell", person, "Ravi Vell", ""}, // Ravi leads 3 to 1
		{"Orla Vell", "orla vell", person, "Orla Vell", ""},
		{"Vell", "vell", person, "", ""}, // 4 to 2: ambiguous, a speaker of its own
		{"Tolvane Corp", "tolvane corp", org, "", ""},
		{"Tolvane", "tolvane", org, "", ""}, // an organisation's word is no surname
		{"spokesman for Kess", "spokesman for kess", person, "", ""},
		{"Kess", "kess", person, "", ""}, // no full name: "spokesman for Kess" is none
		{"", "", claimtrail.SpeakerUnknown, "-", ""},
		// a description in lower case is no surname a full name takes over
		{"state", "state", claimtrail.SpeakerUnknown, "", ""},
		{"Harbour State", "harbour state", person, "", ""},
		{"state", "state", claimtrail.SpeakerUnknown, "state", ""},
		// a description links within its article only
		{"a spokesman", "~a spokesman", person, "", "a"},
		{"a spokesman", "~a spokesman", person, "a spokesman", "a"},
		{"A spokesman", "~a spokesman", person, "", "b"}, // the same key in another article
		{"Downing Street spokesman", "~downing street spokesman", person, "", "a"},
		{"a Downing Street spokesman", "~downing street spokesman", person, "", "b"},
		{"US officials", "us officials", claimtrail.SpeakerGroup, "", "a"},
		{"U.S. officials", "us officials", claimtrail.SpeakerGroup, "", "b"},
		{"a source", "a source", claimtrail.SpeakerAnonymous, "", "a"},
		{"A source", "a source", claimtrail.SpeakerAnonymous, "", "b"},
		// a surname alone does not join a woman's full name
		{"Naomi Kell", "naomi kell", person, "", "a"},
		{"Mr Kell", "kell", person, "", "b"},
		// a name in lower case is no description unless extraction says so
		{"ada kess", "", person, "", "a"},
		{"Ada Kess", "ada kess", person, "ada kess", "b"},
	}
	women := map[string]string{"Naomi Kell": "f"} // Speaker.Gender
	ctx := context.Background()
	ix := newMemIndex()
	first := map[string]int64{}
	for i, s := range steps {
		l := NewLinker(ix)
		article := s.article
		if article == "" {
			article = "a"
		}
		id, err := l.Link(ctx, article, &claimtrail.Speaker{Name: s.name, Key: s.key, Type: s.typ, Gender: women[s.name]})
		if err != nil {
			t.Fatal(err)
		}
		if err := l.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		for ix.owner[id] != 0 { // merged since
			id = ix.owner[id]
		}
		switch {
		case s.same == "-":
			if id != 0 {
				t.Errorf("step %d (%q): speaker %d, want none", i, s.name, id)
			}
		case s.same == "":
			for n, other := range first {
				if resolve(ix, other) == id {
					t.Errorf("step %d (%q): speaker %d is %q's, want a new one", i, s.name, id, n)
				}
			}
		default:
			if want := resolve(ix, first[s.same]); id != want {
				t.Errorf("step %d (%q): speaker %d, want %q's %d", i, s.name, id, s.same, want)
			}
		}
		if _, ok := first[s.name]; !ok && s.same != "-" {
			first[s.name] = id
		}
	}
}

func resolve(ix *memIndex, id int64) int64 {
	for ix.owner[id] != 0 {
		id = ix.owner[id]
	}
	return id
}
