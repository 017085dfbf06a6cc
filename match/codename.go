package match

import (
	"strings"

	"github.com/claimtrail/claimtrail/lang"
)

// codenameReach is how many words before a codename's marker may hold the
// product it names: "the next generation of Microsoft's Xbox games
// console - codenamed Xenon".
const codenameReach = 8

// loadCodenames reads table codename-markers (none without it).
func (m *Matcher) loadCodenames() error {
	t, err := lang.Load(m.lang, "codename-markers")
	if err != nil {
		return nil
	}
	for _, k := range t.Order {
		m.codenameMarkers = append(m.codenameMarkers, strings.Fields(k))
	}
	return nil
}

// CodenameMarkers returns the words that give a product another name, as
// written (for retrieval).
func (m *Matcher) CodenameMarkers() []string {
	var out []string
	for _, mk := range m.codenameMarkers {
		out = append(out, strings.Join(mk, " "))
	}
	return out
}

// Codename is another name a text gives one of the claim's names.
type Codename struct {
	// Name is the codename as written; ID its item's ID in a text.
	Name, ID string
	// Items are the claim's items it stands for: the product's name, and
	// the claim's version concept when the words before it hold it ("Xbox
	// 2, codenamed Xenon" is the next Xbox).
	Items []int
}

// Codenames returns the codenames text gives the claim's names: a marker
// of table codename-markers after a stretch of at most codenameReach
// words of the same sentence whose last name is one of the claim's, then
// a capitalised name ("the next Xbox, codenamed Xenon").
func (c *Claim) Codenames(text string) []Codename {
	a := c.m.analyze(text, false)
	var out []Codename
	for k, it := range a.Items {
		if it.Kind != Entity || it.W0 == 0 || !c.m.codenameBefore(a.words, it.W0) {
			continue
		}
		first := c.markerStart(a.words, it.W0)
		var stretch []Item
		for _, p := range a.Items[:k] {
			if p.W1 <= first && p.W0 >= first-codenameReach && !a.sentenceBetween(p.W0, first) {
				stretch = append(stretch, p)
			}
		}
		if cn, ok := c.codenameOf(a, stretch, it); ok {
			out = append(out, cn)
		}
	}
	return out
}

// codenameBefore reports whether a marker ends right before word w.
func (m *Matcher) codenameBefore(ws []word, w int) bool {
	for _, mk := range m.codenameMarkers {
		if markerAt(ws, w-len(mk), mk) {
			return true
		}
	}
	return false
}

// markerStart returns the first word of the marker that ends before w.
func (c *Claim) markerStart(ws []word, w int) int {
	for _, mk := range c.m.codenameMarkers {
		if markerAt(ws, w-len(mk), mk) {
			return w - len(mk)
		}
	}
	return w
}

func markerAt(ws []word, at int, mk []string) bool {
	if at < 0 {
		return false
	}
	for i, m := range mk {
		if ws[at+i].low != m {
			return false
		}
	}
	return true
}

// sentenceBetween reports whether a sentence starts after word from, up
// to word to.
func (a *ItemizedText) sentenceBetween(from, to int) bool {
	for w := from + 1; w <= to && w < len(a.words); w++ {
		if a.words[w].sentStart {
			return true
		}
	}
	return false
}

// codenameOf reads the stretch before a marker: its last name must be a
// name of the claim; the version concept is held when the stretch holds
// it (withProducts).
func (c *Claim) codenameOf(a *ItemizedText, stretch []Item, name Item) (Codename, bool) {
	last := -1
	for k, p := range stretch {
		if p.Kind == Entity {
			last = k
		}
	}
	if last < 0 {
		return Codename{}, false
	}
	cn := Codename{Name: name.Text, ID: name.ID}
	for i, ci := range c.Items {
		if ci.Kind == Entity && ci.ID == stretch[last].ID && ci.ID != name.ID {
			cn.Items = append(cn.Items, i)
		}
	}
	if len(cn.Items) == 0 {
		return Codename{}, false
	}
	sub := &ItemizedText{Items: stretch, words: a.words}
	for _, it := range c.withProducts(sub) {
		for i, ci := range c.Items {
			if ci.Kind == Concept && ci.ID == c.m.products.version && it.Kind == Concept && it.ID == ci.ID {
				cn.Items = append(cn.Items, i)
			}
		}
	}
	return cn, true
}

// WithCodenames returns a copy of the claim whose names (and version)
// the codenames stand for too: an article that gives "Xenon" for the
// next Xbox is about the next Xbox where it writes "Xenon".
func (c *Claim) WithCodenames(cns []Codename) *Claim {
	if len(cns) == 0 {
		return c
	}
	cc := *c
	cc.codenames = map[string][]int{}
	for _, cn := range cns {
		cc.codenames[cn.ID] = append(cc.codenames[cn.ID], cn.Items...)
		// opening a sentence, the name is read as a word ("Xenon will …")
		if st := c.m.stem(strings.ToLower(cn.Name)); st != cn.ID {
			cc.codenames[st] = append(cc.codenames[st], cn.Items...)
		}
	}
	return &cc
}

// codename reports whether text item ti is a codename of the claim's
// item i: a name, or a capitalised word (a name opening a sentence).
func (c *Claim) codename(i int, ti Item) bool {
	if c.codenames == nil || ti.Kind != Entity && !(ti.Kind == Word && capitalised(ti.Text)) {
		return false
	}
	for _, j := range c.codenames[ti.ID] {
		if j == i {
			return true
		}
	}
	return false
}
