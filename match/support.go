package match

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail/lang"
)

// eventNoun is an event noun of table support-verbs: the verbs that only
// carry it ("call", "hold" an election) and the phrases that state the
// event without naming it ("name the date").
type eventNoun struct {
	// verbs holds the stems of its support verbs.
	verbs map[string]bool
	// same holds the stems of the other nouns of the same event ("offer"
	// for "bid").
	same map[string]bool
	// standIns holds the stems of each phrase's verb and noun.
	standIns [][2]string
}

// supportGap is how many items may come between a claim's support verb
// and its event noun ("launch a hostile bid": one).
const supportGap = 1

// loadSupport reads table support-verbs into m.events, keyed by the
// noun's stem (none when the language has no such table: every verb is
// then a predicate).
func (m *Matcher) loadSupport() error {
	m.events = map[string]*eventNoun{}
	t, err := lang.Load(m.lang, "support-verbs")
	if err != nil {
		return nil
	}
	for _, noun := range t.Order {
		ev := &eventNoun{verbs: map[string]bool{}, same: map[string]bool{}}
		for _, v := range strings.Fields(t.Field(noun, 0)) {
			ev.verbs[m.stem(v)] = true
		}
		for _, n := range strings.Fields(t.Field(noun, 1)) {
			if n != "-" {
				ev.same[m.stem(n)] = true
			}
		}
		for _, p := range strings.Fields(t.Field(noun, 2)) {
			if v, n, ok := strings.Cut(p, ":"); ok {
				ev.standIns = append(ev.standIns, [2]string{m.stem(v), m.stem(n)})
			}
		}
		m.events[m.stem(noun)] = ev
	}
	return nil
}

// itemStem returns the stem of an item's first word as written: a concept
// ("bid for", read as buy) is looked up by its word, not its name.
func (m *Matcher) itemStem(it Item) string {
	w, _, _ := strings.Cut(strings.ToLower(it.Text), " ")
	return m.stem(w)
}

// supportedNoun returns the index of the event noun that items[i]
// supports ("call" in "Kovacs will call an election": the index of
// "election"), or -1 when items[i] is no support verb of a noun that
// follows it closely.
func (m *Matcher) supportedNoun(items []Item, i int) int {
	if items[i].Kind == Entity {
		return -1
	}
	verb := m.itemStem(items[i])
	for j := i + 1; j < len(items) && j <= i+1+supportGap; j++ {
		if items[j].Kind == Entity {
			return -1
		}
		if ev := m.events[m.itemStem(items[j])]; ev != nil && ev.verbs[verb] {
			return j
		}
	}
	return -1
}

// markSupport sets c.support: for each of the claim's items, the index
// of the event noun it is the support verb of, else -1.
func (c *Claim) markSupport() {
	c.support = make([]int, len(c.Items))
	for i := range c.Items {
		c.support[i] = c.m.supportedNoun(c.Items, i)
	}
}

// SupportVerb reports whether the claim's item i is a support verb of an
// event noun after it (table support-verbs): "call" in "Kovacs will call
// an election". The noun, not the verb, is the claim's predicate, and a
// text that names the noun states the verb too.
func (c *Claim) SupportVerb(i int) bool {
	return i >= 0 && i < len(c.support) && c.support[i] >= 0
}

// withSupport lifts the strength of each support verb of the claim to
// that of its event noun where the text states the event with the
// claim's other arguments (eventStated): "the election, expected on 5
// June" states "Kovacs will call an election in June" as far as the verb
// goes; "the election" alone does not: the verb told which act on the
// election the claim is. A noun the text does not name is stated by a
// phrase of its table ("name the date" for an election). It returns the
// weighted sum of the strengths.
func (c *Claim) withSupport(items []Item, strengths []float64, sameMonth bool) float64 {
	for i, j := range c.support {
		if j < 0 {
			continue
		}
		phrase := slices.ContainsFunc(items, func(ti Item) bool { return c.standsIn(j, items, ti) })
		if strengths[j] == 0 && phrase {
			strengths[j] = 1
		}
		if strengths[j] > 0 && (phrase || sameMonth || c.supported(j, items) || c.complementHeld(j, strengths)) {
			strengths[i] = max(strengths[i], strengths[j])
		}
	}
	sum := 0.0
	for i, ci := range c.Items {
		sum += weight(ci) * strengths[i]
	}
	return sum
}

