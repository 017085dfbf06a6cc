package match

// Another agent's act. A claim whose subject is a name ("The
// Conservatives will cut taxes") is not stated by a clause whose own
// subject is another party: "Labour would raise taxes", "Mr Brown would
// be forced to raise taxes", or, said by the Liberal Democrats, "they want
// a new 50% tax band". The subject of a text's predicate is read as the
// nearest name or pronoun before it in its clause: a pronoun after a name
// is the subject, the name an object ("he told Gordon Brown he would
// quit"); "we" or "I" stands for the speaker when the speaker is named,
// and so does a third-person pronoun in words that are not the speaker's
// own (no first person: reported speech). A passive's agent after "by" that names the claim's subject
// keeps the clause ("was launched … by Apple").

// claimSubject returns the claim's entity items before its predicate
// that act (not recipients): the claim's named subject, or nil.
func (c *Claim) claimSubject(pred int) []int {
	var out []int
	for i, it := range c.Items {
		if it.Kind == Entity && it.W0 < c.Items[pred].W0 && c.Roles[i] != RoleRecipient {
			out = append(out, i)
		}
	}
	return out
}

// otherAgent reports whether the text's occurrence ti of the claim's
// predicate pred has, as its subject, another party than the claim's
// named subject (claimSubject; see
// above); initials of the claim's names ("AWC") name it. It is false
// when the claim has no named subject or the clause has no subject before
// ti that tells. Before ti, the scan stops at the first of: a name (run:
// "Labour Party") that names the claim (false); one that may be a subject
// (agentName: true); a pronoun (the speaker's, speakerIsOther), unless
// one of the claim's arguments stands between ("I think interest rates
// are going up": the rates are the subject).
func (c *Claim) otherAgent(a *ItemizedText, clause []int, ti Item, pred int, sp speaker, initials map[string]bool) bool {
	if c.causedSubject(a, ti, pred) {
		// "the Bank will push down sterling": the Bank causes sterling's fall
		return false
	}
	subj := c.claimSubject(pred)
	if len(subj) == 0 {
		return c.namedChange(a, ti, initials)
	}
	if c.passiveAgent(a, clause, ti, subj) {
		return false
	}
	k := clause[ti.W0]
	person := false
	for _, i := range subj {
		person = person || c.GivenName(i)
	}
	argBetween := false
	for w := ti.W0 - 1; w >= 0 && clause[w] == k; w-- {
		if run, ok := a.nameRunEndingAt(w); ok {
			switch c.runAgent(a, run, person && c.ownParty(a, run, sp, subj), initials) {
			case agentClaim:
				return false
			case agentOther:
				return true
			}
			w = run[0].W0
			continue
		}
		if c.openingSubject(a, w, ti) {
			// "Labour would raise taxes": a sentence's capitalised first
			// word before its auxiliary, no known name, is its subject
			return !argBetween
		}
		if it, ok := a.itemEndingAt(w); ok && c.names(it) && c.itemStrength(pred, it) == 0 {
			// "tax cuts": a noun modifying the predicate is none, nor
			// one of another clause the scan passes
			gap := ti.W0 - it.W1
			argBetween = argBetween || gap > 0 && gap <= subjectGap && !c.afterPreposition(a, it.W0)
			continue
		}
		low := a.words[w].low
		r := c.m.fn[low]
		if c.m.backRefs[low] {
			// in words of the speaker's own ("I can't find …"), "he" is
			// someone else ("… he will have to raise taxes")
			return !argBetween && !a.FirstPerson && c.speakerIsOther(a, sp, person)
		}
		if r&fnFirstPerson != 0 || r&fnFirstPersonNotCaps != 0 && !a.words[w].allUpper {
			return !argBetween && c.speakerIsOther(a, sp, person)
		}
	}
	// no subject before: a pronoun right after a predicate noun opens a
	// relative clause whose subject it is ("the only tax rise they want")
	if ti.W1 < len(a.words) && !argBetween {
		low := a.words[ti.W1].low
		if c.m.backRefs[low] && !a.FirstPerson || c.m.fn[low]&fnFirstPerson != 0 {
			return c.speakerIsOther(a, sp, person)
		}
	}
	return false
}

// openingSubject reports whether word w opens its sentence capitalised,
// is an item that names nothing of the claim, and an auxiliary follows it
// with no comma up to the predicate ti ("Labour would have to raise
// taxes", "Labour had broken promises by raising taxes"): the predicate's
// subject, whose name the tables may not know as one at a sentence's
// start. Past a comma the predicate may be in a phrase of its own
// ("People would face a choice at the election, either … lower taxes
// with the Conservatives").
func (c *Claim) openingSubject(a *ItemizedText, w int, ti Item) bool {
	wd := a.words[w]
	if !wd.sentStart || !wd.upper || wd.allUpper || w+1 >= len(a.words) || c.m.fn[a.words[w+1].low]&fnAuxiliary == 0 {
		return false
	}
	for k := w + 1; k <= ti.W0; k++ {
		if a.commaBefore(k) {
			return false
		}
	}
	it, ok := a.itemEndingAt(w)
	return ok && it.W0 == w && it.Kind != Entity && !c.names(it)
}

// subjectGap is how many words at most stand between the claim's argument
// as subject and the predicate ("interest rates are going up").
const subjectGap = 3

// namedChange reports, for a claim without a named subject ("oil prices
// will rise"), whether a name that names nothing of the claim stands
// right before the predicate: the change is that party's or place's
// ("French growth", "BP surges ahead").
func (c *Claim) namedChange(a *ItemizedText, ti Item, initials map[string]bool) bool {
	run, ok := a.nameRunEndingAt(ti.W0 - 1)
	if !ok {
		return false
	}
	for _, it := range run {
		if c.names(it) || initials[it.Text] {
			return false
		}
	}
	return true
}

