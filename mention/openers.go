package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// What opens a mention before the name or description it holds: a
// clause word, a mood word, a time adverbial, a clause before a comma,
// a clause before the speaking conjunct.

// openersAt returns how many tokens open toks before its name or
// description: the name-openers table's clause words, each maybe with a
// comma ("But his lawyer", "However, Mr Kell"), and its manner words
// before a capitalised word ("Defiant Williams"); 0 when none.
func (p *Parser) openersAt(text string, toks []token.Token) int {
	k := 0
	for k+1 < len(toks) && toks[k].Kind == token.Word {
		w := toks[k].Text(text)
		kind := p.openers.FieldFold(w, 0)
		if n := p.timeOpener(text, toks[k:]); n > 0 {
			k += n // "Last month the watchdog", "November the Harbour Association"
			continue
		}
		if kind != "clause" && (kind != "manner" || !layer.Capitalised(w)) {
			break // a clause word opens a mention in lower case too: "now the regulator", "only 42 % of them"
		}
		if kind == "manner" && (toks[k+1].Kind != token.Word || !layer.Capitalised(toks[k+1].Text(text))) {
			break // "Angry residents": the residents are angry, the word describes them
		}
		k++
		if toks[k].Text(text) == "," && k+1 < len(toks) {
			k++
		}
	}
	if k >= len(toks) || toks[k].Kind != token.Word && (k == 0 || toks[k].Kind != token.Number) {
		return 0
	}
	return k
}

// timeOpener returns how many words of a time adverbial open toks before
// a determiner or a capitalised word: "last", "this" or "next" and a
// unit ("Last month"), or a month's full name no given name shares
// ("November the Harbour Association"); 0 when none does.
func (p *Parser) timeOpener(text string, toks []token.Token) int {
	n := 0
	lw := strings.ToLower(toks[0].Text(text))
	switch {
	case len(toks) > 2 && p.anchors.Field(lw, 0) == "shift" && p.units.HasFold(toks[1].Text(text)):
		n = 2
	case len(lw) > 3 && p.months.Has(lw) && !p.givenNames.Has(lw):
		n = 1
	default:
		return 0
	}
	if n >= len(toks) || toks[n].Kind != token.Word {
		return 0
	}
	if next := toks[n].Text(text); !layer.Capitalised(next) && !isDeterminerFold(next) {
		return 0
	}
	return n
}

// speakingConjunct returns where the speaking conjunct of "a ballooning
// trade deficit and analysts" starts: after an "and" whose left side opens
// with an indefinite article, holds three words or more and has no role
// or group head while its right side has one; 0 when the mention is no
// such thing.
func (p *Parser) speakingConjunct(text string, toks []token.Token) int {
	if len(toks) < 4 || !strings.EqualFold(toks[0].Text(text), "a") && !strings.EqualFold(toks[0].Text(text), "an") {
		return 0
	}
	for j := 3; j+1 < len(toks); j++ { // three words at least before "and": "a farmer and activists" both speak
		if !layer.IsConjunction(toks[j].Text(text)) {
			continue
		}
		left, right := toks[j-1].Text(text), toks[len(toks)-1].Text(text)
		if p.roleKind(left) == "" && p.roleKind(right) != "" {
			return j + 1
		}
		return 0
	}
	return 0
}

// personAfterClause returns where a person's name starts that ends toks
// after their last comma — a title or a common given name, then
// capitalised words only — when no word before the comma is a role or a
// person's noun, so that the words before name no office of the person
// ("… the peace process and Northern Varnia, Mr Kell"); 0 otherwise
// ("the foreign minister of Varnia, Nadia Ferro" keeps its office).
func (p *Parser) personAfterClause(text string, toks []token.Token) int {
	c := -1
	for k := len(toks) - 1; k > 0; k-- {
		if toks[k].Text(text) == "," {
			c = k
			break
		}
	}
	if c < 1 || c+2 >= len(toks) {
		return 0
	}
	first := toks[c+1].Text(text)
	if !p.IsTitle(first) && !p.givenNames.HasFold(first) {
		return 0
	}
	for _, t := range toks[c+1:] {
		if t.Kind != token.Word || !layer.Capitalised(t.Text(text)) {
			return 0
		}
	}
	for _, t := range toks[:c] {
		w := strings.ToLower(t.Text(text))
		if t.Kind == token.Word && (p.isRoleWord(w) || p.isPersonNoun(w) || p.pluralOfPerson(w) || layer.Capitalised(t.Text(text)) && p.givenNames.Has(w) || p.IsTitle(w)) {
			return 0
		}
		if isPossessive(w) {
			return 0 // "The Ledger's man in Jakarta, Rachel Penlow"
		}
	}
	return c + 1
}
