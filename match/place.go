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

// Elsewhen reports whether text tells of the claim's event in another
// month: the claim names a month ("Smith will call an election in May"),
// and the text names months, none of them the claim's ("an election in
// June"). Only a capitalised month is one ("may" is a modal), and "May"
// opening a sentence may be the modal too.
func (m *Matcher) Elsewhen(c *Claim, text string) bool {
	claim := m.monthsOf(c.words)
	if len(claim) == 0 {
		return false
	}
	other := false
	for n := range m.monthsOf(scanWords(text)) {
		if claim[n] {
			return false
		}
		other = true
	}
	return other
}

// monthsOf returns the numbers of the months the words name.
func (m *Matcher) monthsOf(ws []word) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		if n := m.months[w.low]; n != "" && w.upper && !(w.sentStart && m.fn[w.low]&fnMonthModal != 0) {
			out[n] = true
		}
	}
	return out
}

// OtherCountry reports whether text names the claim's thing as another
// country's: the claim names a country ("UK interest rates will rise"),
// and in the text a country the claim does not name stands right before
// a run of the claim's items holding its predicate or an argument of it
// ("a US interest rate rise", "US interest rates will rise"), while the
// claim's country goes unnamed.
func (m *Matcher) OtherCountry(c *Claim, pred int, text string) bool {
	own := false
	for _, it := range c.Items {
		own = own || it.Kind == Entity && m.countries[it.ID]
	}
	if !own || pred < 0 || pred >= len(c.Items) {
		return false
	}
	args := append(c.arguments(pred), pred)
	a := m.analyze(text, false)
	other := false
	for k, ti := range a.Items {
		if c.names(ti) && m.countries[ti.ID] {
			return false // the claim's country is named
		}
		if ti.Kind != Entity || !m.countries[ti.ID] || c.names(ti) {
			continue
		}
		for j := k + 1; j < len(a.Items) && a.Items[j].W0 == a.Items[j-1].W1 && c.names(a.Items[j]); j++ {
			other = other || c.namesAny(a.Items[j], args)
		}
	}
	return other
}
