package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/lang/wordnet"
)

// Strengths of a WordNet paraphrase of a claim's word, below an exact or
// stemmed match (1) and the synonym tables' concepts: a synonym or a
// derived word ("election" for "elect"), a grouped verb sense ("took"
// for "snapped"), a kind of the claim's word one or two links down
// ("biopsy" for "test"), a broader word one link up.
var paraStrength = map[wordnet.Relation]float64{
	wordnet.Synonym:    0.8,
	wordnet.Derivation: 0.8,
	wordnet.VerbGroup:  0.7,
	wordnet.Hyponym:    0.7,
	wordnet.Hypernym:   0.5,
}

// Polysemy bounds: a word with more than polysemous senses ("call" has
// 41, "take" 44) is not paraphrased at all: its first senses are not
// what a claim means ("call" is first a telephone call, then naming);
// others are read in their first paraSenses senses. Kinds are followed
// paraDepth links down, each link only while there are no more than
// maxKinds of them down to it (a general word: "act", "man").
const (
	paraSenses = 2
	polysemous = 10
	paraDepth  = 2
	maxKinds   = 150
	// paraFarther is the strength lost per hypernym link past the first.
	paraFarther = 0.1
)

// paraphrases maps the WordNet lemmas related to a claim's word to their
// strength.
type paraphrases map[string]float64

// paraphrasesOf returns the paraphrases of a claim item's word; nil for
// names, for the synonym tables' concepts (the table says which sense
// the claim means: a drone is an aircraft, not a monotonous voice) and
// for words WordNet lacks.
func paraphrasesOf(it Item) paraphrases {
	if it.Kind != Word || strings.ContainsAny(it.Text+it.ID, "0123456789") {
		return nil
	}
	w := strings.ToLower(it.Text)
	n := wordnet.SenseCount(w)
	if n == 0 {
		return nil
	}
	if n > polysemous {
		return nil
	}
	ps := wordnet.Paraphrases(w, paraSenses, paraDepth)
	kinds := map[int]int{} // kinds up to each distance
	for _, p := range ps {
		if p.Rel == wordnet.Hyponym {
			for d := p.Dist; d <= paraDepth; d++ {
				kinds[d]++
			}
		}
	}
	out := paraphrases{}
	for _, p := range ps {
		if p.Rel == wordnet.Hyponym && kinds[p.Dist] > maxKinds {
			continue
		}
		s := paraStrength[p.Rel]
		if p.Rel == wordnet.Hyponym {
			s -= paraFarther * float64(p.Dist-1)
		}
		if s > out[p.Word] {
			out[p.Word] = s
		}
	}
	return out
}

// paraphrase returns how well text item ti paraphrases the claim's item
// i through WordNet: the best strength of ti's lemmas, 0 when none.
func (c *Claim) paraphrase(i int, ti Item) float64 {
	if i >= len(c.para) || c.para[i] == nil || ti.Kind == Entity {
		return 0
	}
	best := 0.0
	for _, l := range c.m.wnLemmasOf(strings.ToLower(ti.Text)) {
		best = max(best, c.para[i][l])
	}
	return best
}

// itemStrength is how well text item ti matches the claim's item i: by
// identity, the synonym tables, or WordNet; a part of a name of several
// words only by a name (a capitalised word: one that opens a sentence is
// read as a word).
func (c *Claim) itemStrength(i int, ti Item) float64 {
	if c.longName[i] && ti.Kind != Entity && !capitalised(ti.Text) {
		return 0
	}
	if c.sentenceCase && c.Items[i].Kind == Entity && c.Items[i].W0 > 0 && ti.Kind == Word && !capitalised(ti.Text) {
		// A name the claim capitalises among lower-case words is not the
		// common word a text writes in lower case: "labour laws" are not
		// Labour. The claim's first word is capitalised anyway
		// ("Interest rates will rise").
		return 0
	}
	if ti.Kind == Word && c.openingWord(i) == ti.ID || c.codename(i, ti) {
		return 1
	}
	s := c.m.strength(c.Items[i], ti)
	if s < 1 {
		s = max(s, c.paraphrase(i, ti), c.eventStrength(i, ti))
	}
	return s
}

// openingWord returns the stem of the claim's item i when it is the
// claim's first word, capitalised only for opening it and read as a name
// no alias table knows ("House prices will fall"), else "". A text's
// common word of that stem is the claim's word ("house prices could
// fall"), as it is for a word whose stem is itself ("Interest rates",
// whose name "interest" is the stem of "interest"); a known name
// ("Labour") is read as the tables say.
func (c *Claim) openingWord(i int) string {
	it := c.Items[i]
	if it.Kind != Entity || it.W0 != 0 || it.W1 != 1 || len(c.m.aliases[it.ID]) > 0 {
		return ""
	}
	low := strings.ToLower(it.Text)
	if !isLetters(low) {
		return ""
	}
	return c.m.stem(low)
}

// wnLemmasOf returns a lower-case word's (or collocation's) WordNet
// lemmas, from the matcher's bounded cache.
func (m *Matcher) wnLemmasOf(w string) []string {
	if ls, ok := m.wnLemmas.Get(w); ok {
		return ls
	}
	ls := wordnet.Lemmas(w, wordnet.Any)
	m.wnLemmas.Put(w, ls)
	return ls
}

// unname reads the capitalised words of a claim in title case ("3-Boobed
// Woman a Fake", "Ringtone Saved Him From A Bear") that no alias table
// knows and WordNet has as common words as words, not names: stemmed,
// matched in lower case ("a bear attacked") and paraphrased. A word
// WordNet lacks ("Bieber") stays a name.
func (m *Matcher) unname(a *ItemizedText) {
	for i, it := range a.Items {
		if it.Kind != Entity || len(m.aliases[it.ID]) > 0 {
			continue
		}
		low := strings.ToLower(it.Text)
		if len(m.wnLemmasOf(low)) == 0 {
			continue
		}
		a.Items[i].Kind, a.Items[i].ID = Word, m.stem(low)
	}
}

// capitalised reports whether a text starts with an upper-case letter.
func capitalised(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r)
}
