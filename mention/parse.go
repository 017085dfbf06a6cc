package mention

import (
	"strings"
	"unicode"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Parse splits a source mention into name, role, affiliation and
// type ("U.S. National Security Adviser Jake Sullivan" → "Jake Sullivan",
// "National Security Adviser", "U.S.", person). ents holds the entity
// class of each token (entityClass; nil when there are no entity tags).
func (p *Parser) Parse(text string, toks []token.Token, ents []byte) Mention {
	if p.isQuantity(text, toks) {
		return Mention{Kind: Descriptor, Type: claimtrail.SpeakerUnknown} // "32 %": no one
	}
	if n := len(toks); n > 1 && p.reflexives.Has(strings.ToLower(toks[n-1].Text(text))) {
		// "Tait himself said": the name before the stress
		return p.parseRange(text, toks, ents, 0, n-1)
	}
	if k := ageAt(text, toks); k > 0 {
		// "Mr Kell, 63, MP for …": the age is no part of the name; the
		// mention reads as if it were not there
		t := append(append([]token.Token{}, toks[:k]...), toks[k+2:]...)
		var e []byte
		if ents != nil {
			e = append(append([]byte{}, ents[:k]...), ents[k+2:]...)
		}
		return p.Parse(text, t, e)
	}
	if k := p.aliasAt(text, toks); k > 0 {
		// "DJ Tom Kell - aka Big Fish -": the other name is an aside
		return p.parseRange(text, toks, ents, 0, k)
	}
	if k := p.openersAt(text, toks); k > 0 {
		// "But Umaga", "However, Mr Kell", "Defiant Williams": the name
		// starts after them
		return p.parseRange(text, toks, ents, k, len(toks))
	}
	if m, ok := p.respondentShare(text, toks); ok {
		return m // "21% of those polled for the Clarion": the respondents
	}
	if m, ok := p.authorFrom(text, toks, ents); ok {
		return m // "a statement from Tolvane Corp": the author speaks
	}
	if len(toks) == 1 && p.openers.FieldFold(toks[0].Text(text), 0) == "quantifier" {
		// "Many said": people the text named before, no one by name
		return Mention{Kind: Descriptor, Name: toks[0].Text(text), Head: strings.ToLower(toks[0].Text(text)), Type: claimtrail.SpeakerGroup}
	}
	if m, ok := p.documentAuthorBy(text, toks, ents); ok {
		return m // "A recent survey by Tolvane": the author speaks, through the document
	}
	if j := p.personAfterClause(text, toks); j > 0 {
		// "in an interview covering the peace process and Northern
		// Varnia, Mr Kell": the words before the comma describe no one
		return p.parseRange(text, toks, ents, j, len(toks))
	}
	if j := p.speakingConjunct(text, toks); j > 0 {
		// "a ballooning trade deficit and analysts": the tagger ran the source
		// back over the clause before; the speakers are the last conjunct
		return p.parseRange(text, toks, ents, j, len(toks))
	}
	if j := p.personAfterList(text, toks); j > 0 {
		// "Ada Vell and Tom Kell, the party's elections chief Lord
		// Rennard": the list ends the clause before the speaker
		return p.parseRange(text, toks, ents, j, len(toks))
	}
	if names := p.bodyListAt(text, toks); names != nil {
		return p.listMention(names) // "the Harbour Council (HC), Dorn Bankers Association and Tolvane Group"
	}
	if m, ok := p.personList(text, toks); ok {
		return m // "Harbour chief executive Ada Vell and chief operating officer Tom Kell"
	}
	if m, ok := p.appositionMention(text, toks, ents); ok {
		return m
	}
	if m, ok := p.asideMention(text, toks, ents); ok {
		return m // "Tolvane, one of the leading makers of …": the aside is no part of the name
	}
	m := p.parseWords(text, toks)
	p.typeByTags(&m, text, toks, ents, len(toks))
	p.personByTags(&m, text, toks, ents)
	p.descriptionByTags(&m, text, toks, ents)
	if n, ok := p.nameAfterDescription(text, toks, ents); ok && n.Name != m.Name {
		return n
	}
	if n, ok := p.bodyAfterObject(text, toks); ok && n.Name != m.Name {
		return n
	}
	return m
}

// parseRange parses toks[lo:hi], the mention with words before or after
// it that are no part of it, with the entity classes of those tokens.
func (p *Parser) parseRange(text string, toks []token.Token, ents []byte, lo, hi int) Mention {
	var e []byte
	if ents != nil {
		e = ents[lo:hi]
	}
	return p.Parse(text, toks[lo:hi], e)
}

// appositionMention reads "Tim Danton, editor of PC Pro" / "David Anders
// at Merrill Lynch" (a personal name, then who the person is) and "The
// Harbour Trust, a civil rights watchdog," (a body, then what it is); ok
// is false when toks are no such apposition.
func (p *Parser) appositionMention(text string, toks []token.Token, ents []byte) (Mention, bool) {
	k, after, prep := p.appositionAt(text, toks, ents)
	if k <= 0 {
		return Mention{}, false
	}
	m := p.parseWords(text, toks[:k])
	role, aff := p.apposition(text, toks[after:], prep)
	if m.Kind == Proper && m.Type == claimtrail.SpeakerPublication && len(strings.Fields(m.Name)) > 1 && p.personRole(role) {
		m.Type = claimtrail.SpeakerPerson // "Liam Fox, Tory co-chairman": no Fox network
	}
	if m.Kind == Proper && m.Type == claimtrail.SpeakerPerson || m.Kind == Surname {
		m.Role = firstNonEmpty(m.Role, role)
		m.Affiliation = firstNonEmpty(m.Affiliation, aff)
		p.typeByTags(&m, text, toks, ents, k)
		return m, true
	}
	if m.Kind == Proper && m.Type == claimtrail.SpeakerOrganization && p.describedCompany(m.Role) && role == "" && aff != "" {
		m.Affiliation = aff // "Consultancy Tolvane Analytics of Harbourside": the company, then where it is
		return m, true
	}
	if m.Kind == Proper && prep == "" && after == k+1 && layer.IsArticle(strings.ToLower(toks[after].Text(text))) && m.Type != claimtrail.SpeakerPerson &&
		role != "" && !layer.Capitalised(role) {
		// "The Harbour Trust, a civil rights watchdog,": a body's
		// name, then what it is
		m.Role = firstNonEmpty(m.Role, role)
		return m, true
	}
	return Mention{}, false
}

// bodyAfterObject reads a mention whose words before its last comma end
// the clause before in lower case ("Bids came from local and foreign
// firms, Dorn's Ministry of Ferries said": the tagger ran the source back
// over the object) as the body's name after the comma alone; ok is false
// when the words after the comma are no body's or government's name.
func (p *Parser) bodyAfterObject(text string, toks []token.Token) (Mention, bool) {
	end, c := lastComma(text, toks)
	if c < 1 || c+1 >= end || toks[c-1].Kind != token.Word || layer.Capitalised(toks[c-1].Text(text)) ||
		!layer.Capitalised(toks[c+1].Text(text)) {
		return Mention{}, false
	}
	n := p.parseWords(text, toks[c+1:end])
	if n.Kind != Proper || n.Type != claimtrail.SpeakerOrganization && n.Type != claimtrail.SpeakerGovernment || n.Role != "" {
		return Mention{}, false
	}
	return n, true
}

// documentAuthorBy reads a mention naming a document by its author after
// "by" (documentBy: "A recent survey by Tolvane", "figures gathered by
// the Harbour Trust") as the author, with the document's noun; ok is
// false when the mention is no such phrase or the author is no one (a
// pronoun, no name). An author with no given name, title, gender or
// person's role is a body ("a study by Gartner").
func (p *Parser) documentAuthorBy(text string, toks []token.Token, ents []byte) (m Mention, ok bool) {
	k, noun := p.documentBy(text, toks)
	if k == 0 {
		return Mention{}, false
	}
	var e []byte
	if ents != nil {
		e = ents[k:]
	}
	if m = p.Parse(text, toks[k:], e); m.Kind == Pronoun || m.Name == "" && m.Kind != Definite {
		return Mention{}, false
	}
	m.Document = noun
	p.authorType(&m)
	return m, true
}

// authorFrom reads a mention naming a document and its author after
// "from" (documentAuthor) as the author: "a statement from Tolvane
// Corp", "data from the statistics office", "Research from Halifax"; ok
// is false for any other mention, and after a noun of document-nouns.tsv
// that is no frame word, for "Reports from Russia" (the country's press,
// not its government) and "reports from the country" (no author named).
func (p *Parser) authorFrom(text string, toks []token.Token, ents []byte) (Mention, bool) {
	k := p.documentAuthor(text, toks)
	if k == 0 {
		return Mention{}, false
	}
	var e []byte
	if ents != nil {
		e = ents[k:]
	}
	m := p.Parse(text, toks[k:], e)
	if p.frameWords.FieldFold(toks[k-2].Text(text), 0) == "document" {
		return m, true // "a statement from", read as ever
	}
	if m.Kind == Descriptor || m.Kind == Proper && p.IsCountryName(m.Name) {
		return Mention{}, false
	}
	p.authorType(&m) // "Research from Halifax": a body
	return m, true
}

// authorType types as a body the author m of a document when nothing
// makes it a person: no given name, title, gender or person's role ("a
// study by Gartner", "Research from Halifax").
func (p *Parser) authorType(m *Mention) {
	if (m.Type == claimtrail.SpeakerPerson || m.Type == claimtrail.SpeakerUnknown) && m.Kind != Definite && m.Kind != Pronoun && m.Name != "" && m.Gender == "" &&
		!p.opensWithGivenName(m.Name) && !p.IsTitle(strings.Fields(m.Name)[0]) && !p.personRole(m.Role) {
		m.Type = claimtrail.SpeakerOrganization
	}
}

// parseWords is Parse without appositions and entity tags.
func (p *Parser) parseWords(text string, toks []token.Token) Mention {
	ws, party := p.mentionWords(text, toks)
	m := p.readWords(ws)
	if m.Affiliation == "" {
		m.Affiliation = party
	}
	return m
}

// mentionWords returns the words of a mention, quotation marks, commas
// and parentheses aside, and the party a US party designation in
// parentheses names ("Gov. Mike Pence (R-Ind.)": the affiliation, not
// part of the name).
func (p *Parser) mentionWords(text string, toks []token.Token) (ws []string, party string) {
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		w := t.Text(text)
		if w == "(" {
			if c := closingParen(text, toks, k); c > k+1 {
				if pt := partyOf(text[toks[k+1].Start:toks[c-1].End]); pt != "" {
					party = pt
					k = c
					continue
				}
				if c == k+2 && len(ws) >= 2 && isAcronym(toks[k+1].Text(text)) && layer.Capitalised(ws[len(ws)-1]) {
					k = c // "Institute for Fiscal Studies (IFS)": the name's acronym, no more of it
					continue
				}
			}
		}
		if w == "." && len(ws) > 0 && glued(toks, k) {
			// the tokenizer splits "RadarOnline.com": join it as written
			ws[len(ws)-1] += w + toks[k+1].Text(text)
			k++
			continue
		}
		if j := slashJoined(text, toks, k); j > 0 && len(ws) > 0 {
			// "InStat/MDR", "Nielsen//NetRatings": two names written as
			// one, the body's whole name
			ws[len(ws)-1] += text[toks[k].Start:toks[j].End]
			k = j
			continue
		}
		if pluralPossessive(text, toks, k) && p.personAfter(text, toks[k+1:]) {
			ws = append(ws, "'") // "Harbour Relations' Paul Vell": the possessor's mark before a person's name ("Actors' Equity" is a name)
			continue
		}
		if t.Kind == token.Quote && len(ws) > 0 && layer.Capitalised(ws[len(ws)-1]) {
			if c := nickname(text, toks, k); c > 0 {
				k = c // "Brian 'Head' Welch" is Brian Welch
				continue
			}
		}
		if t.Kind == token.Quote || w == "," || w == "(" || w == ")" {
			continue // "The opposition leader, Paul Orsic," reads as one name phrase
		}
		ws = append(ws, w)
	}
	return ws, party
}

