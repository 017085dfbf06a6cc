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
	m.causatives, m.boundForms = map[string]bool{}, map[string]bool{}
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
			if verb, particle, split := strings.Cut(form, " * "); split {
				if err := m.addSplitCausative(k, verb, particle); err != nil {
					return err
				}
				continue
			}
			stems := m.words(form, true)
			key := strings.Join(stems, " ")
			m.causatives[key] = true
			if !known[key] {
				known[key] = true
				m.boundForms[key] = true
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
	if ti.W1-ti.W0 == 1 && m.splitAt(a.Text, a.words, ti.W0) == ti.ID {
		return true
	}
	stems := make([]string, 0, ti.W1-ti.W0)
	for k := ti.W0; k < ti.W1; k++ {
		stems = append(stems, m.stem(a.words[k].low))
	}
	return m.causatives[strings.Join(stems, " ")]
}

// causedObjectEnd returns the end of the object of a causative form ti:
// the word before a split form's particle ("pushed the krona lower"),
// else the noun phrase after it over determiners (objectEnd); ti.W1
// when none.
func (c *Claim) causedObjectEnd(a *ItemizedText, ti Item) int {
	if _, p := c.m.splitParticle(a.Text, a.words, ti.W0); p > 0 && ti.W1-ti.W0 == 1 {
		return p
	}
	k := ti.W1
	for k < len(a.words) && c.m.fn[a.words[k].low]&fnDeterminer != 0 && !a.commaBefore(k) {
		k++
	}
	if k >= len(a.words) || a.commaBefore(k) || a.words[k].clauseBreak || c.m.stops[a.words[k].low] {
		return ti.W1 // "were pushed up by the cold": no object
	}
	return c.objectEnd(a, k)
}

// boundReach is how many words before a bound causative form without
// an object may name what it changes: "income tax that it could put up",
// "oil prices were pushed up".
const boundReach = 4

// boundObject reports whether ti is a bound causative form — one the
// table added to its concept, or one written around its object — and
// whether it names none of the claim's items where what it changes
// stands: its object ("brought debt down", "strengthen the squad"), else,
// with no object after it, the words just before it. Such a form says
// nothing of a change but of the thing it acts on; a member of the
// concept itself ("raise") is read as before.
func (c *Claim) boundObject(a *ItemizedText, ti Item) (bound, foreign bool) {
	if ti.Kind != Concept || ti.W1 > len(a.words) {
		return false, false
	}
	if ti.W1-ti.W0 == 1 {
		if concept, p := c.m.splitParticle(a.Text, a.words, ti.W0); concept == ti.ID {
			return true, !c.namesBetween(a, ti.W1, p)
		}
	}
	stems := make([]string, 0, ti.W1-ti.W0)
	for k := ti.W0; k < ti.W1; k++ {
		stems = append(stems, c.m.stem(a.words[k].low))
	}
	if !c.m.boundForms[strings.Join(stems, " ")] {
		return false, false
	}
	if end := c.causedObjectEnd(a, ti); end > ti.W1 {
		return true, !c.namesBetween(a, ti.W1, end)
	}
	return true, !c.namesBetween(a, max(0, ti.W0-boundReach), ti.W0)
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
	last := c.causedObjectEnd(a, ti) - 1
	if last < ti.W1 {
		return false
	}
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

// splitCausative is a phrasal causative written around its object
// ("pushed the euro lower", "sent Zentex shares up"): the concept the
// verb names there and the particle, both stemmed.
type splitCausative struct{ concept, particle string }

// splitGap is how many words at most stand between a split causative's
// verb and its particle: the object's noun phrase.
const splitGap = 4

// addSplitCausative records a form "verb * particle" of table
// causatives. Its verb must start a form of the concept written whole
// ("push up"), so that match.Gate, which asks each word for the entries
// it starts, admits the verb too.
func (m *Matcher) addSplitCausative(concept, verb, particle string) error {
	v, p := m.words(verb, true), m.words(particle, true)
	if len(v) != 1 || len(p) != 1 {
		return fmt.Errorf("match: causatives: %q * %q is not one verb and one particle", verb, particle)
	}
	whole := false
	for _, ph := range m.phrases[v[0]] {
		whole = whole || ph.concpt == concept && len(ph.words) > 1
	}
	if !whole {
		return fmt.Errorf("match: causatives: split form %q * %q has no whole form of %q", verb, particle, concept)
	}
	if m.splits == nil {
		m.splits = map[string][]splitCausative{}
	}
	m.splits[v[0]] = append(m.splits[v[0]], splitCausative{concept: concept, particle: p[0]})
	return nil
}

// splitAt returns the concept of a split causative whose verb is word i
// and whose particle follows its object within splitGap words, in the
// same clause: no comma, clause break or function word between but
// determiners ("pushing the US dollar lower", "pushed its share price
// down"); "" when none.
func (m *Matcher) splitAt(text string, ws []word, i int) string {
	c, _ := m.splitParticle(text, ws, i)
	return c
}

// splitParticle is splitAt, with the index of the particle (-1 when
// none).
func (m *Matcher) splitParticle(text string, ws []word, i int) (string, int) {
	forms := m.splits[m.stem(ws[i].low)]
	if len(forms) == 0 {
		return "", -1
	}
	for k := i + 1; k < len(ws) && k <= i+splitGap+1; k++ {
		if ws[k].clauseBreak || strings.ContainsAny(text[ws[k-1].end:ws[k].start], ",;:") {
			return "", -1
		}
		st := m.stem(ws[k].low)
		for _, f := range forms {
			if st == f.particle && k > i+1 {
				return f.concept, k
			}
		}
		if m.stops[ws[k].low] && m.fn[ws[k].low]&fnDeterminer == 0 {
			return "", -1
		}
	}
	return "", -1
}
