package mention

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// typeByTags types by its entity tags a proper name that the tables read
// as a person or could not type: "Sony", "Countryside Alliance" and
// "NIESR" are organisations. A title ("Mr", "Lord"), a person's role word
// ("spokesman") or a word tagged as a person keeps it a person; a surname
// stays a surname, so that it may still resolve to a person named
// earlier. Places are left to the demonyms table: tagged places are as
// often clubs and firms ("Portsmouth", "Southwest Airlines").
//
// The name is toks[:nameEnd]; the rest is its description ("Rhodri Glyn
// Thomas, Plaid Cymru health spokesman"), read for titles and role words.
func (p *Parser) typeByTags(m *Mention, text string, toks []token.Token, ents []byte, nameEnd int) {
	if len(ents) == 0 || !(m.Kind == Proper && m.Type == claimtrail.SpeakerPerson || m.Kind == Surname) {
		return
	}
	for _, t := range toks {
		w := strings.TrimSuffix(t.Text(text), ".") // looked up lower-cased
		title, _ := lang.LookupFold(p.titles, w)
		if class, _ := lang.LookupFold(p.roleClass, w); title || class == layer.LexPerson { // "Mr", "a spokesman for …"
			return
		}
	}
	if lw := strings.ToLower(lastWord(m.Role)); p.descriptions.Field(lw, 0) == "person" || p.roleClass[lw] == layer.LexPerson {
		return // "Boss Henko Vellink": a person's description before the name
	}
	if p.opensWithGivenName(m.Name) {
		return // "Nadia Ferro": entity tags trained on news miss names they never saw
	}
	if nameClass(text, toks[:nameEnd], ents[:nameEnd]) == 'O' {
		m.Type, m.ByTags = claimtrail.SpeakerOrganization, true
	}
}

// acronymType types as an organisation a one-word name in capitals
// ("TNT", "NIESR"), whatever the entity tags call it: initials name
// bodies, a proper name of their own, not a surname. A transcript's
// label in capitals ("PENCE:") is no mention Read types so.
func (p *Parser) acronymType(m *Mention) {
	if !isAcronym(m.Name) || p.isRoleWord(m.Name) || p.isPersonNoun(strings.ToLower(m.Name)) {
		return // "MEP" names a person
	}
	if m.Kind == Proper && m.Type == claimtrail.SpeakerPerson && !p.personRole(m.Role) {
		m.Type = claimtrail.SpeakerOrganization // "Eurosceptic party HPO", "analysts KRX"
		return
	}
	if m.Kind != Surname || m.Type != claimtrail.SpeakerUnknown && m.Type != claimtrail.SpeakerOrganization {
		return
	}
	m.Kind, m.Type = Proper, claimtrail.SpeakerOrganization // no surname a person named before may own
}

// opensWithGivenName reports whether a name of two capitalised words or
// more opens with a common given name and does not end in a word that
// makes it a body's ("Dorothy Perkins Group", "Simon Wiesenthal Centre").
func (p *Parser) opensWithGivenName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || !p.givenNames.HasFold(ws[0]) {
		return false
	}
	for _, w := range ws {
		if !layer.Capitalised(w) {
			return false // "Ada and partners"
		}
	}
	last := strings.ToLower(ws[len(ws)-1])
	k := p.roleKind(last)
	return !p.nameHeads.Has(last) && !p.countries[last] && k != "office" && k != "organization"
}

// personByTags narrows a personal name to the words the entity tags call
// a person, the words before them joining the role: "Singer Sam
// Endicott" → Sam Endicott, Singer; "UKIP MEP Gerard Batten" → Gerard
// Batten, UKIP MEP. The person must be two words or more, and a title
// stays in the name ("Sir Alan Parker").
func (p *Parser) personByTags(m *Mention, text string, toks []token.Token, ents []byte) {
	if len(ents) == 0 || m.Kind != Proper || m.Type != claimtrail.SpeakerPerson {
		return
	}
	last := bytes.LastIndexByte(ents, 'P')
	if last < 0 {
		return
	}
	first := last
	for first > 0 && ents[first-1] == 'P' && toks[first-1].Kind == token.Word {
		first--
	}
	if last-first < 1 || bytes.IndexByte(ents[:first], 'P') >= 0 {
		return // one word, or more people: "Tony Blair and Gordon Brown"
	}
	person := text[toks[first].Start:toks[last].End]
	prefix, ok := strings.CutSuffix(m.Name, " "+person)
	if !ok || prefix == "" {
		return
	}
	for _, w := range strings.Fields(prefix) {
		if p.IsTitle(w) || joinsNames(w) {
			return
		}
	}
	m.Name = person
	m.Role = strings.TrimSpace(m.Role + " " + prefix)
}

// descriptionByTags reads as a description a phrase whose only capital
// opens the sentence and that the entity tags leave untagged: "Many
// foreign companies" and "Some studies" are no organisation's name.
func (p *Parser) descriptionByTags(m *Mention, text string, toks []token.Token, ents []byte) {
	if len(ents) == 0 || m.Kind != Proper || m.Type != claimtrail.SpeakerOrganization {
		return
	}
	if k := p.roleKind(m.Head); k == "office" || k == "organization" {
		return // "Police", "Ministers"
	}
	first := -1
	for k, t := range toks {
		if t.Kind != token.Word || !layer.Capitalised(t.Text(text)) {
			continue
		}
		if first >= 0 || ents[k] != 0 {
			return // a second capital, or a tagged name
		}
		first = k
	}
	if first < 0 || first > 0 && toks[first-1].Kind == token.Word {
		return
	}
	m.Kind, m.Type = Descriptor, claimtrail.SpeakerUnknown
	if strings.HasSuffix(m.Head, "s") {
		m.Type = claimtrail.SpeakerGroup
	}
}