// pluralPossessive reports whether toks[k] is an apostrophe closing a
// plural's possessive: touching a word in "s" before it, a space and a
// capitalised word after it ("Relations' Paul").
func pluralPossessive(text string, toks []token.Token, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k].Kind != token.Quote {
		return false
	}
	w, prev := toks[k].Text(text), toks[k-1].Text(text)
	return (w == "'" || w == "’") && toks[k-1].End == toks[k].Start && toks[k+1].Start > toks[k].End &&
		strings.HasSuffix(prev, "s") && layer.Capitalised(prev) && layer.Capitalised(toks[k+1].Text(text))
}

// personAfter reports whether toks open with a person's name: a given
// name opening a capitalised run whose last word is no body's ("Paul
// Vell", not "Christian Fellowship").
func (p *Parser) personAfter(text string, toks []token.Token) bool {
	if len(toks) == 0 || !p.givenNames.HasFold(toks[0].Text(text)) {
		return false
	}
	e := 1
	for e < len(toks) && toks[e].Kind == token.Word && layer.Capitalised(toks[e].Text(text)) {
		e++
	}
	last := strings.ToLower(toks[e-1].Text(text))
	return !p.nameHeads.Has(last) && !p.bodyWord(last)
}

// slashName reports whether a name word is two capitalised names a
// slash joins ("InStat/MDR"): a merged body's name, no person's.
func slashName(w string) bool {
	a, b, ok := strings.Cut(w, "/")
	return ok && layer.Capitalised(a) && layer.Capitalised(strings.TrimLeft(b, "/"))
}

