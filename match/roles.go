package match

// Who gives and who receives: the roles of a text's entities relative to
// its predicates.

// roles returns the role of each item (RoleNone for all but entities)
// relative to the predicates: items whose concept is in preds.
//
// After "to", "into", "for" or "towards" an entity receives; after "from"
// or "by" it gives. Otherwise the nearest entity before a predicate, within
// a few words and with no other entity between, gives, and one right after
// it ("supply Russia with") receives. Under a converse predicate ("Russia
// gets drones from Iran") the subject receives and "by" marks the
// receiver, so roles are those of the converse ("Iran supplies Russia").
func (a *ItemizedText) roles(m *Matcher, preds map[string]bool) []string {
	out := make([]string, len(a.Items))
	var predIdx []int
	for i, it := range a.Items {
		if it.Kind == Concept && preds[it.ID] {
			predIdx = append(predIdx, i)
		}
	}
	for i, it := range a.Items {
		if it.Kind == Entity {
			out[i] = a.roleOf(m, i, predIdx)
		}
	}
	return out
}

// roleOf returns the role of entity item i given the predicates' items.
func (a *ItemizedText) roleOf(m *Matcher, i int, predIdx []int) string {
	it := a.Items[i]
	flips := func(p int) bool { return m.concepts[a.Items[p].ID].flips }
	prev, firstAt := a.prepositionBefore(m, it)
	switch {
	case prev&fnRecipient != 0:
		return RoleRecipient
	case prev&fnSource != 0:
		return RoleAgent
	case prev&fnAgent != 0:
		role := RoleAgent
		for _, p := range predIdx {
			if p < i && flips(p) {
				role = RoleRecipient
			}
		}
		return role
	}
	// The nearest predicate after the entity, no entity between.
	for _, p := range predIdx {
		if p < i {
			continue
		}
		if a.Items[p].W0-it.W1 <= 5 && !entityBetween(a.Items, i, p) {
			if flips(p) {
				return RoleRecipient
			}
			return RoleAgent
		}
		break
	}
	// Right after a predicate: its first object.
	for k := len(predIdx) - 1; k >= 0; k-- {
		p := predIdx[k]
		if p > i {
			continue
		}
		if firstAt == a.Items[p].W1-1 && !flips(p) {
			if m.causativeAt(a, a.Items[p]) {
				// "drive down BP shares": the object of a causative is the
				// thing that changes, a claim's subject ("BP shares will
				// fall") as much as its object
				return RoleNone
			}
			return RoleRecipient
		}
		break
	}
	return RoleNone
}

// prepositionBefore returns the role of the preposition before an item,
// over determiners and other modifiers ("to neighbouring Marisca") but not
// over another item or a function word (0 when none), and the index of
// the word before it over determiners (-1 when none): a predicate's
// object follows its predicate there.
func (a *ItemizedText) prepositionBefore(m *Matcher, it Item) (prev fnRole, firstAt int) {
	firstAt = -1
	for k := it.W0 - 1; k >= 0 && k >= it.W0-3; k-- {
		w := a.words[k].low
		r := m.fn[w]
		if r&fnDeterminer != 0 {
			continue
		}
		prev = r & (fnRecipient | fnSource | fnAgent)
		if firstAt < 0 {
			firstAt = k
		}
		if prev != 0 || m.stops[w] || a.itemAt(k) {
			break
		}
	}
	return prev, firstAt
}

// itemAt reports whether word k belongs to an entity or a concept.
func (a *ItemizedText) itemAt(k int) bool {
	for _, it := range a.Items {
		if it.W0 <= k && k < it.W1 && it.Kind != Word {
			return true
		}
	}
	return false
}

func entityBetween(items []Item, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if items[k].Kind == Entity {
			return true
		}
	}
	return false
}
