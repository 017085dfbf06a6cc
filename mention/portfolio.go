package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// A role's portfolio: the "of" / "for" phrase that names what an office
// holder is in charge of ("vice president of sales", "minister for
// economic affairs") is the role's, not the body the holder works for.

// possessedRole splits a description that opens with a capitalised
// possessor ("Acme 's vice president of sales and marketing in Europe")
// into the role after the possessive, whole, and the possessor, the
// affiliation; ok is false when ws do not open so or no role word
// follows the possessive.
func (p *Parser) possessedRole(ws []string) (role, aff string, ok bool) {
	k := possessor(ws)
	if k == 0 || k+1 >= len(ws) || !isPossessive(ws[k]) || !p.rolePhraseAt(ws[k+1:]) {
		return "", "", false
	}
	return joinWords(ws[k+1:]), joinWords(ws[:k]), true
}

// portfolio reports whether the words after a splitting preposition,
// rest, are a lower-case field with no article ("of air transport",
// "for economic affairs"): the role's portfolio, not a body ("of online
// news site gamesindustry" names one by its noun).
func (p *Parser) portfolio(rest []string) bool {
	if len(rest) == 0 {
		return false
	}
	for _, w := range rest {
		lw := strings.ToLower(w)
		if layer.Capitalised(w) || !hasLetter(w) || layer.IsDeterminer(lw) || layer.IsPreposition(lw) || layer.IsPronounNumber(lw) || strings.ContainsAny(w, "0123456789") || p.bodyNoun(lw) || p.publications.Field(lw, 0) == "noun" {
			return false // "of 4sight": a name in lower case
		}
	}
	return true
}

// roleWithPortfolio reads a description whose preposition governs a
// portfolio: the whole description is the role, and capitalised words
// before its role word are the affiliation ("ERAA director of air
// transport" → "director of air transport", "ERAA"); a title among them
// makes them a name run on without its comma, no affiliation.
func (p *Parser) roleWithPortfolio(ws []string) (role, aff string) {
	k := 0
	for k < len(ws) && layer.Capitalised(ws[k]) && !p.isRoleWord(ws[k]) && !p.IsTitle(ws[k]) {
		k++
	}
	if k == 0 || k >= len(ws) || !p.isRoleWord(ws[k]) {
		return joinWords(ws), ""
	}
	return joinWords(ws[k:]), firstNonEmpty(p.demonyms.FieldFold(joinWords(ws[:k]), 0), joinWords(ws[:k]))
}