// slashJoined returns the index of the word that one slash or two at
// toks[k] join, with no space, to the word before them ("InStat/MDR",
// "Nielsen//NetRatings"); 0 when toks[k] opens no such join.
func slashJoined(text string, toks []token.Token, k int) int {
	if k == 0 || toks[k-1].Kind != token.Word || toks[k-1].End != toks[k].Start {
		return 0
	}
	j := k
	for j < len(toks) && j < k+2 && toks[j].Text(text) == "/" && (j == k || toks[j-1].End == toks[j].Start) {
		j++
	}
	if j == k || j >= len(toks) || toks[j].Kind != token.Word || toks[j-1].End != toks[j].Start {
		return 0
	}
	return j
}

// glued reports whether toks[k] is a period that stands between two
// words without a space, inside a domain name ("Ledger.co.uk") the
// tokenizer splits.
func glued(toks []token.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].End-toks[k].Start == 1 && toks[k].Kind != token.Word &&
		toks[k-1].End == toks[k].Start && toks[k+1].Start == toks[k].End && toks[k+1].Kind == token.Word
}

// nickname returns the index of the quotation mark closing a nickname
// opened at toks[open] — one or two capitalised words in quotation marks
// with a capitalised word after them ("Brian 'Head' Welch") — 0 when
// there is none.
func nickname(text string, toks []token.Token, open int) int {
	for c := open + 2; c <= open+3 && c+1 < len(toks); c++ {
		if toks[c].Kind != token.Quote {
			continue
		}
		for k := open + 1; k < c; k++ {
			if toks[k].Kind != token.Word || !layer.Capitalised(toks[k].Text(text)) {
				return 0
			}
		}
		if toks[c+1].Kind == token.Word && layer.Capitalised(toks[c+1].Text(text)) {
			return c
		}
		return 0
	}
	return 0
}

