package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// The words around a personal name in a mention: where the name starts
// and ends, and the affiliation and role the words before and after it
// give.

// nameRun returns the personal name ending the words ws and where it
// starts (len(ws) when there is none).
func (p *Parser) nameRun(ws []string) (nameWords []string, start int) {
	// the trailing run of capitalised words that are not role or office
	// words, and not the object of a preposition, is a personal name
	// ("… Adviser Jake Sullivan", "writers Ellen Nakashima and Joby Warrick")
	end := len(ws)
	start = end
	for start > 0 {
		w := ws[start-1]
		if (layer.Capitalised(w) || particleName(w)) && !p.isRoleWord(w) && !p.demonyms.HasFold(w) && !p.acronymRole(w) {
			start--
			continue
		}
		// "Ellen Nakashima and Joby Warrick"; "Rodrigo de Rato"
		if (joinsNames(w) || layer.IsNameParticle(w)) && start-1 > 0 && start < end && layer.Capitalised(ws[start-2]) && !p.isRoleWord(ws[start-2]) {
			start--
			continue
		}
		break
	}
	if start > 0 && end-start == 1 && isFigure(ws[start-1]) && (start == 1 || p.describesPerson(ws[start-2])) {
		start-- // "50 Cent", "rap star 50 Cent": a figure before one name word, opening the mention or after a description, opens the name
	}
	if start+1 < end && (p.describesName(ws[start], ws[start+1:end]) || p.officeEnds(ws, start, end)) {
		return ws[start+1 : end], start + 1 // "Boss Ada Vell", "Bookmaker Tolvane": the description, then the name
	}
	if j := p.bodyNameStart(ws, start, end); j < start {
		return nil, end // "London Stock Exchange", "Oxford University Press": a body's name, whole
	}
	if start == end && p.surnameLikeWord(ws) {
		start = end - 2 // "producer Michael London", "governor Mervyn King", "Mr King": a surname that is a place's name or a role's
		for start > 0 && layer.Capitalised(ws[start-1]) && !p.isRoleWord(ws[start-1]) && !p.demonyms.HasFold(ws[start-1]) {
			start--
		}
	}
	if start > 1 && end-start == 1 && p.nationality(ws[start-1]) && layer.Capitalised(ws[start-1]) &&
		!layer.Capitalised(ws[start-2]) && p.isRoleWord(ws[start-2]) {
		start-- // "economy minister German Gref": a nationality stands before the role, so this is a given name
	}
	if start > 1 && start < end && p.givenNames.Has(ws[start-1]) && p.isRoleWord(ws[start-2]) {
		start-- // "Ulster coach mark Kell": a given name the text left in lower case
	}
	if start > 0 && start < end && (layer.IsPreposition(ws[start-1]) || start > 1 && layer.IsDeterminer(ws[start-1]) && layer.IsPreposition(ws[start-2])) {
		// "Chancellor of the Exchequer Gordon Brown", "Director of Public
		// Prosecutions Ken Kell": the office's name, then the person's,
		// from its given name on
		if g := p.givenNameAt(ws[start+1 : end]); g >= 0 {
			return ws[start+1+g : end], start + 1 + g
		}
		if t := p.peerBefore(ws, start-1); t >= 0 {
			return ws[t:end], t // "Lord Kell of Harbourside"
		}
		if layer.IsPreposition(ws[start-1]) || p.bodyOfThe(ws, start) {
			return nil, end // "embassy in Tehran": Tehran modifies the head; "Harbour Federation of the Dorn Industry" is one name
		}
	}
	if p.roleOfDescribedBody(ws, start) {
		return nil, end // "chief of technology giant Tolvane": the role's holder, not the body
	}
	if k := p.personWithin(ws[start:end]); k > 0 {
		return ws[start+k : end], start + k // "Harbour Commissioner Ada Vell": the office, then the person
	}
	if end-start >= 3 && start > 0 && p.bodyNoun(ws[start-1]) && p.givenNames.HasFold(ws[start+1]) && !p.bodyLike(ws[end-1]) {
		return ws[start+1 : end], start + 1 // "the union Kessel Ada Vell": the body's name, then its person's; not "firm Saint Ada Software"
	}
	return ws[start:end], start
}

