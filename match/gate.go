package match

import (
	"strings"
	"sync"
)

// Gate is a cheap test of whether a text can match some of a claim's
// items at least at a given strength (Claim.Gate): it reads the text's
// words and looks each up, without reading the text into items. Its
// answer is a superset of ScoreText's: a text it turns away scores
// below the strength on every one of the items, so a reader that
// demands one of them skips the text unscored and reads what it would
// have read.
//
// Why it is sound: every text item is made at one word (analyze): a
// table entry that starts there (keyed by the word's lower-case form or
// its stem; a hyphened name keyed by its first part), the parts of a
// hyphened word, a capitalised word's name key, or the word's stem. A
// claim item matches a text item by its ID (the same ID, a related
// concept's, a name whose stem is the claim's word, a word whose stem is
// the claim's opening word's), by a WordNet
// paraphrase of the text item's words, or by the claim name's initials
// written in the text. The gate holds every ID and entry key that can
// match, the paraphrases and the initials, and asks each word for all
// of them.
type Gate struct {
	m *Matcher
	// ids are the text item IDs that match; keys the first key words
	// of the table entries whose item matches.
	ids, keys map[string]bool
	// para are the WordNet lemmas that paraphrase a claim word.
	para map[string]bool
	// initials are the claim names' initials, looked for in the text.
	initials []string
	// seen holds the answer for each word as written the gate has read
	// (admitsWord reads nothing else of a word): a trace's sentences
	// repeat most of their words. mu guards it: Admits reads a text
	// under it.
	mu   sync.Mutex
	seen map[string]bool
}

// Gate returns a gate for texts that match one of the claim's items at
// least at strength least (> 0), or nil when the gate cannot tell (a
// paraphrase of several words, least not positive): a nil Gate admits
// every text.
func (c *Claim) Gate(least float64, items ...int) *Gate {
	if least <= 0 || len(items) == 0 {
		return nil
	}
	g := &Gate{m: c.m, ids: map[string]bool{}, keys: map[string]bool{}, para: map[string]bool{}, seen: map[string]bool{}}
	words := map[string]bool{} // the IDs of the claim's words: a name whose stem is one matches
	for _, i := range items {
		ci := c.Items[i]
		g.ids[ci.ID] = true
		if st := c.openingWord(i); st != "" {
			g.ids[st] = true // a word of its stem matches (itemStrength)
		}
		if ci.Kind == Word {
			words[ci.ID] = true
		}
		if ci.Kind == Concept {
			c.productGateWords(ci.ID, g.ids)
			for name := range c.m.concepts {
				if c.m.strength(ci, Item{Kind: Concept, ID: name}) >= least {
					g.ids[name] = true
				}
			}
		}
		for w, s := range c.para[i] {
			if s < least {
				continue
			}
			if !lettersOnly(w) {
				return nil // a text of several words might paraphrase it
			}
			g.para[w] = true
		}
		g.initials = append(g.initials, c.abbreviationsOf(i, false)...)
	}
	for key, ps := range c.m.phrases {
		for _, p := range ps {
			id := p.entity
			if p.stem {
				id = p.concpt
			}
			if g.ids[id] || !p.stem && len(words) > 0 && words[c.m.stem(p.entity)] {
				g.keys[key] = true
				break
			}
		}
	}
	return g
}

// lettersOnly reports a WordNet lemma of lower-case letters a to z: no
// "_" of a collocation, no hyphen or other mark. A text item of several
// words has lemmas with a mark between them, so it never is one.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// Admits reports whether text may match one of the gate's items: false
// only when ScoreText would find none of them at the gate's strength.
// A nil Gate admits every text.
func (g *Gate) Admits(text string) bool {
	if g == nil {
		return true
	}
	for _, ab := range g.initials {
		if strings.Contains(text, ab) {
			return true
		}
	}
	buf := wordBuffers.Get().(*[]word)
	defer wordBuffers.Put(buf)
	*buf = scanWordsTo((*buf)[:0], text)
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, w := range *buf {
		raw := text[w.start:w.end]
		ok, seen := g.seen[raw]
		if !seen {
			ok = g.admitsWord(raw, w)
			g.seen[raw] = ok
		}
		if ok {
			return true
		}
	}
	return false
}

// wordBuffers hold the words Admits reads and drops: a gate reads most
// of a trace's sentences, and a fresh slice of words for each was half
// its cost.
var wordBuffers = sync.Pool{New: func() any { return new([]word) }}

// admitsWord reports whether a text item made at word w, written raw,
// may match: an entry keyed by its form or stem, its stem or name key as
// an ID, a part of it hyphened, a paraphrase of it.
func (g *Gate) admitsWord(raw string, w word) bool {
	m := g.m
	if m.stops[w.low] {
		// a function word makes no item of its own, and its entries are
		// looked up by the word as written (lookup); one of them may be
		// a concept's member WordNet paraphrases
		pre, _, _ := strings.Cut(w.low, "-")
		return g.keys[w.low] || g.keys[pre] || len(g.para) > 0 && g.paraphrased(strings.ToLower(raw))
	}
	st := m.stem(w.low)
	if g.keys[w.low] || g.keys[st] || g.ids[st] {
		return true
	}
	if strings.IndexByte(raw, '\'') >= 0 || strings.Contains(raw, "’") {
		raw = strings.ToLower(raw)
	} else {
		raw = w.low // the word as written, in lower case
	}
	name := m.nameKey(w.low)
	if g.ids[name] || g.ids[m.nameKey(raw)] || name != w.low && g.ids[m.stem(name)] {
		return true
	}
	if pre, _, ok := strings.Cut(w.low, "-"); ok {
		if g.keys[pre] {
			return true
		}
		for _, part := range strings.Split(raw, "-") {
			if g.ids[m.stem(part)] || g.ids[m.nameKey(part)] || g.paraphrased(part) {
				return true
			}
		}
	}
	return g.paraphrased(raw)
}

// paraphrased reports whether a lower-case text has a WordNet lemma the
// gate's paraphrases hold.
func (g *Gate) paraphrased(low string) bool {
	if len(g.para) == 0 {
		return false
	}
	for _, l := range g.m.wnLemmasOf(low) {
		if g.para[l] {
			return true
		}
	}
	return false
}
