package layer

import (
	"strings"

	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/token"
)

// lexicon is the cue lexicon in lookup form.
type lexicon struct {
	forms map[string]lang.Cue
	// multi maps the first word of a multi-word cue to its remaining words.
	multi map[string][][]string
}

func newLexicon(code string) (*lexicon, error) {
	cues, err := lang.Cues(code)
	if err != nil {
		return nil, err
	}
	lx := &lexicon{forms: cues, multi: map[string][][]string{}}
	for form := range cues {
		if ws := strings.Fields(form); len(ws) > 1 {
			lx.multi[ws[0]] = append(lx.multi[ws[0]], ws[1:])
		}
	}
	return lx, nil
}

// wordEntry is what the cue lexicon and the lexicon tables say of a
// lower-cased word, so that one map lookup serves markWords.
type wordEntry struct {
	lex   uint8      // see Lex
	multi [][]string // the rest of each multi-word cue starting with it
	cue   CueMark    // its one-word cue (class 0 when none)
	isCue bool       // it is a one-word cue form
}

// wordIndex is the word table with a filter of its keys: most words of
// a text are in none of the tables, and the filter turns most of those
// away without hashing them into the map.
type wordIndex struct {
	entries map[string]*wordEntry
	keys    lang.WordFilter
}

// newWordIndex indexes the entries of m.
func newWordIndex(m map[string]*wordEntry) *wordIndex {
	x := &wordIndex{entries: m}
	for w := range m {
		x.keys.Add(w)
	}
	return x
}

// get returns the entry of the lower-cased word lw, nil when it has none.
func (x *wordIndex) get(lw []byte) *wordEntry {
	if !x.keys.MayHaveBytes(lw) {
		return nil
	}
	return x.entries[string(lw)]
}

// Lexicon classes of a word (Doc.Lex): a role word by its kind in
// roles.tsv, a demonym or place, a pronoun, a publication word.
const (
	LexPerson = 1 + iota
	LexGroup
	LexOffice
	LexOrganization
	LexDemonym
	LexPronoun
	LexPublication
)

// RoleClass maps a role kind of roles.tsv to its lexicon class, 0 when
// it has none.
func RoleClass(kind string) uint8 {
	switch kind {
	case "person":
		return LexPerson
	case "group":
		return LexGroup
	case "office":
		return LexOffice
	case "organization":
		return LexOrganization
	}
	return 0
}

// wordTable merges the cue lexicon and the role, demonym, pronoun and
// publication tables by lower-cased word.
func wordTable(code string, lx *lexicon) (map[string]*wordEntry, error) {
	var tables [4]*lang.Table
	for i, name := range []string{"roles", "demonyms", "pronouns", "publications"} {
		tb, err := lang.Load(code, name)
		if err != nil {
			return nil, err
		}
		tables[i] = tb
	}
	roles, demonyms, pronouns, publications := tables[0], tables[1], tables[2], tables[3]
	m := map[string]*wordEntry{}
	get := func(w string) *wordEntry {
		e := m[w]
		if e == nil {
			e = &wordEntry{}
			m[w] = e
		}
		return e
	}
	for w, rests := range lx.multi {
		get(w).multi = rests
	}
	for f, c := range lx.forms {
		if !strings.Contains(f, " ") {
			e := get(f)
			e.cue = CueMark{Class: CueClassID(c.Class), N: 1, Lemma: c.Lemma, LemmaHash: seqtag.HashStr(c.Lemma)}
			e.isCue = true
		}
	}
	// lowest priority first: a word in several tables takes the class of
	// the first of roles, demonyms, pronouns, publications
	for _, t := range []struct {
		tb    *lang.Table
		class uint8
	}{{publications, LexPublication}, {pronouns, LexPronoun}, {demonyms, LexDemonym}} {
		for w := range t.tb.Rows {
			get(w).lex = t.class
		}
	}
	for _, k := range roles.Order {
		if c := RoleClass(roles.Field(k, 0)); c != 0 {
			get(k).lex = c
		}
	}
	return m, nil
}

// markWords fills d.Cue from the cue lexicon (the longest cue starting at
// each token) and d.Lex with each word's class in the role, demonym,
// pronoun and publication tables, one lookup a word.
func (d *Doc) markWords(words *wordIndex, lx *lexicon) {
	d.Cue = growCue(d.Cue, len(d.Toks))
	if cap(d.Lex) < len(d.Toks) {
		d.Lex = make([]uint8, len(d.Toks))
	}
	d.Lex = d.Lex[:len(d.Toks)]
	clear(d.Lex)
	var buf [48]byte
	for i, tk := range d.Toks {
		if tk.Kind != token.Word || tk.Len() > len(buf) {
			continue
		}
		lw := token.AppendLower(buf[:0], tk.Text(d.Text))
		e := words.get(lw)
		if e == nil {
			continue
		}
		if tk.Len() <= 32 {
			d.Lex[i] = e.lex
		}
		if e.multi != nil {
			best := 0
			var bestCue lang.Cue
			for _, rest := range e.multi {
				if len(rest) <= best || i+len(rest) >= len(d.Toks) {
					continue
				}
				ok := true
				for k, r := range rest {
					if !strings.EqualFold(d.Toks[i+1+k].Text(d.Text), r) {
						ok = false
						break
					}
				}
				if ok {
					best = len(rest)
					bestCue = lx.forms[string(lw)+" "+strings.Join(rest, " ")]
				}
			}
			if best > 0 {
				d.Cue[i] = CueMark{Class: CueClassID(bestCue.Class), N: uint8(best + 1), Lemma: bestCue.Lemma, LemmaHash: seqtag.HashStr(bestCue.Lemma)}
				continue
			}
		}
		if e.isCue {
			d.Cue[i] = e.cue
		}
	}
}

func growCue(b []CueMark, n int) []CueMark {
	if cap(b) < n {
		return make([]CueMark, n)
	}
	b = b[:n]
	clear(b)
	return b
}
