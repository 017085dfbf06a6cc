package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A list of bodies' names as one source: "The Harbour Council of Ferry
// Lenders (HCFL), Dorn Bankers Association and Tolvane Group all said".
// The mention's words drop commas and acronyms in parentheses, so read
// word by word it would run the names together and cut the first ones
// off as a role; read as a list, each name stays whole.

// bodyList returns the names of a list of two bodies or more that toks
// hold and nothing else, nil when toks are no such list: conjuncts of
// capitalised words (with "of", "for", "the", "&" inside a name) parted
// by commas, the last by "and", an acronym in parentheses after a name
// left out. Two names without a comma must show themselves parted — a
// quantifier before them (both), an article opening the second, an
// acronym in parentheses closing the first — and each must end in a
// body's word or be an acronym ("Tolvane and Kessel", "the Department of
// Trade and Industry", "the Securities and Exchange Commission (SEC)"
// read word by word); an article or "both" parts them well enough for
// one such name when the first holds no "of" or "for" whose object the
// "and" might go on ("Harbour Labour and the Dorn Party", not "the
// Commission for Varnia and the Isles"); two names known as a body's
// (acronyms, parties: "Tories and Lib Dems") need no parting. No name may
// be a person's: one opening with a title, a common given name or a
// person's role makes toks no list.
func (p *Parser) bodyList(text string, toks []token.Token, both bool) []string {
	var names, cur []string
	closed, parted := false, both
	whole, known := 0, 0 // names that are a body's (wholeName); of them, known as a body's (nameKnown)
	byArticle, prepFirst := both, false
	for k := 0; k < len(toks); k++ {
		w := toks[k].Text(text)
		switch {
		case w == "(":
			c := closingParen(text, toks, k)
			if c != k+2 || len(cur) == 0 || !isAcronym(toks[k+1].Text(text)) {
				return nil
			}
			k = c
			parted = parted || c+1 < len(toks)      // "the Harbour Council (HC) and …"
			cur = append(cur, toks[c-1].Text(text)) // the acronym stands for the name: it ends it whole
		case w == "," || layer.IsConjunction(w) && !layer.Capitalised(w):
			if len(cur) == 0 || closed {
				return nil
			}
			whole, known = p.countWhole(cur, whole, known)
			prepFirst = prepFirst || len(names) == 0 && holdsNamePreposition(cur)
			names, cur = append(names, p.listName(cur, text, toks, k)), nil
			closed, parted = w != ",", parted || w == ","
		case len(cur) == 0 && layer.IsDeterminer(strings.ToLower(w)):
			parted = parted || len(names) > 0 // "ONGC and the National Oil Company"
			byArticle = byArticle || len(names) > 0
		case toks[k].Kind == token.Word && layer.Capitalised(w):
			if len(cur) == 0 && (p.IsTitle(w) || p.givenNames.HasFold(w) || p.personRole(w) || p.openers.HasFold(w)) {
				return nil // "Mr Kell and Ms Vell": people
			}
			cur = append(cur, w)
		case (w == "&" || layer.IsNamePreposition(w) || layer.IsDeterminer(w)) && len(cur) > 0:
			cur = append(cur, w)
		default:
			return nil
		}
	}
	if len(cur) == 0 || !closed {
		return nil
	}
	whole, known = p.countWhole(cur, whole, known)
	names = append(names, p.listName(cur, text, toks, len(toks)))
	for _, n := range names {
		if last := lastWord(n); !layer.Capitalised(last) || p.personRole(last) {
			return nil // "Ravi Kell, Harbour and Ferries Minister,": a person's office
		}
	}
	switch {
	case len(names) == 2 && known == 2: // "Tories and Lib Dems"
	case !parted:
		return nil
	case len(names) == 2 && whole < 2 && (whole == 0 || !byArticle || prepFirst):
		return nil // "the Department of Trade and Industry" is one name
	}
	return names
}

// How wholly a list's name is a body's (Parser.wholeName).
const (
	nameWhole = 1 // it ends in a country's name or a body's word ("Tolvane Group", "Varnia")
	nameKnown = 2 // it is an acronym or a party's name ("HFB", "Tories"; one the aliases table knows, "Lib Dems")
)