// supported reports whether text items hold the claim's event noun j
// after one of its support verbs ("hold a poll", "table a new offer"):
// the text states the event as an act, whichever verb it takes.
func (c *Claim) supported(j int, items []Item) bool {
	_, ev := c.eventOf(j)
	if ev == nil {
		return false
	}
	for k, ti := range items {
		if !ev.verbs[c.m.itemStem(ti)] {
			continue
		}
		for n := k + 1; n < len(items) && n <= k+1+supportGap; n++ {
			if c.itemStrength(j, items[n]) > 0 {
				return true
			}
		}
	}
	return false
}

// complementHeld reports whether the text matches one of the claim's
// items after its event noun j ("for MCI" of "make an offer for MCI",
// "on the euro"): the event is the claim's, not any election or bid of
// its subject.
func (c *Claim) complementHeld(j int, strengths []float64) bool {
	for k := j + 1; k < len(c.Items); k++ {
		if strengths[k] > 0 && !c.SupportVerb(k) {
			return true
		}
	}
	return false
}

// monthHeld reports whether the claim names a month and the text words
// name one of its months ("on 5 June", "a June election" for "in
// June").
func (c *Claim) monthHeld(ws []word) bool {
	claim := c.m.monthsOf(c.words)
	if len(claim) == 0 {
		return false
	}
	for n := range c.m.monthsOf(ws) {
		if claim[n] {
			return true
		}
	}
	return false
}

// eventOf returns the event of the claim's item i when a support verb
// of the claim carries it ("election" in "call an election"), else nil.
func (c *Claim) eventOf(i int) (string, *eventNoun) {
	if !slices.Contains(c.support, i) {
		return "", nil
	}
	noun := c.m.itemStem(c.Items[i])
	return noun, c.m.events[noun]
}

// eventStrength is how well text item ti names the claim's event noun i
// where the matcher does not read it as the noun: the noun's word itself
// (read as a concept in the claim: "bid for") or another noun of the
// same event ("an offer" for a bid), written as a noun (no Verbal word:
// "could offer the LSE savings" is no offer); 0 for no event noun.
func (c *Claim) eventStrength(i int, ti Item) float64 {
	noun, ev := c.eventOf(i)
	if ev == nil || ti.Kind == Entity || ti.Verbal {
		return 0
	}
	if st := c.m.itemStem(ti); st == noun || ev.same[st] {
		return 1
	}
	return 0
}

// standsIn reports whether text item ti, among items, is the noun of a
// phrase that states the claim's event noun i without naming it, its
// verb just before it ("names the date" for an election).
func (c *Claim) standsIn(i int, items []Item, ti Item) bool {
	_, ev := c.eventOf(i)
	if ev == nil || len(ev.standIns) == 0 {
		return false
	}
	k := slices.IndexFunc(items, func(it Item) bool { return it.W0 == ti.W0 })
	if k < 1 {
		return false
	}
	verb, noun := c.m.itemStem(items[k-1]), c.m.itemStem(ti)
	for _, p := range ev.standIns {
		if p[0] == verb && p[1] == noun {
			return true
		}
	}
	return false
}

// markVerbal marks the items of a that come right after an auxiliary or a
// word before an infinitive (roles auxiliary, irrealis: "will", "to"),
// over adverbs (adverbEndings): verbs, no nouns.
func (m *Matcher) markVerbal(a *ItemizedText) {
	for k := range a.Items {
		w := a.Items[k].W0 - 1
		for w >= 0 && m.adverb(a.words[w].low) {
			w--
		}
		a.Items[k].Verbal = w >= 0 && m.fn[a.words[w].low]&(fnAuxiliary|fnIrrealis) != 0
	}
}

// adverb reports whether a lower-case word ends in an adverb ending
// longer than itself by three letters at least ("potentially", not
// "fly").
func (m *Matcher) adverb(low string) bool {
	for _, e := range m.adverbEndings {
		if len(low) >= len(e)+3 && strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}