// surnameLikeWord reports whether the last of the words ws is a surname
// a table reads as a nation's or a role's word: a capitalised one after
// a capitalised given name ("Michael London", "Paul King") or an
// abbreviated title ("Mr King", "Ms German"), as no role or nation
// follows either.
func (p *Parser) surnameLikeWord(ws []string) bool {
	end := len(ws)
	if end < 2 || !layer.Capitalised(ws[end-1]) || !layer.Capitalised(ws[end-2]) {
		return false
	}
	if !p.demonyms.HasFold(ws[end-1]) && (!p.isRoleWord(ws[end-1]) || p.acronymRole(ws[end-1])) {
		return false
	}
	_, title := p.keyTitles[strings.ToLower(strings.TrimSuffix(ws[end-2], "."))]
	return title || p.givenNames.HasFold(ws[end-2])
}

// bodyNoun reports whether the lower-case word w heads a body's
// description ("firm", "union", "band").
func (p *Parser) bodyNoun(w string) bool {
	return !layer.Capitalised(w) && (p.bodyWord(w) || p.bodyNouns.Has(w) || p.descriptions.Field(w, 0) == "company")
}

// personNameIn reports whether the run of words is not all capitalised
// or holds a person's name: a given name or title after its first word
// before a capitalised one ("Unison Ada Vell": the union, then its
// leader), or a two-part given name opening it ("Anne-Ida Vell").
func (p *Parser) personNameIn(run []string) bool {
	for k, w := range run {
		if !layer.Capitalised(w) {
			return true
		}
		if k > 0 && k+1 < len(run) && (p.givenNames.HasFold(w) || p.IsTitle(w)) {
			return true
		}
	}
	a, b, ok := strings.Cut(run[0], "-")
	return ok && len(run) > 1 && layer.Capitalised(a) && layer.Capitalised(b)
}

// roleOfDescribedBody reports whether the capitalised run at start ends
// a body described before its name, the object of a preposition after a
// person's role ("chief of technology giant Tolvane", "a spokesman for
// distributor Tolvane Pictures"): the mention describes the role's
// holder, whom the text names elsewhere; the body is the affiliation.
func (p *Parser) roleOfDescribedBody(ws []string, start int) bool {
	for q := start - 2; q >= 1 && q >= start-5; q-- {
		if !layer.IsPreposition(ws[q]) {
			continue
		}
		prev := ws[q-1]
		return (q == 1 || !layer.Capitalised(prev)) && p.personWord(prev) && p.describedBody(ws[q+1:]) == start-q-1
	}
	return false
}

// describedBody returns where a body's name starts in ws, the words
// after a preposition, when they are a description of the body ending in
// a body's or a company's noun, then its capitalised name to their end
// ("technology giant Tolvane", "the US rock band Dorn"; "the" and
// nationalities or acronyms inside the description allowed); -1 when
// they are no such phrase, or the name opens with a given name or a
// title (a person's: "director of rugby Ravi Kell").
func (p *Parser) describedBody(ws []string) int {
	k := 0
	for k < len(ws) && layer.IsDeterminer(strings.ToLower(ws[k])) {
		k++
	}
	noun := -1
	for ; k < len(ws) && k < 6; k++ {
		w := ws[k]
		lw := strings.ToLower(w)
		switch {
		case !layer.Capitalised(w):
			if layer.IsPreposition(lw) || layer.IsDeterminer(lw) || !hasLetter(lw) {
				return -1
			}
			noun = -1
			if p.bodyNoun(lw) {
				noun = k
			}
		case noun >= 0 && k == noun+1:
			if p.givenNames.HasFold(w) || p.IsTitle(w) || p.isRoleWord(w) || p.personNameIn(ws[k:]) {
				return -1
			}
			return k
		case !p.demonyms.HasFold(w) && !isAcronym(w):
			return -1 // "the US rock band", not "Harbour rock band"
		}
	}
	return -1
}

