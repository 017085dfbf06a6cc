package wordnet

import "sync"

// Paraphrase is a word WordNet relates to another: how, and how many
// hypernym links apart (0 for synonyms, 1 for derivations and verb
// groups).
type Paraphrase struct {
	Word string
	Rel  Relation
	Dist int
}

// Paraphrases returns the words related to word through its first senses
// senses in each part of speech (most frequent first; a polysemous word
// says little in its rarer senses): the other members of those synsets,
// the words derived from word, the members of grouped verb senses and of
// similar adjectives, the kinds of its noun senses down to depth links
// (Hyponym: "biopsy" for "test") and the direct hypernyms of its senses
// (Hypernym).
// Each word once, at its strongest relation. Multiword lemmas are
// written with "_".
func Paraphrases(word string, senses, depth int) []Paraphrase {
	d := get()
	own := d.lemmaSet(word, Any)
	var out []Paraphrase
	seen := map[string]bool{}
	add := func(w string, r Relation, dist int) {
		if !own[w] && !seen[w] {
			seen[w] = true
			out = append(out, Paraphrase{w, r, dist})
		}
	}
	first := d.firstSenses(word, senses)
	for _, s := range first {
		for _, m := range d.synsets[s].members {
			add(m, Synonym, 0)
		}
	}
	for _, s := range first {
		ss := &d.synsets[s]
		for _, p := range ss.deriv {
			if int(p.From) < len(ss.members) && own[ss.members[p.From]] {
				if t := d.synsets[p.Syn].members; int(p.To) < len(t) {
					add(t[p.To], Derivation, 1)
				}
			}
		}
		for _, g := range append(ss.group[:len(ss.group):len(ss.group)], ss.similar...) {
			for _, m := range d.synsets[g].members {
				add(m, VerbGroup, 1)
			}
		}
	}
	var nouns []Synset // kinds of things: "biopsy" for "test"; a verb's kinds are manners ("term" for "call")
	for _, s := range first {
		if d.synsets[s].pos == Noun {
			nouns = append(nouns, s)
		}
	}
	for _, r := range d.descendants(nouns, depth) {
		for _, m := range d.synsets[r.syn].members {
			add(m, Hyponym, r.dist)
		}
	}
	for _, s := range first {
		for _, h := range d.synsets[s].hyper {
			for _, m := range d.synsets[h].members {
				add(m, Hypernym, 1)
			}
		}
	}
	return out
}

// firstSenses returns word's first n senses in each part of speech.
func (d *db) firstSenses(word string, n int) []Synset {
	var out []Synset
	count := map[POS]int{}
	for _, s := range d.synsetsOf(word, Any) {
		p := d.synsets[s].pos
		if count[p] < n {
			count[p]++
			out = append(out, s)
		}
	}
	return out
}

// SenseCount returns the number of senses of word in all parts of speech:
// how polysemous it is.
func SenseCount(word string) int { return len(get().synsetsOf(word, Any)) }

var (
	hypoOnce sync.Once
	hypo     map[Synset][]Synset
)

// hyponyms returns the synsets that are kinds of s, the inverse of the
// hypernym links, indexed on first use.
func (d *db) hyponyms(s Synset) []Synset {
	hypoOnce.Do(func() {
		hypo = map[Synset][]Synset{}
		for i := range d.synsets {
			for _, h := range d.synsets[i].hyper {
				hypo[h] = append(hypo[h], Synset(i))
			}
		}
	})
	return hypo[s]
}

// descendants walks down the hyponym links from start, breadth first, to
// depth links; each once, at its nearest distance.
func (d *db) descendants(start []Synset, depth int) []reached {
	return walk(start, depth, d.hyponyms)
}
