package stance

import (
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/lang/wordnet"
)

// loadOpposites reads the directional pairs of table stance-opposites,
// keyed by stem both ways ("rise" ↔ "fall"); English adds WordNet's
// antonyms of a claim's verbs and adjectives as claims come (antonymsOf).
func (lx *lexicon) loadOpposites(code string) error {
	lx.opposite, lx.complement = map[string][]string{}, map[string]bool{}
	t, err := lang.Load(code, "stance-opposites")
	if err != nil {
		return nil // a language without the table reads no opposites
	}
	for _, k := range t.Order {
		a := lx.stem(k)
		if t.Field(k, 0) == "" {
			return fmt.Errorf("stance lexicon: stance-opposites: %q has no opposite", k)
		}
		for _, o := range strings.Split(t.Field(k, 0), ",") {
			b := lx.stem(strings.TrimSpace(o))
			lx.opposite[a] = append(lx.opposite[a], b)
			lx.opposite[b] = append(lx.opposite[b], a)
			if t.Field(k, 1) == "complement" {
				lx.complement[a+" "+b], lx.complement[b+" "+a] = true, true
			}
		}
	}
	if code == "en" { // WordNet is English
		lx.antonyms, lx.verbLemmas = wordnetAntonyms, wordnetVerbLemmas
	}
	if f, err := lang.Load(code, "stopwords"); err == nil {
		lx.function = make(map[string]bool, len(f.Order))
		for _, k := range f.Order {
			lx.function[k] = true
		}
	}
	return nil
}

// wordnetAntonyms returns WordNet's one-word antonyms of word as an
// adjective ("alive" → "dead"). Verbs' antonyms oppose too much that
// headlines do not deny ("start" ↔ "stop", "attack" ↔ "defend", "sell" ↔
// "buy"): the directional verbs are the table's.
func wordnetAntonyms(word string) []string {
	var out []string
	for _, pos := range []wordnet.POS{wordnet.Adj} {
		for _, a := range wordnet.Antonyms(word, pos) {
			if !strings.ContainsAny(a, "_ -") {
				out = append(out, a)
			}
		}
	}
	return out
}

// wordnetVerbLemmas returns the verb lemmas of a text word ("rose" → "rise").
func wordnetVerbLemmas(word string) []string { return wordnet.Lemmas(word, wordnet.Verb) }

// wordnetAdjLemmas returns the adjective lemmas of a text word.
func wordnetAdjLemmas(word string) []string { return wordnet.Lemmas(word, wordnet.Adj) }

// opposed is what a claim's words are opposed by: stems of the
// directional table and WordNet antonym lemmas, each mapped to the claim
// stem it opposes.
type opposed struct {
	stems, lemmas map[string]string
	prefix        map[string]bool // prefix3 of the lemmas
}

// opposites reads what opposes the claim's content words, leaving out
// what the claim itself holds ("rise and fall") and function words ("all"
// ↔ "some" opposes nothing).
func (c *Classifier) opposites(cl *markedText) opposed {
	if o, ok := c.opp.Get(cl.text); ok {
		return o
	}
	o := c.readOpposites(cl)
	c.opp.Put(cl.text, o)
	return o
}

// readOpposites is opposites without the cache.
func (c *Classifier) readOpposites(cl *markedText) opposed {
	cs := c.claimStems(cl)
	o := opposed{stems: map[string]string{}, lemmas: map[string]string{}}
	for i, s := range cl.stems {
		if !cs[s] || c.lex.function[cl.words[i]] {
			continue
		}
		for _, t := range c.lex.opposite[s] {
			o.stems[t] = s
		}
		if c.lex.antonyms != nil {
			for _, a := range c.lex.antonyms(cl.words[i]) {
				if !c.lex.function[a] && !cs[c.lex.stem(a)] {
					o.lemmas[a] = s
				}
			}
		}
	}
	for s := range cs {
		delete(o.stems, s)
	}
	o.prefix = map[string]bool{}
	for l := range o.lemmas {
		o.prefix[prefix3(l)] = true
	}
	return o
}

// prefix3 is a word's first three bytes: an inflected form shares them
// with its lemma ("closed" — "close"), so other words skip WordNet.
func prefix3(w string) string { return w[:min(3, len(w))] }

// oppositesCacheSize bounds the cache of the opposites of the claims
// read last (Classifier.opp): a trace reads one claim against many
// statements.
const oppositesCacheSize = 256

// of returns the claim stem that text word i of tx opposes, if any: by
// stem for the table's words, by WordNet lemma for antonyms ("closed" is
// the adjective "closed"; "news" is not "new").
func (o opposed) of(tx *markedText, i int) (string, bool) {
	if s, ok := o.stems[tx.stems[i]]; ok {
		return s, true
	}
	if len(o.lemmas) == 0 {
		return "", false
	}
	if s, ok := o.lemmas[tx.words[i]]; ok {
		return s, true
	}
	if !o.prefix[prefix3(tx.words[i])] {
		return "", false
	}
	for _, l := range wordnetAdjLemmas(tx.words[i]) {
		if s, ok := o.lemmas[l]; ok {
			return s, true
		}
	}
	return "", false
}

