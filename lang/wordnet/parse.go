package wordnet

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// parseSynsets reads wordnet.tsv (see its header) and indexes the lemmas.
func (d *db) parseSynsets(s string) error {
	n := strings.Count(s, "\n")
	d.synsets = make([]synset, 0, n)
	d.index = make(map[string][]sense, n+n/4)
	for i, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 || len(f[0]) != 1 || posOrder(POS(f[0][0])) < 0 {
			return fmt.Errorf("wordnet.tsv line %d: want 7 columns, the first a part of speech", i+1)
		}
		ss, err := parseLine(f)
		if err != nil {
			return fmt.Errorf("wordnet.tsv line %d: %w", i+1, err)
		}
		id := Synset(len(d.synsets))
		for j, m := range ss.members {
			rank := 1
			if k := strings.IndexByte(m, '#'); k > 0 {
				rank, _ = strconv.Atoi(m[k+1:])
				m = m[:k]
				ss.members[j] = m
			}
			d.index[m] = append(d.index[m], newSense(ss.pos, rank, id))
		}
		d.synsets = append(d.synsets, ss)
	}
	for lemma, ss := range d.index {
		slices.Sort(ss)
		d.index[lemma] = slices.Compact(ss) // a lemma twice in one synset ("pluto", "Pluto")
	}
	return nil
}

// sense is a lemma's synset packed with what orders its senses: part of
// speech (nouns, verbs, adjectives, adverbs), then rank (most frequent
// first), then synset number; sorting senses sorts by all three.
type sense uint64

func newSense(p POS, rank int, s Synset) sense {
	return sense(posOrder(p))<<56 | sense(min(rank, 1<<24-1))<<32 | sense(uint32(s))
}

func (s sense) synset() Synset { return Synset(uint32(s)) }

// parseLine reads the columns of one synset; members keep their #rank.
func parseLine(f []string) (synset, error) {
	ss := synset{pos: POS(f[0][0]), members: strings.Fields(f[1])}
	var errs [5]error
	ss.hyper, errs[0] = synsetList(f[2])
	ss.deriv, errs[1] = lexList(f[3])
	ss.antonyms, errs[2] = lexList(f[4])
	ss.group, errs[3] = synsetList(f[5])
	ss.similar, errs[4] = synsetList(f[6])
	return ss, errors.Join(errs[:]...)
}

func posOrder(p POS) int { return strings.IndexByte("nvar", byte(p)) }

func synsetList(s string) ([]Synset, error) {
	if s == "" {
		return nil, nil
	}
	f := strings.Fields(s)
	out := make([]Synset, len(f))
	for i, x := range f {
		n, err := strconv.Atoi(x)
		if err != nil {
			return nil, fmt.Errorf("synset number %q", x)
		}
		out[i] = Synset(n)
	}
	return out, nil
}

// lexList reads "from>synset.to" pointers.
func lexList(s string) ([]lexPtr, error) {
	if s == "" {
		return nil, nil
	}
	f := strings.Fields(s)
	out := make([]lexPtr, len(f))
	for i, x := range f {
		from, rest, ok1 := strings.Cut(x, ">")
		syn, to, ok2 := strings.Cut(rest, ".")
		a, err1 := strconv.Atoi(from)
		b, err2 := strconv.Atoi(syn)
		c, err3 := strconv.Atoi(to)
		if !ok1 || !ok2 || err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("word pointer %q", x)
		}
		out[i] = lexPtr{From: uint8(a), To: uint8(c), Syn: Synset(b)}
	}
	return out, nil
}

// parseExceptions reads wordnet-exceptions.tsv: form, pos, base forms.
func (d *db) parseExceptions(s string) {
	d.exceptions = map[string][]exception{}
	for _, line := range strings.Split(s, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.HasPrefix(line, "#") || len(f[1]) != 1 {
			continue
		}
		for _, b := range strings.Fields(f[2]) {
			d.exceptions[f[0]] = append(d.exceptions[f[0]], exception{POS(f[1][0]), b})
		}
	}
}
