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
// left out. Without a comma the list must show itself parted — a
// quantifier before it (both), an article opening a later name, an
// acronym in parentheses closing an earlier one — and each name must end
// in a body's word or be an acronym: "Tolvane and Kessel", "the
// Department of Trade and Industry", "the Securities and Exchange
// Commission (SEC)" read word by word. No name may be a person's: one
// opening with a title, a common given name or a person's role makes
// toks no list.
func (p *Parser) bodyList(text string, toks []token.Token, both bool) []string {
	var names, cur []string
	closed, parted := false, both
	whole := 0 // names that end in a body's word, are an acronym or stand before one in parentheses
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
			if p.wholeName(cur) {
				whole++
			}
			names, cur = append(names, p.listName(cur, text, toks, k)), nil
			closed, parted = w != ",", parted || w == ","
		case len(cur) == 0 && layer.IsDeterminer(strings.ToLower(w)):
			parted = parted || len(names) > 0 // "ONGC and the National Oil Company"
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
	if len(cur) == 0 || !closed || !parted {
		return nil
	}
	if p.wholeName(cur) {
		whole++
	}
	names = append(names, p.listName(cur, text, toks, len(toks)))
	for _, n := range names {
		if !layer.Capitalised(lastWord(n)) {
			return nil
		}
	}
	if len(names) == 2 && whole < 2 {
		return nil // "the Department of Trade and Industry" is one name
	}
	return names
}

// listName returns a list's name cur ends before toks[k], an acronym in
// parentheses after it left out.
func (p *Parser) listName(cur []string, text string, toks []token.Token, k int) string {
	if k > 0 && toks[k-1].Text(text) == ")" {
		cur = cur[:len(cur)-1]
	}
	return strings.Join(cur, " ")
}

// wholeName reports whether the words ws end a body's name: an acronym
// or a word ending a body's or a country's name ("Tolvane Group").
func (p *Parser) wholeName(ws []string) bool {
	last := ws[len(ws)-1]
	return isAcronym(last) || p.bodyLike(last) || p.isRoleWord(last) && !p.personRole(last)
}

// bodyListAt returns the names of a list of bodies toks hold (bodyList),
// a quantifier before or after it left out ("Both the Harbour Council and
// Tolvane Group", "… and Tolvane Group all said").
func (p *Parser) bodyListAt(text string, toks []token.Token) []string {
	if !mayList(text, toks) {
		return nil // most mentions: no allocation spent on them
	}
	if n := len(toks); n > 3 && p.IsQuantifier(strings.ToLower(toks[n-1].Text(text))) {
		toks = toks[:n-1]
	}
	both := len(toks) > 3 && p.IsQuantifier(strings.ToLower(toks[0].Text(text)))
	if both {
		toks = toks[1:]
	}
	return p.bodyList(text, toks, both)
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
