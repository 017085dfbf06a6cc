package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
)

// A mention without a personal name: an office, a group, a publication
// or a description, and the words that type it.

// readDescription reads a mention without a personal name: an office, a
// group, a publication or a description. i is where its words after the
// affiliation start.
func (p *Parser) readDescription(m *Mention, ws []string, i int, definite bool) {
	// no personal name: an office, a group, a publication or a description
	m.Role = ""
	phrase := joinWords(ws)
	m.Name = phrase
	head := headWord(ws)
	m.Head = strings.ToLower(head)
	rk := p.roleKind(head)
	if rk == "" && p.isPersonNoun(m.Head) {
		rk = "person" // "the actor", "the 31-year-old"
	}
	if rk == "" {
		rk = p.bodyNouns.Field(m.Head, 0) // "the fire service", "the family"
	}
	switch {
	case len(ws) == 1 && definite && p.isPersonNoun(m.Head):
		// "the Russian", "the Swiss": a person of that nation the text names
		m.Kind, m.Type, m.Role = Definite, claimtrail.SpeakerPerson, ws[0]
		m.Affiliation = firstNonEmpty(p.demonyms.Field(m.Head, 0), m.Affiliation)
	case len(ws) == 1 && p.demonyms.HasFold(ws[0]):
		m.Kind, m.Type = Proper, claimtrail.SpeakerGovernment
		m.Name = p.demonyms.FieldFold(ws[0], 0)
	case p.publications.Field(m.Head, 0) == "noun":
		m.Kind, m.Type = Definite, claimtrail.SpeakerPublication
		if !definite {
			m.Kind = Descriptor
		}
	case p.isPublicationName(ws) && rk != "person": // "a spokesman for the Oxford University Press" is a person
		m.Kind, m.Type = Proper, claimtrail.SpeakerPublication
	case rk == "office":
		m.Type = claimtrail.SpeakerGovernment
		if p.roles.Field(m.Head, 1) == "organization" { // "the campaign", "the police"
			m.Type = claimtrail.SpeakerOrganization
		}
		m.Kind = Proper
		if definite && !hasCapital(ws) {
			m.Kind = Definite
		}
	case rk == "organization":
		m.Kind, m.Type = Proper, claimtrail.SpeakerOrganization
		if definite && !hasCapital(ws) && !p.bodyNouns.Has(m.Head) {
			m.Kind = Definite // "the company" points back; "the fire service" names its own
		}
		if k := p.adjectivesBefore(ws, i); k > i {
			m.Name = joinWords(ws[k:]) // "the independent Institute for Fiscal Studies"
		}
	case rk == "group":
		m.Kind, m.Type = Descriptor, claimtrail.SpeakerGroup
	case rk == "person":
		m.Kind, m.Type = Definite, claimtrail.SpeakerPerson
		m.Role = joinWords(ws[i:])
		if role, aff := p.splitDescription(ws[i:]); aff != "" && m.Affiliation == "" {
			m.Role, m.Affiliation = role, aff // "A spokesman for the Harbour Film Council"
		}
		if !definite && !p.countryPossessor(ws) {
			m.Kind = Descriptor // "a spokesman"; "France's finance minister" is one person, the French one
		}
	case hasCapital(ws):
		m.Kind, m.Type = Proper, claimtrail.SpeakerOrganization
		if k := p.adjectivesBefore(ws, i); k > i {
			m.Name = joinWords(ws[k:]) // "the independent Institute for Fiscal Studies"
		}
	default:
		m.Kind, m.Type = Descriptor, claimtrail.SpeakerUnknown
		if strings.HasSuffix(m.Head, "s") {
			m.Type = claimtrail.SpeakerGroup
		}
	}
}

// countryPossessor reports whether ws open with a country's name and
// its possessive ("France 's finance minister").
func (p *Parser) countryPossessor(ws []string) bool {
	return len(ws) > 2 && isPossessive(ws[1]) && p.IsCountryName(ws[0])
}

// isPersonNoun reports whether the lower-case head noun w names a person
// by what they are (person-nouns.tsv), a number and hyphen before it
// left out ("31-year-old").
func (p *Parser) isPersonNoun(w string) bool {
	if i := strings.IndexByte(w, '-'); i > 0 && strings.Trim(w[:i], "0123456789") == "" {
		w = w[i+1:]
	}
	return p.personNouns.Has(w) || p.personHeads.Has(w)
}

// headWord returns the head noun of a phrase: the last word before a
// preposition, or the last word ("32 % of voters": a figure is no head).
func headWord(ws []string) string {
	for k, w := range ws {
		if k > 0 && layer.IsPreposition(w) && hasLetter(ws[k-1]) {
			return ws[k-1]
		}
	}
	return ws[len(ws)-1]
}

// adjectivesBefore returns where an organisation's capitalised name
// starts in ws after one or two lower-case modifiers ("independent
// Institute for Fiscal Studies", "official Bank of England figures"),
// from i on; i when the words before it are more, or function words
// ("some in the Tory party", "one of the brothers behind the Falic
// Group"), or nothing would be left but one word.
func (p *Parser) adjectivesBefore(ws []string, i int) int {
	k := i
	for k < len(ws) && k-i <= 2 && !layer.Capitalised(ws[k]) {
		lw := strings.ToLower(ws[k])
		if layer.IsPreposition(lw) || layer.IsDeterminer(lw) || p.roles.Has(lw) || p.openers.Has(lw) || !hasLetter(lw) || layer.IsConjunction(lw) || layer.IsDisjunction(lw) || layer.IsPronounNumber(lw) {
			return i
		}
		k++
	}
	if k == i || k-i > 2 || !layer.Capitalised(ws[len(ws)-1]) {
		return i
	}
	capitals := 0
	for _, w := range ws[k:] {
		if layer.Capitalised(w) {
			capitals++
		}
	}
	if capitals < 2 {
		return i // "London-based broker", "largest US retailer": descriptions
	}
	return k
}

func hasCapital(ws []string) bool {
	for _, w := range ws {
		if layer.Capitalised(w) {
			return true
		}
	}
	return false
}