// personWithin returns where a person's name starts inside a run of
// capitalised words that no given name or title opens: at a title
// ("Police Commissioner Sir Ravi Kell") or a common given name ("Harbour
// Commissioner Ada Vell"), with a capitalised word after it. One word
// before a given name must be one the tables know for a person ("Actor
// Ada Vell"): an unknown one may be a given name the table lacks ("Ard
// Jan Vell"); an abbreviation before a title is part of it ("Rt Rev").
// 0 when there is none, when the run ends in a body's word ("Harbour
// Simon Vell Centre") or a body or place stands right before it
// ("Harbour Policy Centre Mr Vell": no office of his).
func (p *Parser) personWithin(run []string) int {
	if len(run) < 3 || p.IsTitle(run[0]) || p.givenNames.HasFold(run[0]) || !layer.Capitalised(run[0]) || p.bodyLike(run[len(run)-1]) {
		return 0
	}
	for k := 1; k+1 < len(run); k++ {
		prev := run[k-1]
		if layer.IsConjunction(prev) || prev == "&" {
			return 0 // "… peace process and Northern Ireland Mr Vell": no office of his
		}
		if !layer.Capitalised(run[k+1]) || !layer.Capitalised(prev) || p.givenNames.HasFold(prev) || p.IsTitle(prev) {
			continue // "Rt Rev Dr Ada Vell": titles together
		}
		title, given := p.IsTitle(run[k]) && len(prev) > 2, p.givenNames.HasFold(run[k])
		if k == 1 && given && !p.personWord(prev) {
			given = false
		}
		// "Harbour Council Chief Executive Kessa Vellink": a word naming
		// a person by office or trade, then a name of two or three words
		described := k > 1 && len(run)-k >= 2 && len(run)-k <= 3 && p.personWord(prev) && !p.IsTitle(run[k]) && !p.givenNames.HasFold(run[k-2])
		if (title || given || described) && !p.bodyLike(prev) && !p.demonyms.HasFold(prev) && !p.IsCountryName(prev) {
			return k
		}
	}
	return 0
}

// describesName reports whether the capitalised word w opening a run
// of capitalised words is a one-word description of the name after it
// (name-descriptions.tsv: "Referee Ada Vell", "Distributor Tolvane
// Pictures"), not the name's first word. A given name or title after it
// is no part of this test (personWithin reads "Actor Ada Vell" so too);
// a person's description before a name ending in a body's word opens
// the body's name ("Singer Sewing Company").
func (p *Parser) describesName(w string, name []string) bool {
	kind := p.descriptions.FieldFold(w, 0)
	if kind == "" || !layer.Capitalised(name[0]) || p.isRoleWord(name[0]) || p.demonyms.HasFold(name[0]) {
		return false
	}
	return kind == "company" || !p.bodyLike(name[len(name)-1])
}

// officeEnds reports whether the capitalised run ws[start:end] opens
// with the last word of an office a capitalised role word before it
// starts ("Chief Executive" of "Harbour Council Chief Executive Kessa
// Vellink"), a name of two or three words after it.
func (p *Parser) officeEnds(ws []string, start, end int) bool {
	return start > 0 && end-start >= 3 && end-start <= 4 && layer.Capitalised(ws[start-1]) && p.isRoleWord(ws[start-1]) &&
		p.personWord(ws[start]) && !p.demonyms.HasFold(ws[start]) && !p.givenNames.HasFold(ws[start]) && !p.bodyLike(ws[end-1])
}

// bodyOfThe reports whether the capitalised run at start follows "of
// the" or "for the" after a capitalised word ending a body's or an
// outlet's name ("Federation" of "the Harbour Federation of the Dorn
// Industry", "News of the World"): one body's name, not a role and a
// name ("Ada Vell for the Liberal Democrats" is Ada Vell's).
func (p *Parser) bodyOfThe(ws []string, start int) bool {
	if start < 3 || !layer.IsDeterminer(strings.ToLower(ws[start-1])) || !layer.IsNamePreposition(ws[start-2]) {
		return false
	}
	w := ws[start-3]
	return layer.Capitalised(w) && !p.personRole(w) && !p.IsTitle(w) && !p.demonyms.HasFold(w) && (p.bodyLike(w) || p.isPublicationName(ws[start-3:start-2]))
}

// describedCompany reports whether a mention's role is one word that
// describes a company before its name ("Bookmaker" of "Bookmaker
// Tolvane"): the name is the company's.
func (p *Parser) describedCompany(role string) bool {
	return !strings.Contains(role, " ") && p.descriptions.FieldFold(role, 0) == "company"
}

// bodyLike reports whether a capitalised word ends a body's or a
// country's name ("Centre", "Agency", "Ireland").
func (p *Parser) bodyLike(w string) bool {
	lw := strings.ToLower(w)
	return p.nameHeads.Has(lw) || p.bodyWord(lw) || p.countries[lw]
}