// opposes reads whether tx states the opposite of the claim: +1 when a
// word opposed to one of the claim's stands outside a negation's scope
// and outside a subordinate clause while neither the claim's word nor one
// of its direction (sameDirection) stands plainly in tx, -1 when the only opposite is negated ("will not
// fall"), 0 when there is none.
func (c *Classifier) opposes(cl, tx *markedText) int {
	opp := c.opposites(cl)
	if len(opp.stems) == 0 && len(opp.lemmas) == 0 {
		return 0
	}
	plain := map[string]bool{}
	for i, s := range tx.stems {
		if !tx.negated[i] && !tx.punct[i] {
			plain[s] = true
			for part := range strings.SplitSeq(tx.words[i], "-") { // no slice a word
				plain[c.lex.stem(part)] = true // "9-year-old" holds "old"
			}
		}
	}
	found := 0
	for i := range tx.stems {
		if tx.punct[i] || tx.inSub[i] {
			continue
		}
		own, ok := opp.of(tx, i)
		if !ok || plain[own] || c.sameDirection(own, plain) {
			continue
		}
		if !tx.negated[i] {
			return 1
		}
		found = -1
	}
	return found
}

// deniesComplement reports whether tx negates an opposite of the claim
// that is its complement (table stance-opposites, column "complement")
// and states no opposite plainly: "I cannot see them losing the title"
// for "they will win the title" — one of the two comes, so denying the
// one asserts the other.
func (c *Classifier) deniesComplement(cl, tx *markedText) bool {
	opp, found := c.opposites(cl), false
	for i := range tx.stems {
		if tx.punct[i] || tx.inSub[i] {
			continue
		}
		own, ok := opp.of(tx, i)
		if !ok {
			continue
		}
		if !tx.negated[i] || !c.lex.complement[own+" "+tx.stems[i]] {
			return false
		}
		found = true
	}
	return found
}

// endAtComplements ends a negation's scope at a complement of the claim
// it negates (deniesComplement): in "I cannot see them losing their lead
// in the league" for "they will win the league", the negation negates
// the losing; "their lead in the league" is what is not lost, not a
// negated word of the claim.
func (c *Classifier) endAtComplements(cl, tx *markedText) {
	if tx.nNot == 0 || len(c.lex.complement) == 0 {
		return
	}
	opp := c.opposites(cl)
	for i := range tx.words {
		if !tx.negated[i] || tx.punct[i] {
			continue
		}
		if own, ok := opp.of(tx, i); !ok || !c.lex.complement[own+" "+tx.stems[i]] {
			continue
		}
		for k := i + 1; k < len(tx.words) && tx.negated[k]; k++ {
			tx.negated[k] = false
		}
		for j := i - 1; j >= 0 && (tx.negated[j] || tx.cls[j] == clsNot); j-- {
			if tx.cls[j] == clsNot {
				tx.bounded[j] = true // it negates the complement only
				break
			}
		}
	}
}

// pastReach is how many words before a word of change a past marker may
// stand ("recent interest rate rises").
const pastReach = 3

// pastChange reports whether tx names the change a claim predicts (a
// claim with a future marker and a directional word: "UK interest rates
// will rise") only as past: every word of that direction in tx follows a
// past marker within pastReach words ("held back by recent interest rate
// rises", "slowing after interest rate increases"). Past rises are no
// evidence that rates will rise; false when tx names no such change.
func (c *Classifier) pastChange(cl, tx *markedText) bool {
	future := false
	for i := range cl.words {
		future = future || c.futureMarker(cl, i) > 0
	}
	if !future {
		return false
	}
	dir := map[string]bool{}
	for s := range c.claimStems(cl) {
		for _, o := range c.lex.opposite[s] {
			dir[s] = true
			for _, p := range c.lex.opposite[o] {
				dir[p] = true
			}
		}
	}
	seen := false
	for i, s := range tx.stems {
		if !dir[s] || tx.punct[i] {
			continue
		}
		seen = true
		past := false
		for k := max(0, i-pastReach); k < i; k++ {
			past = past || c.lex.clause[tx.words[k]]&pastMark != 0
		}
		if !past {
			return false
		}
	}
	return seen
}

// sameDirection reports whether plain holds a word of the same direction
// as the claim's stem own: one whose opposites the claim's word shares
// ("higher" for "rise": both are opposed by "lower"). "We will see higher
// interest rates or a sharp drop in demand" states the rise; its "drop"
// is of something else.
func (c *Classifier) sameDirection(own string, plain map[string]bool) bool {
	for _, o := range c.lex.opposite[own] {
		for _, p := range c.lex.opposite[o] {
			if p != own && plain[p] {
				return true
			}
		}
	}
	return false
}