// entityClass returns the class of an entity tag name ("B-PERSON" → 'P',
// "I-ORGANIZATION" → 'O', "B-LOCATION" → 'L', "B-MISC" → 'M'), 0 for O.
func entityClass(tag string) byte {
	if len(tag) > 2 && tag[1] == '-' {
		return tag[2]
	}
	return 0
}

// nameClass returns the entity class of the mention's last capitalised
// word, the head of a name, or 'P' when any of its words is tagged a
// person: a tagger that calls "Hewitt" an organisation in "Secretary
// Patricia Hewitt" still calls "Patricia" a person.
func nameClass(text string, toks []token.Token, ents []byte) byte {
	if bytes.IndexByte(ents, 'P') >= 0 {
		return 'P'
	}
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].Kind == token.Word && layer.Capitalised(toks[k].Text(text)) {
			return ents[k]
		}
	}
	return 0
}

func (p *Parser) isPublicationName(ws []string) bool {
	if len(ws) == 0 || !layer.Capitalised(ws[len(ws)-1]) {
		return false
	}
	prev := ""
	if len(ws) >= 2 {
		prev = strings.ToLower(ws[len(ws)-2])
	}
	return p.isPublicationLower(prev, strings.ToLower(ws[len(ws)-1]))
}

// isPublicationLower is isPublicationName over the lower-cased last two
// words of a capitalised run (prev "" when the run has one word).
func (p *Parser) isPublicationLower(prev, last string) bool {
	if p.publications.Field(last, 0) == "name" {
		return true
	}
	if prev == "" {
		return false
	}
	var buf [64]byte
	return p.publications.Field(string(append(append(append(buf[:0], prev...), ' '), last...)), 0) == "name"
}

func (p *Parser) isRoleWord(w string) bool {
	return p.roles.HasFold(w) || p.prefixedPersonRole(w)
}

func (p *Parser) roleKind(w string) string {
	if p.prefixedPersonRole(w) {
		return "person"
	}
	return p.roles.FieldFold(w, 0)
}

// prefixedPersonRole reports whether w is a person's role word after a
// lower-case prefix and a hyphen the roles table does not hold ("co-chairman",
// "vice-chairman", "ex-minister"): a person's role too.
func (p *Parser) prefixedPersonRole(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || w[0] < 'a' || w[0] > 'z' || p.roles.HasFold(w) {
		return false
	}
	return p.roles.FieldFold(w[i+1:], 0) == "person"
}

// isQuantity reports whether a mention holds a number and nothing else
// but determiners, symbols and the quantity words ("About 32 %", "some
// 68 per cent"): a figure the tagger took for a source names no one.
func (p *Parser) isQuantity(text string, toks []token.Token) bool {
	number := false
	for k, t := range toks {
		switch t.Kind {
		case token.Number:
			number = true
		case token.Word:
			w := t.Text(text)
			if !p.quantities.HasFold(w) && !isDeterminerFold(w) {
				return false
			}
			if k > 0 && toks[k-1].Kind == token.Number && layer.Capitalised(w) {
				return false // "50 Cent": a quantity's word after a figure is in lower case ("50 cent", "5 million")
			}
		case token.URL:
			return false
		}
	}
	return number
}

// personRole reports whether a role ends in a word that titles a person
// ("Tory co-chairman", "spokesman"), a hyphenated prefix aside.
func (p *Parser) personRole(role string) bool {
	w := strings.ToLower(lastWord(role))
	return p.roleClass[w] == layer.LexPerson || p.roleClass[w[strings.LastIndexByte(w, '-')+1:]] == layer.LexPerson
}

// PluralOfPerson reports whether a name's last word w is the plural of a
// word for a person ("MPs", "MEPs"): the name is a group's.
func (p *Parser) PluralOfPerson(w string) bool { return p.pluralOfPerson(w) }

func (p *Parser) pluralOfPerson(w string) bool {
	lw := strings.ToLower(w)
	one, ok := strings.CutSuffix(lw, "s")
	return ok && len(one) >= 2 && (p.roleClass[one] == layer.LexPerson || p.personNouns.Has(one))
}

// isDeterminerFold is layer.IsDeterminer(strings.ToLower(w)) without the
// copy: IsDeterminer folds an ASCII word's case itself.
func isDeterminerFold(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return layer.IsDeterminer(strings.ToLower(w))
		}
	}
	return layer.IsDeterminer(w)
}

// partyType types as an organisation a name the aliases table writes as
// it is written, capitalised ("Labour", "Lib Dems", "Tory Party": the
// parties'; it writes places in lower case), whatever the entity tags
// call it: they often call a party opening a sentence a person, and a
// "he" may then resolve to it. It is no surname either.
func (p *Parser) partyType(m *Mention) {
	if m.Kind != Proper && m.Kind != Surname || m.Name == "" || !layer.Capitalised(m.Name) || !p.aliases.Has(m.Name) {
		return
	}
	m.Kind, m.Type, m.ByTags = Proper, claimtrail.SpeakerOrganization, false
}

// firmAfterPlural types as an organisation a one-word name typed person
// after a plural of a person's word ("analysts Gartner", "technology
// consultants Kessel"): several people before one name are the firm's
// staff, not one person's title. A given name or a title keeps it a
// person's.
func (p *Parser) firmAfterPlural(m *Mention) {
	if m.Kind != Proper && m.Kind != Surname || m.Type != claimtrail.SpeakerPerson || m.Role == "" ||
		strings.ContainsRune(m.Name, ' ') || !p.pluralOfPerson(lastWord(m.Role)) || p.givenNames.HasFold(m.Name) || p.IsTitle(m.Name) {
		return
	}
	m.Kind, m.Type = Proper, claimtrail.SpeakerOrganization
}