// personWord reports whether w names a person by office or by what they
// are ("Minister", "Guitarist", "Producers").
func (p *Parser) personWord(w string) bool {
	lw := strings.ToLower(w)
	return p.roleClass[lw] == layer.LexPerson || p.isPersonNoun(lw) || p.pluralOfPerson(w) || p.descriptions.Field(lw, 0) == "person"
}

// particleName reports whether w is a name joined to its particle by a
// hyphen ("al-Jibouri", "bin-Talal"): a capitalised name word though it
// opens in lower case.
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && layer.IsNameParticle(w[:i]) && layer.Capitalised(w[i+1:])
}

// acronymRole reports whether w is a person noun written as an acronym
// ("MP", "MEP": the person-nouns table): it titles the name after it
// ("Labour MP Ada Vell") or before it ("Ada Vell MP") and is none of it.
func (p *Parser) acronymRole(w string) bool {
	return isAcronym(w) && p.personNouns.HasFold(w)
}

// peerBefore returns where a peer's name starts whose title and name
// stand right before the preposition at k ("Lord Kell" of "Lord Kell of
// Harbourside"), -1 when none does.
func (p *Parser) peerBefore(ws []string, k int) int {
	if k < 2 || !layer.IsPreposition(ws[k]) || !layer.Capitalised(ws[k-1]) {
		return -1
	}
	lw := strings.ToLower(ws[k-2])
	if p.titles[lw] && p.keyTitles[lw] == keyKeep {
		return k - 2
	}
	return -1
}

// givenNameAt returns the index of the first word of ws that is a
// common given name followed by a capitalised word, -1 when there is
// none.
func (p *Parser) givenNameAt(ws []string) int {
	for k := 0; k+1 < len(ws); k++ {
		if p.givenNames.HasFold(ws[k]) && layer.Capitalised(ws[k+1]) {
			return k
		}
	}
	return -1
}

// leadingAffiliation sets m's affiliation from the words before a name
// or head, pre, and returns how many of them it read.
func (p *Parser) leadingAffiliation(m *Mention, pre []string) int {
	// leading demonyms give the affiliation ("Iranian", "U.S."); an
	// unknown capitalised nationality adjective before a role word counts
	// too ("Veldovian Foreign Minister"), and so does a capitalised
	// possessor ("Marisca's Foreign Minister")
	i := 0
	if k := p.joinedPossessor(pre); k > 0 {
		m.Affiliation = joinWords(pre[:k])
		if c := p.demonyms.FieldFold(m.Affiliation, 0); c != "" {
			m.Affiliation = c
		}
		i = k + 1
	}
	for i < len(pre) {
		if j := p.demonymCompound(pre, i); j > i {
			// "London Irish coach", "British and Irish Lions coach": a
			// team's name, not two nations
			m.Affiliation = joinWords(pre[i:j])
			return j
		}
		if c := p.demonyms.FieldFold(pre[i], 0); c != "" && (layer.Capitalised(pre[i]) || i == 0) {
			if m.Affiliation == "" {
				m.Affiliation = c
			}
			i++
			continue
		}
		if i+1 < len(pre) && layer.Capitalised(pre[i]) && p.adjectival(pre[i]) && p.rolePhraseAt(pre[i+1:]) {
			if m.Affiliation == "" {
				m.Affiliation = pre[i]
			}
			i++
			continue
		}
		break
	}
	return i
}

// demonymCompound returns where a team's name made of demonyms ends in
// pre from i, when a word follows it: a city's demonym and a
// nationality adjective ("London Irish"), or demonyms joined by "and"
// and a capitalised name ("British and Irish Lions"); i when there is
// none ("German and Danish governments" are two nations').
func (p *Parser) demonymCompound(pre []string, i int) int {
	if i+2 >= len(pre) || !layer.Capitalised(pre[i]) || !p.demonyms.HasFold(pre[i]) {
		return i
	}
	adjective := func(k int) bool {
		return k < len(pre) && layer.Capitalised(pre[k]) && !strings.EqualFold(pre[k], pre[i]) && p.nationalityShaped(pre[k])
	}
	switch {
	case p.demonyms.FieldFold(pre[i], 1) == "city" && adjective(i+1):
		return i + 2
	case lowerConjunction(pre[i+1]) && adjective(i+2) && i+4 < len(pre) && layer.Capitalised(pre[i+3]) && !p.isRoleWord(pre[i+3]):
		return i + 4
	}
	return i
}