// readWords reads the words of a mention: a personal name, what comes
// before it (affiliation, role) or, without a name, an office, a group,
// a publication or a description.
func (p *Parser) readWords(ws []string) (m Mention) {
	ws = trimTrailing(ws)
	if len(ws) > 1 && p.openers.FieldFold(ws[len(ws)-1], 0) == "quantifier" && layer.Capitalised(ws[len(ws)-2]) {
		ws = trimTrailing(ws[:len(ws)-1]) // "the council, the bank and the union all said"
	}
	if len(ws) == 0 {
		return m
	}
	if len(ws) == 1 {
		lw := strings.ToLower(ws[0])
		if p.pronouns.Has(lw) {
			m := Mention{Kind: Pronoun, Pronoun: lw, Type: pronounType(p.pronouns.Field(lw, 0))}
			if g := p.pronouns.Field(lw, 1); g == "m" || g == "f" {
				m.Gender = g
			}
			return m
		}
		if layer.IsDeterminer(lw) && !p.IsQuantifier(lw) {
			return Mention{Kind: Descriptor, Type: claimtrail.SpeakerUnknown} // "This suggested …": no one
		}
	}
	definite := strings.EqualFold(ws[0], "the") || strings.EqualFold(ws[0], "this")
	m.Definite = definite
	article := ""
	if len(ws) > 1 && !definite && layer.IsArticle(ws[0]) {
		article = ws[0]
	}
	for len(ws) > 1 && layer.IsDeterminer(ws[0]) {
		ws = ws[1:]
	}
	ws = p.cutLocative(ws)
	if k, aff := p.trailingAffiliation(ws); k > 0 {
		ws, m.Affiliation = ws[:k], aff // "Lt Col Ravi Kell of the PCO"
	}
	if p.countryConjuncts(ws) {
		m.Kind, m.Name, m.Type = Proper, joinWords(ws), claimtrail.SpeakerGovernment // "Italy and Germany said"
		return m
	}
	trailingRole := ""
	if n := len(ws); n >= 3 && !definite && article == "" && p.acronymRole(ws[n-1]) && layer.Capitalised(ws[n-2]) && !p.acronymRole(ws[n-2]) {
		// "Ada Vell MP": the role after the name ("the Salford MP", "A
		// Plaid Cymru MP" name a place or party, no person)
		ws, trailingRole = ws[:n-1], ws[n-1]
	}
	nameWords, start := p.nameRun(ws)
	pre := ws[:start]
	i := p.leadingAffiliation(&m, pre)
	rest := pre[i:]
	if k := p.bodyThenRole(rest); k > 0 && len(nameWords) > 0 && m.Affiliation == "" {
		m.Affiliation, rest = joinWords(rest[:k]), rest[k:] // "Bank of Harbour governor Ada Vell": the body's name, then her role
	}
	rest = p.roleAndBody(&m, rest, nameWords)
	if len(ws) > 0 {
		m.Head = strings.ToLower(ws[len(ws)-1])
		if len(nameWords) > 0 && len(rest) > 0 {
			m.Head = strings.ToLower(rest[len(rest)-1])
		}
	}
	if definite && len(ws) == 1 && isAcronym(ws[0]) {
		m.Kind, m.Name, m.Type = Proper, ws[0], claimtrail.SpeakerOrganization // "the ONS", "the FSA"
	} else if len(nameWords) > 0 {
		p.readName(&m, ws, nameWords)
		if m.Kind == Proper && m.Type == claimtrail.SpeakerPerson && trailingRole != "" {
			m.Role = strings.TrimPrefix(m.Role+", "+trailingRole, ", ") // "Former welfare minister, MP"
		}
	} else {
		p.readDescription(&m, ws, i, definite)
		if article != "" && m.Kind == Descriptor && m.Type == claimtrail.SpeakerPerson {
			m.Name = article + " " + m.Name // "A Tolvane spokesman": one person described, no name
		}
	}
	return m
}

