package match

import (
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail/lang"
)

// A claim may state a change of its subject with no object ("sterling
// will fall", "oil prices will rise") where a text says that someone
// makes it change: "the Bank will push down sterling", "Opec raised oil
// prices". The causative form's object is the claim's subject, and its
// own subject, the causer, is no other party whose change it is (table
// causatives; otherAgent).

// loadCausatives reads table causatives: each form joins its concept
// (matched and retrieved as it) and is marked causative by its stems.
func (m *Matcher) loadCausatives() error {
	t, err := lang.Load(m.lang, "causatives")
	if err != nil {
		return err
	}
	m.causatives = map[string]bool{}
	for _, k := range t.Order {
		c := m.concepts[k]
		if c == nil {
			return fmt.Errorf("match: causatives: %q is no concept of synonyms", k)
		}
		known := map[string]bool{}
		for _, mem := range c.members {
			known[strings.Join(m.words(mem, true), " ")] = true
		}
		for _, form := range strings.Split(t.Field(k, 0), "|") {
			if form = strings.TrimSpace(form); form == "" {
				continue
			}
			stems := m.words(form, true)
			key := strings.Join(stems, " ")
			m.causatives[key] = true
			if !known[key] {
				known[key] = true
				c.members = append(c.members, form)
				m.addPhrase(phrase{words: stems, raw: m.words(form, false), stem: true, concpt: k})
			}
		}
	}
	return nil
}

// causativeAt reports whether the text's item ti is written as a
// causative form of table causatives ("pushed up", "raising").
func (m *Matcher) causativeAt(a *ItemizedText, ti Item) bool {
	if ti.Kind != Concept || ti.W1 > len(a.words) {
		return false
	}
	stems := make([]string, 0, ti.W1-ti.W0)
	for k := ti.W0; k < ti.W1; k++ {
		stems = append(stems, m.stem(a.words[k].low))
	}
	return m.causatives[strings.Join(stems, " ")]
}

// causedSubject reports whether the text's occurrence ti of the claim's
// change pred is a causative form whose object is the claim's subject:
// the claim's change takes no object ("sterling will fall"), ti is
// causative ("push down") and the noun phrase right after it, over
// determiners, ends in a word that names an item of the claim before
// pred ("push down sterling", "raised the price of oil" for oil prices;
// not "cut sterling bonds", bonds of sterling).
func (c *Claim) causedSubject(a *ItemizedText, ti Item, pred int) bool {
	if c.hasObject(pred) || !c.m.causativeAt(a, ti) {
		return false
	}
	k := ti.W1
	for k < len(a.words) && c.m.fn[a.words[k].low]&fnDeterminer != 0 && !a.commaBefore(k) {
		k++
	}
	if k >= len(a.words) || a.commaBefore(k) || a.words[k].clauseBreak {
		return false
	}
	last := c.objectEnd(a, k) - 1
	for _, it := range a.Items {
		if last < it.W0 || last >= it.W1 {
			continue
		}
		for i, ci := range c.Items {
			if i != pred && ci.W0 < c.Items[pred].W0 && c.itemStrength(i, it) > 0 {
				return true
			}
		}
	}
	return false
}