// roleAndBody sets m's role from the words rest between the affiliation
// and the name, and the body a preposition among them introduces. It
// returns rest, nil when a body was read.
func (p *Parser) roleAndBody(m *Mention, rest, nameWords []string) []string {
	// "Spokesperson for the Iranian Foreign Ministry": role, then the body
	for k, w := range rest {
		if layer.IsPreposition(w) && k > 0 && p.portfolio(rest[k+1:]) {
			if len(nameWords) > 0 && m.Affiliation == "" {
				// "Harbour FC director of rugby Ada Vell": the body, then
				// her office, as after her name's comma
				m.Role, m.Affiliation = p.roleWithPortfolio(rest)
				return nil
			}
			break // "Director of harbour transport Ada Vell": one office
		}
		if p.officePortfolio(rest, k) {
			continue // "Minister for Coastal Affairs Ada Vell": one office
		}
		if layer.IsPreposition(w) && k > 0 && len(nameWords) > 0 && m.Affiliation == "" { // "The Ledger's correspondent in Jakarta" keeps the Ledger
			if j := p.roleEnd(rest, k); j > k && p.fieldWords(rest[k+1:j]) {
				k = j // "head of marine biology at the Kessel Institute": the field is the role's
			}
			m.Role = joinWords(rest[:k])
			m.Affiliation = p.bodyBeforeName(rest[k+1:])
			rest = nil
			break
		}
	}
	if rest != nil {
		m.Role = joinWords(trimDescriptionArticle(rest))
	}
	return rest
}

// trimDescriptionArticle drops the article that closes a description
// set before a name ("business lobby group the CBI", "ruling body the
// Kessel Union"): it is the name's, no part of the role. After a
// conjunction the article opens a second name ("authorities and the
// Fund") and the words stay as they are.
func trimDescriptionArticle(ws []string) []string {
	n := len(ws)
	if n > 1 && layer.IsArticle(ws[n-1]) && !layer.Capitalised(ws[n-1]) && !layer.IsConjunction(ws[n-2]) {
		return ws[:n-1]
	}
	return ws
}

// bodyBeforeName reads the body a preposition between a role and a
// name governs, body, as an affiliation: without its article, without a
// title that opens the name run on after it ("… Research Professor Ada
// Vell": the title is neither the body's nor a role; not a rank's last
// word, "Acting Detective Chief"), and without the possessive of a
// one-word place that owns the named body ("for Kessel's Harbour
// Centre" → "Kessel", as "Kessel's Harbour Centre" reads; "St Ada's"
// is a name).
func (p *Parser) bodyBeforeName(body []string) string {
	for len(body) > 0 && layer.IsDeterminer(body[0]) {
		body = body[1:]
	}
	if n := len(body); n > 2 && p.titleEnds(body) && layer.Capitalised(body[n-2]) && !p.isRoleWord(body[n-2]) {
		body = body[:n-1]
	}
	if n := len(body); n == 2 && isPossessive(body[1]) && layer.Capitalised(body[0]) {
		return firstNonEmpty(p.demonyms.FieldFold(body[0], 0), body[0])
	}
	return joinWords(trimDescriptionArticle(body)) // "Bishop of Kessel, the Rt Rev …"
}

