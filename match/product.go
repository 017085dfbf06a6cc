package match

import (
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail/lang"
)

// productWords are the words of table product-versions: how a text writes
// a product's next version ("the next PlayStation", "the PlayStation 3")
// and its schedule ("is expected in 2006"), each read as a concept of the
// claim where the claim holds that concept.
type productWords struct {
	// version and release are the concepts the marks stand for
	// ("successor", "launch"); "" when the table is missing.
	version, release string
	// before are the words that, right before a name, mark its next
	// version; schedule, when and time the words of a schedule.
	before, schedule, when, time map[string]bool
	// heads are the nouns that may follow a marked name: the product
	// itself ("the PlayStation 3 console"), not a part of it.
	heads map[string]bool
}

// maxVersion is the largest numeral after a name read as its version:
// "Xbox 2", "PlayStation 3", not "Apollo 11" nor a year.
const maxVersion = 9

// loadProducts reads table product-versions (none for a language without
// it: no text is then read for versions or schedules).
func (m *Matcher) loadProducts() error {
	t, err := lang.Load(m.lang, "product-versions")
	if err != nil {
		return nil
	}
	set := func(role string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.Fields(t.Field(role, 0)) {
			out[w] = true
		}
		return out
	}
	m.products = productWords{version: t.Field("version-concept", 0), release: t.Field("release-concept", 0),
		before: set("before"), schedule: set("schedule"), when: set("when"), time: set("time"), heads: set("heads")}
	return nil
}

// holds reports whether the claim holds concept id ("" never).
func (c *Claim) holds(id string) bool {
	if id == "" {
		return false
	}
	for _, it := range c.Items {
		if it.Kind == Concept && it.ID == id {
			return true
		}
	}
	return false
}

// withProducts returns the items of a text with its product marks read as
// the claim's concepts: a version mark as the version concept when the
// claim holds it, a schedule as the release concept when the claim holds
// that. A claim that holds neither reads the text as it is: "PlayStation
// 2" states no claim about a "PlayStation 3" of its own words.
func (c *Claim) withProducts(a *ItemizedText) []Item {
	p := &c.m.products
	version, release := c.holds(p.version), c.holds(p.release)
	if !version && !release {
		return a.Items
	}
	var out []Item
	for k, it := range a.Items {
		switch {
		case version && c.versionMark(a, k):
			it.Kind, it.ID = Concept, p.version
		case release && it.Kind == Word && c.scheduleAt(a, it.W0):
			it.Kind, it.ID = Concept, p.release
		}
		if out == nil && it != a.Items[k] {
			out = append(make([]Item, 0, len(a.Items)), a.Items[:k]...)
		}
		if out != nil {
			out = append(out, it)
		}
	}
	if out == nil {
		return a.Items
	}
	return out
}

// versionMark reports whether text item k marks the version of the name
// next to it: a word of row before right before a name that ends there
// ("next Xbox"), or a numeral up to maxVersion right after one ("Xbox
// 2").
func (c *Claim) versionMark(a *ItemizedText, k int) bool {
	it := a.Items[k]
	if it.Kind != Word {
		return false
	}
	if k+1 < len(a.Items) && a.Items[k+1].Kind == Entity && a.Items[k+1].W0 == it.W1 && c.m.products.before[a.words[it.W0].low] {
		// the name must end there: "the next PlayStation", not "the next
		// PlayStation Portable", another product of the name
		return (k+2 >= len(a.Items) || a.Items[k+2].Kind != Entity || a.Items[k+2].W0 != a.Items[k+1].W1) && c.productHead(a, k+2)
	}
	if k == 0 || a.Items[k-1].Kind != Entity || a.Items[k-1].W1 != it.W0 || !numeral(it) {
		return false
	}
	n, err := strconv.Atoi(it.Text)
	return err == nil && n >= 2 && n <= maxVersion && c.productHead(a, k+1)
}

// productHead reports whether text item k, when it is a word right after
// the one before it, is a noun of row heads: "the PlayStation 3 console"
// is the product, "the PlayStation 3 processor" a part of it.
func (c *Claim) productHead(a *ItemizedText, k int) bool {
	if k >= len(a.Items) || a.Items[k].Kind != Word || a.Items[k].W0 != a.Items[k-1].W1 {
		return true
	}
	return c.m.products.heads[a.words[a.Items[k].W0].low]
}

// scheduleAt reports whether word w of the text opens a schedule: a word
// of row schedule, one of row when, then a year, a month or a word of row
// time ("expected in 2006", "due by March", "expected until early 2006").
func (c *Claim) scheduleAt(a *ItemizedText, w int) bool {
	p := &c.m.products
	ws := a.words
	if w+2 >= len(ws) || !p.schedule[ws[w].low] || !p.when[ws[w+1].low] {
		return false
	}
	next := ws[w+2].low
	if p.time[next] || c.m.months[next] != "" {
		return true
	}
	return len(next) == 4 && isDigits(next) && (strings.HasPrefix(next, "19") || strings.HasPrefix(next, "20"))
}

// productGateWords adds to ids the words a text may mark the claim's
// concept with (withProducts): a gate must not turn them away.
func (c *Claim) productGateWords(id string, ids map[string]bool) {
	p := &c.m.products
	var words map[string]bool
	switch id {
	case "":
		return
	case p.version:
		words = p.before
	case p.release:
		words = p.schedule
	}
	for w := range words {
		ids[c.m.stem(w)] = true
	}
}
