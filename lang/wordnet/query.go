package wordnet

// Synsets returns the senses of word in pos (Any: all), after reducing it
// to its lemmas: nouns, verbs, adjectives, adverbs, each most frequent
// sense first.
func Synsets(word string, pos POS) []Synset { return get().synsetsOf(word, pos) }

func (d *db) synsetsOf(word string, pos POS) []Synset {
	var out []Synset
	seen := map[Synset]bool{}
	for _, l := range d.lemmasOf(word, pos) {
		for _, x := range d.index[l.word] {
			if s := x.synset(); d.synsets[s].pos == l.pos && !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// POS returns the synset's part of speech.
func (s Synset) POS() POS { return get().synsets[s].pos }

// Members returns the synset's lemmas.
func (s Synset) Members() []string { return get().synsets[s].members }

// Hypernyms returns the synsets s is a kind (or an instance) of.
func (s Synset) Hypernyms() []Synset { return get().synsets[s].hyper }

// Synonyms returns the other members of word's synsets in pos, in sense
// order: "snap" (verb) → "snarl", "tear", …, "photograph", "shoot".
func Synonyms(word string, pos POS) []string {
	d := get()
	own := d.lemmaSet(word, pos)
	var out []string
	for _, s := range d.synsetsOf(word, pos) {
		for _, m := range d.synsets[s].members {
			if !own[m] {
				out = appendNew(out, m)
			}
		}
	}
	return out
}

func (d *db) lemmaSet(word string, pos POS) map[string]bool {
	set := map[string]bool{}
	for _, l := range d.lemmasOf(word, pos) {
		set[l.word] = true
	}
	return set
}

// Hypernyms returns the members of the synsets word's senses in pos are
// kinds of, up to depth links up (1: the direct hypernyms), nearest
// first.
func Hypernyms(word string, pos POS, depth int) []string {
	d := get()
	var out []string
	for _, s := range d.ancestors(d.synsetsOf(word, pos), depth) {
		for _, m := range d.synsets[s.syn].members {
			out = appendNew(out, m)
		}
	}
	return out
}

// reached is a synset found at a distance from where a walk started.
type reached struct {
	syn  Synset
	dist int
}

// ancestors walks up the hypernym links from start, breadth first, to
// depth links; each ancestor once, at its nearest distance.
func (d *db) ancestors(start []Synset, depth int) []reached {
	return walk(start, depth, func(s Synset) []Synset { return d.synsets[s].hyper })
}

// walk follows links from start, breadth first, to depth links; each
// synset it reaches once, at its nearest distance.
func walk(start []Synset, depth int, links func(Synset) []Synset) []reached {
	seen := map[Synset]bool{}
	for _, s := range start {
		seen[s] = true
	}
	var out []reached
	level := start
	for dist := 1; dist <= depth && len(level) > 0; dist++ {
		var next []Synset
		for _, s := range level {
			for _, h := range links(s) {
				if !seen[h] {
					seen[h] = true
					next = append(next, h)
					out = append(out, reached{h, dist})
				}
			}
		}
		level = next
	}
	return out
}

// Derivations returns the words derivationally related to word, in any
// part of speech ("supply" → "supplier", "supplies"; "president" ←
// "presidential", an adjective's pertainym, counts too).
func Derivations(word string) []string { return get().lexicalTargets(word, Any, false) }

// Antonyms returns the words WordNet opposes to word in pos ("rise" →
// "fall").
func Antonyms(word string, pos POS) []string { return get().lexicalTargets(word, pos, true) }

// lexicalTargets follows word-to-word pointers (derivations, or
// antonyms) from word's lemmas in its senses.
func (d *db) lexicalTargets(word string, pos POS, antonyms bool) []string {
	own := d.lemmaSet(word, pos)
	var out []string
	for _, s := range d.synsetsOf(word, pos) {
		ss := &d.synsets[s]
		ptrs := ss.deriv
		if antonyms {
			ptrs = ss.antonyms
		}
		for _, p := range ptrs {
			if int(p.From) < len(ss.members) && own[ss.members[p.From]] {
				if t := d.synsets[p.Syn].members; int(p.To) < len(t) {
					out = appendNew(out, t[p.To])
				}
			}
		}
	}
	return out
}