// readName types a mention with a personal name nameWords: a surname
// alone, a person's name, a publication or an organisation.
func (p *Parser) readName(m *Mention, ws, nameWords []string) {
	switch {
	case len(ws) == 1 && p.publications.FieldFold(ws[0], 0) != "name" && !isDomain(ws[0]):
		m.Kind, m.Name = Surname, ws[0]
		m.Type = claimtrail.SpeakerUnknown
		if c := firstNonEmpty(p.demonyms.FieldFold(ws[0], 0), p.seatCities.FieldFold(ws[0], 0)); c != "" {
			m.Kind, m.Name, m.Type = Proper, c, claimtrail.SpeakerGovernment // "Moscow", "Tokyo says": the government
		}
	default:
		m.Kind = Proper
		m.Name = joinWords(nameWords)
		m.Type = claimtrail.SpeakerPerson
		if (p.isPublicationName(nameWords) || isDomain(nameWords[len(nameWords)-1])) && !p.IsTitle(nameWords[0]) &&
			!p.personRole(m.Role) {
			m.Type = claimtrail.SpeakerPublication // "Fox", not "Mr Fox" or "Tory co-chairman Liam Fox"
		} else if p.countryConjuncts(nameWords) {
			m.Type = claimtrail.SpeakerGovernment // "Estoria and Varnia said"
		} else if p.pluralOfPerson(nameWords[len(nameWords)-1]) {
			m.Kind, m.Type = Descriptor, claimtrail.SpeakerGroup // "Labour MPs", "Tory MEPs"
		} else if rk, lw := p.roleKind(nameWords[len(nameWords)-1]), strings.ToLower(nameWords[len(nameWords)-1]); rk == "office" || rk == "organization" || p.nameHeads.Has(lw) ||
			len(nameWords) > 1 && p.countries[lw] && !p.givenNames.HasFold(nameWords[0]) { // "Ada France" is a person
			// "Lycos Europe", "Sport England": a name ending in a country's is a body's
			m.Type = claimtrail.SpeakerOrganization
			if p.countries[strings.ToLower(m.Name)] {
				m.Type = claimtrail.SpeakerGovernment // "South Korea" itself
			}
		} else if p.describedCompany(m.Role) && !p.givenNames.HasFold(nameWords[0]) && !p.IsTitle(nameWords[0]) {
			m.Type = claimtrail.SpeakerOrganization // "Bookmaker Tolvane", "Distributor Tolvane Pictures"
		} else if rk := p.roleKind(lastWord(m.Role)); rk == "organization" {
			m.Type = claimtrail.SpeakerOrganization // "software giant Tolvane", "financial watchdog BaFin"
		} else if rk == "office" && len(nameWords) == 1 && !p.IsTitle(nameWords[0]) && !p.personRole(nameWords[0]) {
			m.Type = claimtrail.SpeakerGovernment // "the statistics office, Destatis"
			if p.roles.Field(strings.ToLower(lastWord(m.Role)), 1) == "organization" {
				m.Type = claimtrail.SpeakerOrganization
			}
		} else if len(nameWords) == 1 && slashName(nameWords[0]) && !p.personRole(m.Role) {
			m.Type = claimtrail.SpeakerOrganization // "analysts Nielsen/NetRatings": two bodies' names as one
		}
	}
}

