package match

// Elsewhere reports whether text tells of the claim's event at another
// place: the claim names where it happens after a locative word ("Sony
// will launch the PSP in Europe": a name), and the text names none of
// the claim's places but another place the alias tables know after a
// locative word ("goes on sale in Japan"). Such a text is about another
// launch, no statement of the claim's.
func (m *Matcher) Elsewhere(c *Claim, text string) bool {
	var places []int
	for i, it := range c.Items {
		if it.Kind == Entity && c.Name(i) && c.ItemizedText.locativeAt(m, it) {
			places = append(places, i)
		}
	}
	if len(places) == 0 {
		return false
	}
	a := m.analyze(text, false)
	other := false
	for _, ti := range a.Items {
		for _, i := range places {
			if c.itemStrength(i, ti) > 0 {
				return false
			}
		}
		if ti.Kind == Entity && len(m.aliases[ti.ID]) > 0 && a.locativeAt(m, ti) {
			other = true
		}
	}
	return other
}

// locativeAt reports whether a locative word comes before an item, over
// determiners ("in the US").
func (a *ItemizedText) locativeAt(m *Matcher, it Item) bool {
	for k := it.W0 - 1; k >= 0 && k >= it.W0-3; k-- {
		r := m.fn[a.words[k].low]
		if r&fnLocative != 0 {
			return true
		}
		if r&fnDeterminer == 0 {
			return false
		}
	}
	return false
}
