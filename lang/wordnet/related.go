package wordnet

import "slices"

// Relation is how WordNet relates two words.
type Relation int

// The relations Related reports, strongest first.
const (
	Unrelated  Relation = iota
	SameLemma           // forms of one lemma: "snapped", "snaps"
	Synonym             // share a synset: "supply", "provide"
	Antonym             // opposed: "rise", "fall"
	Derivation          // one derived from the other (or its synonym): "supply", "supplier"
	VerbGroup           // verb senses WordNet groups together
	Similar             // adjectives similar in meaning: "huge", "large"
	Hypernym            // the first is a kind of the second: "biopsy", "test"
	Hyponym             // the second is a kind of the first
)

var relationNames = [...]string{"unrelated", "same lemma", "synonym", "antonym", "derivation",
	"verb group", "similar", "hypernym", "hyponym"}

func (r Relation) String() string { return relationNames[r] }

// MaxDepth bounds the hypernym links Related follows: past three, a kind
// is too general to tell claims apart ("procedure" → "activity" → "act").
const MaxDepth = 3

// Related says how WordNet relates words a and b (inflected or not, any
// part of speech) and how many links apart they are: 0 for the same
// lemma and synonyms, 1 for antonyms, derivations, verb groups and
// similar adjectives, the number of hypernym links (≤ MaxDepth) for
// kinds. The strongest relation wins (the order of the constants), a
// nearer kind before a farther one; Unrelated, 0 when none holds.
func Related(a, b string) (Relation, int) {
	if normalize(a) == normalize(b) { // a word WordNet lacks is still itself
		return SameLemma, 0
	}
	d := get()
	la, lb := d.lemmaSet(a, Any), d.lemmaSet(b, Any)
	for l := range la {
		if lb[l] {
			return SameLemma, 0
		}
	}
	sa, sb := d.synsetsOf(a, Any), d.synsetsOf(b, Any)
	if len(sa) == 0 || len(sb) == 0 {
		return Unrelated, 0
	}
	if intersects(sa, sb) {
		return Synonym, 0
	}
	for _, r := range []Relation{Antonym, Derivation, VerbGroup, Similar} {
		if d.linked(r, sa, la, sb) || d.linked(r, sb, lb, sa) {
			return r, 1
		}
	}
	up, down := d.kindDistance(sa, sb), d.kindDistance(sb, sa)
	switch {
	case up > 0 && (down == 0 || up <= down):
		return Hypernym, up
	case down > 0:
		return Hyponym, down
	}
	return Unrelated, 0
}

func intersects(a, b []Synset) bool {
	for _, s := range a {
		if slices.Contains(b, s) {
			return true
		}
	}
	return false
}

// linked reports whether a pointer of relation r leads from one of the
// synsets from (word pointers: from one of the lemmas own) into to.
func (d *db) linked(r Relation, from []Synset, own map[string]bool, to []Synset) bool {
	for _, s := range from {
		ss := &d.synsets[s]
		switch r {
		case Antonym, Derivation:
			ptrs := ss.deriv
			if r == Antonym {
				ptrs = ss.antonyms
			}
			for _, p := range ptrs {
				if int(p.From) < len(ss.members) && own[ss.members[p.From]] && slices.Contains(to, p.Syn) {
					return true
				}
			}
		case VerbGroup:
			if intersects(ss.group, to) {
				return true
			}
		case Similar:
			if intersects(ss.similar, to) {
				return true
			}
		}
	}
	return false
}

// kindDistance is the number of hypernym links from a sense in from up
// to a sense in to, 0 when none within MaxDepth.
func (d *db) kindDistance(from, to []Synset) int {
	for _, r := range d.ancestors(from, MaxDepth) {
		if slices.Contains(to, r.syn) {
			return r.dist
		}
	}
	return 0
}