// aliasAt returns where an aside giving another name the speaker goes by
// opens in toks: the dash, comma or parenthesis before an alias marker
// (alias-markers.tsv) after a name's capitalised word; 0 when there is
// none.
func (p *Parser) aliasAt(text string, toks []token.Token) int {
	for k := 2; k+1 < len(toks); k++ {
		mark := toks[k-1].Text(text)
		if (dashOrComma(mark) || mark == "(") && p.aliasMarkers.HasFold(toks[k].Text(text)) && layer.Capitalised(toks[k-2].Text(text)) {
			return k - 1
		}
	}
	return 0
}

// trimTrailing drops a trailing possessive and trailing punctuation from
// a mention's words.
func trimTrailing(ws []string) []string {
	for len(ws) > 0 {
		switch ws[len(ws)-1] {
		case "'s", "’s", ",", ".", ":", "—", "-":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	return ws
}

// joinWords joins words with spaces, but for the marks the tokenizer
// splits off a word: a possessive ("BT 's competitors" reads "BT's
// competitors"), a closing "!" or "?" ("Kerrang! editor"), and
// parentheses ("Transport for London (TfL)").
func joinWords(ws []string) string {
	if len(ws) == 1 {
		return ws[0]
	}
	n := len(ws)
	for _, w := range ws {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n) // one allocation, not a growth every few words
	for k, w := range ws {
		if k > 0 && !gluedLeft(w) && ws[k-1] != "(" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// gluedLeft reports whether a token w stands against the word before it.
func gluedLeft(w string) bool {
	switch w {
	case "'s", "’s", "!", "?", ")", "'", "’":
		return true
	}
	return false
}

// closingParen returns the index of the ")" closing the "(" at toks[open]
// within a few tokens, -1 when there is none.
func closingParen(text string, toks []token.Token, open int) int {
	for k := open + 1; k < len(toks) && k <= open+4; k++ {
		if toks[k].Text(text) == ")" {
			return k
		}
	}
	return -1
}

// partyOf reads a US party designation, "R", "D-Calif.", "I-Vt", as the
// party's name; "" when s is none.
func partyOf(s string) string {
	if s == "" {
		return ""
	}
	if rest := s[1:]; rest != "" {
		state, ok := strings.CutPrefix(rest, "-")
		if !ok {
			state, ok = strings.CutPrefix(rest, "–")
		}
		if !ok || len(state) < 2 {
			return ""
		}
		for _, c := range state {
			if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '.' || c == ' ') {
				return ""
			}
		}
	}
	switch s[0] {
	case 'R':
		return "Republican"
	case 'D':
		return "Democrat"
	case 'I':
		return "Independent"
	}
	return ""
}

func pronounType(k string) string {
	switch k {
	case "person":
		return claimtrail.SpeakerPerson
	case "group":
		return claimtrail.SpeakerGroup
	}
	return claimtrail.SpeakerUnknown
}

// isDomain reports whether a name word is a web domain ("RadarOnline.com",
// "Ledger.co.uk"): a site is a publication.
func isDomain(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i <= 0 || len(w)-i-1 < 2 || len(w)-i-1 > 6 {
		return false
	}
	for _, c := range w[i+1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func hasLetter(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// isAcronym reports whether w is two or more capital letters, maybe with
// digits, and nothing else: after "the" it names a body ("the ONS").
func isAcronym(w string) bool {
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			letters++
		case unicode.IsDigit(c):
		default:
			return false
		}
	}
	return letters >= 2
}
