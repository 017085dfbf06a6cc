package wngen

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// SynsetsHeader opens wordnet.tsv; README.md in lang/data/en describes
// the columns.
const SynsetsHeader = `# WordNet 3.0 synsets, compiled by lang/wordnet/gen.go from Debian wordnet-base: do not edit.
# Licence: LICENSE-wordnet beside this file. One synset a line; its number is its line number among
# the non-comment lines, from 0. Columns: pos (n v a r); members (lemma, #rank when not its first
# sense); hypernyms (@ @i); derivations (+ and pertainyms \, as from>synset.member); antonyms
# (from>synset.member); verb groups ($); similar to (&).
`

// Which pointer symbols go into which column.
var (
	hyperSyms = map[string]bool{"@": true, "@i": true}
	derivSyms = map[string]bool{"+": true, `\`: true}
)

// writeSynsets numbers the synsets in order and writes one line each.
func writeSynsets(all []*synset, ranks map[string]int) ([]byte, error) {
	id := make(map[string]int, len(all))
	for i, s := range all {
		id[s.pos+s.offset] = i
	}
	var b bytes.Buffer
	b.WriteString(SynsetsHeader)
	for _, s := range all {
		var hyper, deriv, anto, group, sim []string
		for _, p := range s.ptrs {
			t, ok := id[p.pos+p.offset]
			if !ok {
				return nil, fmt.Errorf("synset %s %s: pointer %s to unknown %s %s", s.pos, s.offset, p.sym, p.pos, p.offset)
			}
			switch {
			case hyperSyms[p.sym]:
				hyper = append(hyper, strconv.Itoa(t))
			case derivSyms[p.sym] && p.src > 0:
				deriv = append(deriv, lexical(p, t))
			case p.sym == "!" && p.src > 0:
				anto = append(anto, lexical(p, t))
			case p.sym == "$":
				group = append(group, strconv.Itoa(t))
			case p.sym == "&":
				sim = append(sim, strconv.Itoa(t))
			}
		}
		b.WriteString(s.pos)
		for _, col := range [][]string{members(s, ranks), hyper, deriv, anto, group, sim} {
			b.WriteByte('\t')
			b.WriteString(strings.Join(col, " "))
		}
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

// members writes each member with "#rank" when the synset is not its
// lemma's first sense in this part of speech.
func members(s *synset, ranks map[string]int) []string {
	out := make([]string, len(s.members))
	for i, m := range s.members {
		out[i] = m
		if r := ranks[s.pos+" "+m+" "+s.offset]; r > 1 {
			out[i] += "#" + strconv.Itoa(r)
		}
	}
	return out
}

// lexical writes a word-to-word pointer as from>synset.member, members
// counted from 0.
func lexical(p pointer, target int) string {
	return strconv.Itoa(p.src-1) + ">" + strconv.Itoa(target) + "." + strconv.Itoa(p.dst-1)
}

// ExceptionsHeader opens wordnet-exceptions.tsv.
const ExceptionsHeader = `# WordNet 3.0 morphological exceptions (noun.exc, verb.exc, adj.exc, adv.exc), compiled by
# lang/wordnet/gen.go: do not edit. Licence: LICENSE-wordnet. Columns: inflected form; pos; base forms.
`

// readExceptions reads the *.exc files in part-of-speech order.
func readExceptions(dir string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(ExceptionsHeader)
	for _, pf := range posFiles {
		err := eachLine(filepath.Join(dir, pf.file+".exc"), func(line string) error {
			f := strings.Fields(line)
			if len(f) < 2 {
				return fmt.Errorf("short exception line %q", line)
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\n", f[0], pf.pos, strings.Join(f[1:], " "))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}