// fieldWords reports whether ws, the words between a role's preposition
// and the one that introduces its body, are a field of work: no number
// or pronoun ("president of one of Mumbai's …" names no field).
func (p *Parser) fieldWords(ws []string) bool {
	for _, w := range ws {
		if layer.IsPronounNumber(strings.ToLower(w)) || p.IsQuantifier(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// titleEnds reports whether ws end in a capitalised title or person's
// role word ("Professor", "Dr").
func (p *Parser) titleEnds(ws []string) bool {
	w := ws[len(ws)-1]
	return layer.Capitalised(w) && (p.IsTitle(w) || p.roleKind(w) == "person")
}

// bodyThenRole returns where a person's lower-case role starts in the
// words rest before a name when a body's capitalised name holding a
// preposition comes first ("Bank of Harbour governor", "Commission for
// Harbour Equality chairman"): the body is the affiliation, not the
// words after its preposition; 0 when rest is not so.
func (p *Parser) bodyThenRole(rest []string) int {
	k := len(rest)
	for k > 0 && !layer.Capitalised(rest[k-1]) && !layer.IsPreposition(rest[k-1]) && !layer.IsDeterminer(rest[k-1]) {
		k--
	}
	if k < 3 || k == len(rest) || len(rest)-k > 3 || !p.personRole(rest[len(rest)-1]) || !layer.Capitalised(rest[0]) || !layer.Capitalised(rest[k-1]) {
		return 0
	}
	prep := false
	for _, w := range rest[1:k] {
		switch {
		case layer.IsPreposition(w):
			prep = true
		case !layer.Capitalised(w) && !layer.IsDeterminer(w):
			return 0
		}
	}
	if !prep {
		return 0
	}
	return k
}

// adjectival reports whether w ends like a nationality adjective.
func (p *Parser) adjectival(w string) bool { return endsIn(w, p.suffixes.Order, 2) }

// nationalityShaped reports whether a word beside a demonym ends like a
// nationality adjective, however short ("Irish" after "London").
func (p *Parser) nationalityShaped(w string) bool { return endsIn(w, p.suffixes.Order, 1) }

// endsIn reports whether w, lower-cased, ends in one of ends with more
// than minStem letters before it.
func endsIn(w string, ends []string, minStem int) bool {
	lw := strings.ToLower(w)
	for _, end := range ends {
		if len(lw) > len(end)+minStem && strings.HasSuffix(lw, end) {
			return true
		}
	}
	return false
}

// rolePhraseAt reports whether ws opens with a role or office phrase: a
// role word within its first three words ("Foreign Minister", "Defence
// Secretary", "embassy").
func (p *Parser) rolePhraseAt(ws []string) bool {
	for k := 0; k < len(ws) && k < 3; k++ {
		if p.isRoleWord(ws[k]) {
			return true
		}
	}
	return false
}

// trailingAffiliation returns where a personal name ends that "of",
// "at" or "from" and a capitalised name follow ("Lt Col Ravi Kell of the
// HPO", "Ida Brandt at Tolvane"), and that name, the affiliation; 0 when
// ws is no such phrase. The personal name holds a title or a common
// given name, so "Bank of England" and "Chancellor of the Exchequer"
// stay whole.
func (p *Parser) trailingAffiliation(ws []string) (int, string) {
	for k := len(ws) - 2; k >= 2; k-- {
		if p.appositionPreps[ws[k]]&prepAfterName == 0 {
			continue
		}
		body := ws[k+1:]
		if d := p.describedBody(body); d > 0 {
			body = body[d:] // "Ravi Kell from anti-virus firm Tolvane": the body's name
		}
		for len(body) > 1 && layer.IsDeterminer(strings.ToLower(body[0])) {
			body = body[1:]
		}
		for _, w := range body {
			if !layer.Capitalised(w) {
				return 0, ""
			}
		}
		j := k
		for j > 0 && (layer.Capitalised(ws[j-1]) && !p.isRoleWord(ws[j-1]) ||
			j > 1 && layer.IsNameParticle(ws[j-1]) && layer.Capitalised(ws[j-2])) { // "Nick Van den Brul of …"
			j--
		}
		if lw := strings.ToLower(ws[j]); k-j < 2 || p.titles[lw] && p.keyTitles[lw] == keyKeep {
			return 0, "" // "Lord Roberts of Conwy" is a peer's name
		}
		if p.IsTitle(ws[j]) || p.givenNames.HasFold(ws[j]) ||
			j > 0 && p.IsTitle(ws[j-1]) {
			return k, joinWords(body)
		}
		return 0, ""
	}
	return 0, ""
}

// cutLocative returns ws without a place after a personal name: "The
// BBC's Sarah Penlow in Moscow" is Sarah Penlow, reporting from there.
// The name is two capitalised words or more that are no role, office or
// demonym words, so "Embassy in Tehran" keeps its place.
func (p *Parser) cutLocative(ws []string) []string {
	for k := len(ws) - 2; k >= 2 && k >= len(ws)-4; k-- {
		if !layer.IsLocative(ws[k]) || layer.Capitalised(ws[k]) {
			continue
		}
		for _, w := range ws[k+1:] {
			if !layer.Capitalised(w) {
				return ws
			}
		}
		if p.IsNameWord(ws[k-1]) && p.IsNameWord(ws[k-2]) && !p.isRoleWord(ws[k-1]) && !p.isRoleWord(ws[k-2]) {
			return ws[:k]
		}
		return ws
	}
	return ws
}

// bodyNameStart returns where a body's name starts whose last words
// nameRun read as a personal name, ws[start:end], stopped by a place or
// nationality ("London Stock Exchange", "English National Ballet",
// "Agence France Presse") or an office or organisation word ("Oxford
// University Press") that is part of the same capitalised run: the run
// goes on back over capitalised words (and "and", "of", "for" between
// them) to a person's role word, a title or a lower-case word. A
// nationality adjective joins only a run ending in a body's word
// ("English National Ballet", not "Russian Marat Safin"); a place's name
// joins any run no given name opens ("France Telecom", "UK Coal"); an
// office word only a run ending in a body's word ("News Agency Interfax"
// is a description, then the name). start when there is no such body.
func (p *Parser) bodyNameStart(ws []string, start, end int) int {
	if start == 0 || start >= end || !layer.Capitalised(ws[start-1]) {
		return start
	}
	run := ws[start:end]
	last := strings.ToLower(run[len(run)-1])
	nameHead := p.nameHeads.Has(last) || p.bodyWord(last)
	for k, w := range run {
		if p.IsTitle(w) || layer.IsConjunction(w) || w == "&" || p.personRole(w) ||
			!nameHead && k+1 < len(run) && p.givenNames.HasFold(w) {
			return start // "Commissioner Sir John Stevens", "Treasury Under-Secretary John Taylor"
		}
	}
	stop, bodyEnd := strings.ToLower(ws[start-1]), nameHead || p.isPublicationName(run)
	switch {
	case p.roleKind(stop) == "office":
		if !nameHead {
			return start // "News Agency Interfax": a description, then the outlet's own name
		}
	case p.roleKind(stop) == "organization":
		if !bodyEnd {
			return start // "Oxford University Press"
		}
	case p.demonyms.Has(stop):
		place := p.countries[stop] || p.demonyms.Field(stop, 1) == "city" || strings.EqualFold(strings.ReplaceAll(p.demonyms.Field(stop, 0), ".", ""), stop)
		if !bodyEnd && (!place || p.givenNames.HasFold(ws[start])) {
			return start
		}
	default:
		return start
	}
	j := start
	for j > 0 {
		w := ws[j-1]
		if layer.Capitalised(w) && !p.IsTitle(w) && !p.acronymRole(w) && !p.personRole(w) && !layer.IsDeterminer(strings.ToLower(w)) {
			j--
			continue
		}
		if (layer.IsConjunction(w) || w == "&" || layer.IsNamePreposition(w)) && j > 1 && layer.Capitalised(ws[j-2]) && !p.personRole(ws[j-2]) {
			j--
			continue
		}
		break
	}
	return j
}

// bodyEnding reports whether a capitalised run ends in a word that makes
// it a body's name: a name head ("Association", "Ballet"), an office or
// organisation word, a body noun, or a publication's ("Press", "News").
func (p *Parser) bodyEnding(run []string) bool {
	last := strings.ToLower(run[len(run)-1])
	return p.nameHeads.Has(last) || p.bodyWord(last) || p.isPublicationName(run)
}

// nationality reports whether w is a demonym's adjective, not a place's
// own name ("German", not "Germany", "France" or "UK").
func (p *Parser) nationality(w string) bool {
	place := p.demonyms.FieldFold(w, 0)
	return place != "" && !strings.EqualFold(strings.ReplaceAll(place, ".", ""), w) && p.demonyms.FieldFold(w, 1) == "country"
}

// lowerConjunction reports whether w is a conjunction written in lower
// case ("and"): inside a run of capitalised words it joins two names.
func lowerConjunction(w string) bool { return layer.IsConjunction(w) && !layer.Capitalised(w) }

// joinsNames reports whether w joins two names into a list or a firm's
// name: a lower-case conjunction or an ampersand ("Ernst & Young").
func joinsNames(w string) bool { return lowerConjunction(w) || w == "&" }

// describesPerson reports whether the word w describes the person whose
// name follows: a role word, a person's noun or a one-word description
// ("star", "rapper", "Chart-topper").
func (p *Parser) describesPerson(w string) bool {
	lw := strings.ToLower(w)
	return p.isRoleWord(lw) || p.isPersonNoun(lw) || p.descriptions.Has(lw)
}

// isFigure reports whether w is written in digits alone ("50").
func isFigure(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