// countWhole adds the name ws to the counts of names that are a body's
// (whole) and of those known as a body's (known).
func (p *Parser) countWhole(ws []string, whole, known int) (int, int) {
	switch p.wholeName(ws) {
	case nameKnown:
		return whole + 1, known + 1
	case nameWhole:
		return whole + 1, known
	}
	return whole, known
}

// holdsNamePreposition reports whether the words ws hold a preposition
// inside a name ("of", "for"): an "and" after them may join its objects.
func holdsNamePreposition(ws []string) bool {
	for _, w := range ws {
		if layer.IsNamePreposition(w) {
			return true
		}
	}
	return false
}

// listName returns a list's name cur ends before toks[k], an acronym in
// parentheses after it left out.
func (p *Parser) listName(cur []string, text string, toks []token.Token, k int) string {
	if k > 0 && toks[k-1].Text(text) == ")" {
		cur = cur[:len(cur)-1]
	}
	return strings.Join(cur, " ")
}

// wholeName says how wholly the words ws are a body's name: nameKnown
// for an acronym or a party's name (an organisation's role word alone,
// "Tories", or a name the aliases table writes as it is written, "Lib
// Dems": it writes places' names in lower case); nameWhole for one
// ending in a country's name or a body's word ("Tolvane Group",
// "Securities"); 0 otherwise.
func (p *Parser) wholeName(ws []string) int {
	last := ws[len(ws)-1]
	switch {
	case p.countries[strings.ToLower(last)]:
		return nameWhole
	case isAcronym(last) || len(ws) == 1 && p.roleKind(last) == "organization":
		return nameKnown // "HFB", "Tories"
	case p.aliases.Has(strings.Join(ws, " ")):
		return nameKnown // the table writes a party's name as written ("Lib Dems"), a place's in lower case
	case p.bodyLike(last) || p.isRoleWord(last) && !p.personRole(last):
		return nameWhole
	}
	return 0
}

// bodyListAt returns the names of a list of bodies toks hold (bodyList),
// a quantifier before or after it and closing commas left out ("Both the
// Harbour Council and Tolvane Group", "… and Tolvane Group all said",
// "…, Dorn Council and Tolvane Enterprise, which …"; after a closing
// comma one name must be a body's).
func (p *Parser) bodyListAt(text string, toks []token.Token) []string {
	if !mayList(text, toks) {
		return nil // most mentions: no allocation spent on them
	}
	closing := false
	for n := len(toks); n > 3 && toks[n-1].Text(text) == ","; n-- {
		toks, closing = toks[:n-1], true // "…, Dorn Council and Tolvane Group,": the comma closes the list
	}
	if n := len(toks); n > 3 && p.IsQuantifier(strings.ToLower(toks[n-1].Text(text))) {
		toks = toks[:n-1]
	}
	both := len(toks) > 3 && p.IsQuantifier(strings.ToLower(toks[0].Text(text)))
	if both {
		toks = toks[1:]
	}
	names := p.bodyList(text, toks, both)
	if closing && !p.anyWhole(names) {
		return nil // "Lords Kell, Vell and Dorn,": names in apposition, maybe people's
	}
	return names
}

// anyWhole reports whether one of names is a body's name (wholeName).
func (p *Parser) anyWhole(names []string) bool {
	for _, n := range names {
		if p.wholeName(strings.Fields(n)) > 0 {
			return true
		}
	}
	return false
}

// mayList reports whether toks hold an "and", without which bodyList
// finds no list (its last name follows one).
func mayList(text string, toks []token.Token) bool {
	for _, t := range toks {
		if layer.IsConjunction(t.Text(text)) {
			return true
		}
	}
	return false
}

// listMention returns the mention of a list of bodies' names: one
// source, the names joined as written, a government when every name is
// a country's.
func (p *Parser) listMention(names []string) Mention {
	typ := claimtrail.SpeakerGovernment
	for _, n := range names {
		if !p.IsCountryName(n) {
			typ = claimtrail.SpeakerOrganization
		}
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return Mention{Kind: Proper, Name: name, Type: typ, Head: strings.ToLower(lastWord(name))}
}
