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
	k := p.joinedPossessor(ws)
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
	return !p.isRoleWord(rest[len(rest)-1]) // "Commission for harbour equality chief": a body, then a role
}

// roleWithPortfolio reads a description whose preposition governs a
// portfolio: the whole description is the role, and capitalised words
// before its role word are the affiliation ("ERAA director of air
// transport" → "director of air transport", "ERAA"); a title among them
// makes them a name run on without its comma, no affiliation.
func (p *Parser) roleWithPortfolio(ws []string) (role, aff string) {
	k := 0
	for k < len(ws) && layer.Capitalised(ws[k]) && !p.isRoleWord(ws[k]) && !p.IsTitle(ws[k]) && p.officeModifiers.FieldFold(ws[k], 0) != "other" {
		k++ // ("Shadow spokesman for sport": another office, no body)
	}
	if k == 0 || k >= len(ws) || !p.isRoleWord(ws[k]) {
		return joinWords(ws), ""
	}
	return joinWords(ws[k:]), firstNonEmpty(p.demonyms.FieldFold(joinWords(ws[:k]), 0), joinWords(ws[:k]))
}

// bodyAfterDescription returns where a body's capitalised name starts
// after lower-case words that describe it ("brokers Kessel", "industry
// magazine Harbour Review"): the body is named by its name alone; 0 when
// ws are no such words or a figure is among them ("20th Century Harbour"
// is a name).
func bodyAfterDescription(ws []string) int {
	k := descriptionBeforeName(ws)
	for _, w := range ws[:k] {
		if strings.ContainsAny(w, "0123456789") {
			return 0
		}
	}
	return k
}

// officePortfolio reports whether the preposition at i in ws continues an
// office's name or opens its portfolio (portfolio-offices.tsv: "Minister
// for Coastal Affairs", "Secretary of State for the Family"), so the
// description is not split there.
func (p *Parser) officePortfolio(ws []string, i int) bool {
	if i == 0 || i+1 >= len(ws) {
		return false
	}
	phrase := strings.ToLower(ws[i-1] + " " + ws[i])
	if p.portfolioOffices.Has(phrase + " " + strings.ToLower(ws[i+1])) {
		return true // "Secretary of State"
	}
	if p.IsCountryName(ws[i+1]) || i+2 == len(ws) && layer.Capitalised(ws[i+1]) {
		return false // "health minister for Harbouria": the place is the affiliation
	}
	return p.portfolioOffices.Has(phrase)
}

// secondTitle returns where an affiliation runs on into a second title
// of the same person ("Tolvane and chairman of the Harbour Group",
// "Kessel and also Commissioner for Harbours"): "and", an optional
// word, a role word within two words and a preposition after it; 0
// when there is none.
func (p *Parser) secondTitle(rest []string) int {
	for k := 1; k+2 < len(rest); k++ {
		if !strings.EqualFold(rest[k], "and") {
			continue
		}
		for j := k + 1; j < len(rest)-1 && j <= k+3; j++ {
			if p.isRoleWord(rest[j]) && layer.IsPreposition(strings.ToLower(rest[j+1])) {
				return k
			}
		}
	}
	return 0
}

// placeAfterBody cuts the place a body's name is followed by from an
// affiliation ("Lehman Harbour in Tokyo", "Kessel in the US" → the body
// alone): where the body's office is, no part of its name. The place is
// one to three capitalised words after a locative and an article, the
// body a capitalised name or a body noun before it ("Kessel bank in
// Tokyo"); "the Harbour Party in the assembly" keeps its lower-case place.
func (p *Parser) placeAfterBody(aff string) string {
	ws := strings.Fields(aff)
	for k := len(ws) - 2; k >= 1 && k >= len(ws)-5; k-- {
		if !layer.IsLocative(ws[k]) || layer.Capitalised(ws[k]) {
			continue
		}
		place := ws[k+1:]
		if len(place) > 1 && layer.IsDeterminer(place[0]) {
			place = place[1:]
		}
		if len(place) > 3 || !allCapitalised(place) {
			return aff
		}
		if before := ws[k-1]; !layer.Capitalised(before) && !p.bodyWord(before) {
			return aff
		}
		return joinWords(ws[:k])
	}
	return aff
}
