package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A list of people, each with a description of their own: "Harbour
// chief executive Ada Vell and chief operating officer Tom Kell". Read
// word by word the run of capitalised words before the last name stops
// at the last role word, so the last person would speak with the others
// glued into the role ("Tom Kell", role "Harbour chief executive Ada Vell
// and chief operating officer"); read as a list, each person's name is
// kept and the roles, one each, are left out of the list's name.

// personList returns the mention of toks when they are a list of people
// whose last one has a description of their own (personListNames).
func (p *Parser) personList(text string, toks []token.Token) (Mention, bool) {
	names := p.personListNames(text, toks)
	if names == nil {
		return Mention{}, false
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return Mention{Kind: Proper, Name: name, Type: claimtrail.SpeakerPerson, Head: strings.ToLower(lastWord(name))}, true
}

// personListNames returns the personal names of a list of people toks
// hold and nothing else, nil when they are no such list: conjuncts parted
// by commas and a lower-case conjunction, the last parted by the
// conjunction, each ending in a person's name of two words or more that
// no role word is part of (parseWords; "Veteran Harbour MP" ends in no
// name), and the last with a role or affiliation
// of its own ("… and drummer Tom Kell"). A list whose last name has no
// description is read as one run already ("Ada Vell and Tom Kell").
func (p *Parser) personListNames(text string, toks []token.Token) []string {
	if !mayList(text, toks) {
		return nil
	}
	for n := len(toks); n > 0 && dashOrCommaTok(text, toks[n-1]); n-- {
		toks = toks[:n-1] // "… and British director Tom Kell -"
	}
	var names []string
	from, lastSep := 0, ""
	var last Mention
	for k := 0; k <= len(toks); k++ {
		w := ""
		if k < len(toks) {
			w = toks[k].Text(text)
			if w != "," && !lowerConjunction(w) {
				continue
			}
		}
		if k == from {
			return nil // "A, and B", a mention opening with a conjunction
		}
		m := p.parseWords(text, toks[from:k])
		if !p.listedPerson(m) || lastWord(m.Name) != toks[k-1].Text(text) {
			return nil
		}
		names, last, from = append(names, m.Name), m, k+1
		if w != "" {
			lastSep = w
		}
	}
	if len(names) < 2 || lastSep == "," || last.Role == "" && last.Affiliation == "" {
		return nil
	}
	return names
}

// listedPerson reports whether the mention m of a list's conjunct names
// a person by a name of two words or more, none of them a role word, a
// title opening it or not ("Lord Vell", "Ada Vell"; not "Veteran Harbour
// MP", "Trade").
func (p *Parser) listedPerson(m Mention) bool {
	if m.Kind != Proper || m.Type != claimtrail.SpeakerPerson {
		return false
	}
	ws := strings.Fields(m.Name)
	if len(ws) < 2 {
		return false
	}
	for k, w := range ws {
		if !layer.Capitalised(w) || k > 0 && !p.IsNameWord(w) {
			return false
		}
	}
	return true
}

// dashOrCommaTok reports whether t is a comma or a dash.
func dashOrCommaTok(text string, t token.Token) bool {
	switch t.Text(text) {
	case ",", "-", "–", "—":
		return true
	}
	return false
}

// personAfterList returns the index of the first word after the last
// comma of toks when the words before it end a list of names ("… Ada
// Vell and Tom Kell,") and the words after it are a person's role and
// name ("Harbour Party's elections chief Lord Rennard"), 0 otherwise.
// Such a description of one person is none of the list's: the list ends
// the clause the reporter wrote before the speaker ("Others targeted
// include Ada Vell and Tom Kell, the party's elections chief Lord
// Rennard said").
func (p *Parser) personAfterList(text string, toks []token.Token) int {
	c := len(toks) - 1
	for c > 0 && toks[c].Text(text) != "," {
		c--
	}
	if c < 3 || c+2 >= len(toks) {
		return 0
	}
	k := c - 1
	for k > 0 && toks[k].Kind == token.Word && layer.Capitalised(toks[k].Text(text)) {
		k--
	}
	if k == c-1 || !lowerConjunction(toks[k].Text(text)) {
		return 0
	}
	m := p.parseWords(text, toks[c+1:])
	if m.Role == "" || !p.listedPerson(m) || lastWord(m.Name) != toks[len(toks)-1].Text(text) {
		return 0
	}
	return c + 1
}