// What a name before a predicate tells of its clause's subject.
const (
	agentNone  = iota // no subject: a place, an object of a preposition
	agentClaim        // the claim's subject (or its person's party)
	agentOther        // another party
)

// runAgent reads a run of adjacent names (one name in several entities:
// "Labour Party") before a predicate: the claim's if one of them names the
// claim; none if it is a place ("UK needs tax cuts", "its European
// debut") or follows a preposition or a possessive pronoun ("in Europe",
// "sold more than the GameCube", "his Budget") unless written possessive
// ("about Labour's plans"); the claim's when ownParty (a person's claim,
// the run his own party: ownParty); else another party.
func (c *Claim) runAgent(a *ItemizedText, run []Item, ownParty bool, initials map[string]bool) int {
	places := true
	for _, it := range run {
		if c.names(it) || initials[it.Text] {
			return agentClaim
		}
		places = places && c.m.places[it.ID]
	}
	last := run[len(run)-1]
	switch {
	case places:
		return agentNone
	case ownParty:
		return agentClaim
	case possessive(a.Text, a.words[last.W1-1]):
		return agentOther
	}
	if c.afterPreposition(a, run[0].W0) {
		return agentNone
	}
	return agentOther
}

// speaker is what a text's speaker tells of its agents: its names (and
// affiliation), and the bodies its role or affiliation names (own).
type speaker struct {
	names, own []Item
}

// owns reports whether the speaker's role or affiliation names its body.
func (sp speaker) owns(it Item) bool {
	for _, o := range sp.own {
		if o.ID == it.ID {
			return true
		}
	}
	return false
}

// ownParty reports, for a claim whose subject is a person (subj), whether
// a run of names is his own party or body: one the speaker's role or
// affiliation names when the speaker is the claim's person ("Tory leader"
// Michael Howard on "Tory tax cuts"), or one a possessive pronoun owns
// ("our Tory government", "his Tory tax cuts"). A party he speaks of is
// another's: "Labour would raise taxes", said by Michael Howard.
func (c *Claim) ownParty(a *ItemizedText, run []Item, sp speaker, subj []int) bool {
	last := run[len(run)-1]
	if len(c.m.aliases[last.ID]) == 0 {
		return false
	}
	if w := run[0].W0 - 1; w >= 0 && c.m.fn[a.words[w].low]&fnPossessive != 0 {
		return true
	}
	if !sp.owns(last) {
		return false
	}
	for _, si := range sp.names {
		if si.Kind == Entity && c.namesAny(si, subj) {
			return true
		}
	}
	return false
}

// afterPreposition reports whether the words before word w, over
// determiners, end in a preposition or a possessive pronoun ("his
// Budget"): what w starts is no clause's subject.
func (c *Claim) afterPreposition(a *ItemizedText, w int) bool {
	for w--; w >= 0; w-- {
		low := a.words[w].low
		r := c.m.fn[low]
		if c.m.backRefs[low] {
			return true
		}
		if r&fnDeterminer != 0 && r&fnFirstPerson == 0 {
			continue
		}
		return r&(fnRecipient|fnSource|fnAgent|fnLocative|fnOblique) != 0
	}
	return false
}

// speakerIsOther reports whether the speaker is named, names none of
// the claim's items, is no body the alias tables know speaking on a
// person's claim (which may be his party's; a person's affiliation is
// not: Gordon Brown's Labour is not Michael Howard's party), and the text
// names none of the claim's items as an entity either: a pronoun in its
// words stands for the speaker, another party.
func (c *Claim) speakerIsOther(a *ItemizedText, sp speaker, person bool) bool {
	named := false
	for _, si := range sp.names {
		if si.Kind != Entity {
			continue
		}
		if c.names(si) || person && len(c.m.aliases[si.ID]) > 0 && !sp.owns(si) {
			return false
		}
		named = true
	}
	if !named {
		return false
	}
	for _, ti := range a.Items {
		if ti.Kind == Entity && c.names(ti) {
			return false
		}
	}
	return true
}

// passiveAgent reports whether ti's clause names, after ti, "by" and then
// the claim's subject: the passive's agent is the claim's.
func (c *Claim) passiveAgent(a *ItemizedText, clause []int, ti Item, subj []int) bool {
	k := clause[ti.W0]
	for w := ti.W1; w+1 < len(a.words) && clause[w] == k; w++ {
		if c.m.fn[a.words[w].low]&fnAgent == 0 {
			continue
		}
		for _, it := range a.Items {
			if it.W0 > w && it.W0 <= w+3 && clause[it.W0] == k && it.Kind == Entity && c.namesAny(it, subj) {
				return true
			}
		}
	}
	return false
}

// nameRunEndingAt returns the entities of a, adjacent word to word, whose
// last ends at word w, in order.
func (a *ItemizedText) nameRunEndingAt(w int) ([]Item, bool) {
	var run []Item
	for {
		it, ok := a.entityEndingAt(w)
		if !ok {
			break
		}
		run = append([]Item{it}, run...)
		w = it.W0 - 1
	}
	return run, len(run) > 0
}

// itemEndingAt returns the item of a whose last word is w.
func (a *ItemizedText) itemEndingAt(w int) (Item, bool) {
	for _, it := range a.Items {
		if it.W1-1 == w {
			return it, true
		}
	}
	return Item{}, false
}

// entityEndingAt returns the entity item of a whose last word is w.
func (a *ItemizedText) entityEndingAt(w int) (Item, bool) {
	for _, it := range a.Items {
		if it.Kind == Entity && it.W1-1 == w {
			return it, true
		}
	}
	return Item{}, false
}
