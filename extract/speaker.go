package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// resources are the language tables speaker and context analysis read.
type resources struct {
	demonyms     *lang.Table
	roles        *lang.Table
	publications *lang.Table
	channels     *lang.Table
	negations    *lang.Table
	hedges       *lang.Table
	pronouns     *lang.Table
	suffixes     *lang.Table // nationality-adjective endings
	nonSpeakers  *lang.Table // transcript labels that name no speaker
	// titles are the words before a name that mark a person ("mr",
	// "sen", "lord"), lower-case without a final period
	titles map[string]bool
	// channelPhrases are channels.tsv keys split into words, longest first.
	channelPhrases [][]string
	// channelAt lists, per first word, the channelPhrases starting with
	// it (indexes, in order).
	channelAt map[string][]int
	// roleClass maps a role word to 1 person, 2 group, 3 office, 4 organization.
	roleClass map[string]uint8
}

func loadResources(code string) (*resources, error) {
	r := &resources{}
	var honorifics, abbrevs *lang.Table
	for _, t := range []struct {
		name string
		dst  **lang.Table
	}{
		{"demonyms", &r.demonyms}, {"roles", &r.roles}, {"publications", &r.publications},
		{"channels", &r.channels}, {"negations", &r.negations}, {"hedges", &r.hedges},
		{"pronouns", &r.pronouns}, {"demonym-suffixes", &r.suffixes},
		{"transcript-nonspeakers", &r.nonSpeakers}, {"honorifics", &honorifics}, {"abbreviations", &abbrevs},
	} {
		tb, err := lang.Load(code, t.name)
		if err != nil {
			return nil, err
		}
		*t.dst = tb
	}
	r.titles = map[string]bool{}
	for _, k := range honorifics.Order {
		r.titles[k] = true
	}
	for _, k := range abbrevs.Order {
		if abbrevs.Field(k, 0) == "title" {
			r.titles[k] = true
		}
	}
	r.roleClass = map[string]uint8{}
	for _, k := range r.roles.Order {
		switch r.roles.Field(k, 0) {
		case "person":
			r.roleClass[k] = 1
		case "group":
			r.roleClass[k] = 2
		case "office":
			r.roleClass[k] = 3
		case "organization":
			r.roleClass[k] = 4
		}
	}
	for _, k := range r.channels.Order {
		r.channelPhrases = append(r.channelPhrases, strings.Fields(k))
	}
	// longest phrases first so "told a news conference" wins over "news conference"
	for i := 1; i < len(r.channelPhrases); i++ {
		for j := i; j > 0 && len(r.channelPhrases[j]) > len(r.channelPhrases[j-1]); j-- {
			r.channelPhrases[j], r.channelPhrases[j-1] = r.channelPhrases[j-1], r.channelPhrases[j]
		}
	}
	r.channelAt = map[string][]int{}
	for i, ph := range r.channelPhrases {
		r.channelAt[ph[0]] = append(r.channelAt[ph[0]], i)
	}
	return r, nil
}

// mentionKind says how a source mention names its referent.
type mentionKind uint8

const (
	mName       mentionKind = iota // a proper name, maybe with role and affiliation
	mSurname                       // a single capitalised word: may be a surname
	mPronoun                       // he, she, they, it
	mDefinite                      // "the minister", "the embassy", "the article"
	mDescriptor                    // an indefinite or plural description: "U.S. officials", "a source"
)

// mention is a parsed source mention.
type mention struct {
	kind        mentionKind
	name        string // the canonical name this mention gives, "" for pronouns/definites
	role        string
	affiliation string
	typ         string
	head        string // lower-case head noun ("minister", "embassy", "article")
	pronoun     string // lower-case pronoun for mPronoun
}

func (r *resources) isRoleWord(w string) bool {
	return r.roles.Has(strings.ToLower(w))
}

func (r *resources) roleKind(w string) string { return r.roles.Field(strings.ToLower(w), 0) }

func capitalised(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// parseMention splits a source mention into name, role, affiliation and
// type ("U.S. National Security Adviser Jake Sullivan" → "Jake Sullivan",
// "National Security Adviser", "U.S.", person). ents holds the entity
// class of each token (entityClass; nil when there are no entity tags).
func (r *resources) parseMention(text string, toks []token.Token, ents []byte) mention {
	// "Tim Danton, editor of PC Pro" / "David Anders at Merrill Lynch": a
	// personal name, then who the person is
	if k, after, prep := r.appositionAt(text, toks, ents); k > 0 {
		if m := r.parseWords(text, toks[:k]); m.kind == mName && m.typ == claimtrail.SpeakerPerson || m.kind == mSurname {
			role, aff := r.apposition(text, toks[after:], prep)
			m.role = firstNonEmpty(m.role, role)
			m.affiliation = firstNonEmpty(m.affiliation, aff)
			r.typeByTags(&m, text, toks, ents, k)
			return m
		}
	}
	m := r.parseWords(text, toks)
	r.typeByTags(&m, text, toks, ents, len(toks))
	r.personByTags(&m, text, toks, ents)
	r.descriptionByTags(&m, text, toks, ents)
	return m
}

// descriptionByTags reads as a description a phrase whose only capital
// opens the sentence and that the entity tags leave untagged: "Many
// foreign companies" and "Some studies" are no organisation's name.
func (r *resources) descriptionByTags(m *mention, text string, toks []token.Token, ents []byte) {
	if len(ents) == 0 || m.kind != mName || m.typ != claimtrail.SpeakerOrganization {
		return
	}
	if k := r.roleKind(m.head); k == "office" || k == "organization" {
		return // "Police", "Ministers"
	}
	first := -1
	for k, t := range toks {
		if t.Kind != token.Word || !capitalised(t.Text(text)) {
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
	m.kind, m.typ = mDescriptor, claimtrail.SpeakerUnknown
	if strings.HasSuffix(m.head, "s") {
		m.typ = claimtrail.SpeakerGroup
	}
}

// personByTags narrows a personal name to the words the entity tags call
// a person, the words before them joining the role: "Singer Sam
// Endicott" → Sam Endicott, Singer; "UKIP MEP Gerard Batten" → Gerard
// Batten, UKIP MEP. The person must be two words or more, and a title
// stays in the name ("Sir Alan Parker").
func (r *resources) personByTags(m *mention, text string, toks []token.Token, ents []byte) {
	if len(ents) == 0 || m.kind != mName || m.typ != claimtrail.SpeakerPerson {
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
	prefix, ok := strings.CutSuffix(m.name, " "+person)
	if !ok || prefix == "" {
		return
	}
	for _, w := range strings.Fields(prefix) {
		if r.titles[strings.TrimSuffix(strings.ToLower(w), ".")] || w == "and" || w == "&" {
			return
		}
	}
	m.name = person
	m.role = strings.TrimSpace(m.role + " " + prefix)
}

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
func (r *resources) typeByTags(m *mention, text string, toks []token.Token, ents []byte, nameEnd int) {
	if len(ents) == 0 || !(m.kind == mName && m.typ == claimtrail.SpeakerPerson || m.kind == mSurname) {
		return
	}
	for _, t := range toks {
		w := strings.TrimSuffix(strings.ToLower(t.Text(text)), ".")
		if r.titles[w] || r.roleClass[w] == 1 { // "Mr", "a spokesman for …"
			return
		}
	}
	if nameClass(text, toks[:nameEnd], ents[:nameEnd]) == 'O' {
		m.typ = claimtrail.SpeakerOrganization
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
		if toks[k].Kind == token.Word && capitalised(toks[k].Text(text)) {
			return ents[k]
		}
	}
	return 0
}

// appositionAt finds where a personal name ends and what it is told by
// begins: a comma followed by a lower-case description ("Tim Danton,
// editor of PC Pro"; "Ruth Calder, the governor"), or "at" / "from" / "of"
// after a name of two words or more that the entity tags call a person
// ("David Anders at Merrill Lynch"). It returns the name's end, where
// the description starts (the end of toks after a relative clause, which
// the mention need not read) and, for the second kind, the preposition;
// k is 0 when there is no such place.
func (r *resources) appositionAt(text string, toks []token.Token, ents []byte) (k, after int, prep string) {
	for i, t := range toks {
		if i == 0 || i+1 >= len(toks) {
			continue
		}
		prev := toks[i-1].Text(text)
		if prev == "" || toks[i-1].Kind != token.Word || !capitalised(prev) || r.isRoleWord(prev) {
			continue
		}
		w := t.Text(text)
		switch {
		case w == ",":
			switch next := toks[i+1]; {
			case r.describes(text, toks[i+1:]):
				return i, i + 1, ""
			case next.Kind == token.Word && layer.IsRelative(next.Text(text)):
				return i, len(toks), "" // "Ida Brandt, who edits …": the name alone
			}
			return 0, 0, "" // a list of names, a place, an age: not a description
		case t.Kind == token.Word && (w == "at" || w == "from" || w == "of"):
			if ents == nil || ents[i-1] != 'P' || i < 2 || toks[i-2].Kind != token.Word || !capitalised(toks[i-2].Text(text)) {
				continue
			}
			j := i + 1
			for j < len(toks) && layer.IsDeterminer(toks[j].Text(text)) {
				j++
			}
			if j < len(toks) && capitalised(toks[j].Text(text)) {
				return i, i + 1, w
			}
		}
	}
	return 0, 0, ""
}

// describes reports whether toks open a description of a person: an
// article ("a senior economist with the OECD", "the governor") or a role
// word among its first words ("managing director of Ontrack", "Director
// of the Media Center") — not a relative clause ("who leads …"), an
// adverb ("however") or a participle ("speaking to reporters").
func (r *resources) describes(text string, toks []token.Token) bool {
	for k, t := range toks {
		if k == 4 || t.Kind != token.Word {
			return false
		}
		w := t.Text(text)
		switch {
		case k == 0 && (strings.EqualFold(w, "a") || strings.EqualFold(w, "an") || strings.EqualFold(w, "the")):
			return true
		case r.isRoleWord(w) || r.isRoleWord(w[strings.LastIndexByte(w, '-')+1:]): // "co-chairman"
			return true
		case k == 0 && (layer.IsRelative(w) || strings.HasSuffix(w, "ing")):
			return false
		case k > 0 && (w == "of" || w == "at" || w == "for" || w == "with"):
			// "host of BBC 6 Music", "co-founder of Blinkx"
			return k+1 < len(toks) && (capitalised(toks[k+1].Text(text)) || layer.IsDeterminer(toks[k+1].Text(text)))
		}
	}
	return false
}

// isNameParticle reports whether w may stand, in lower case, inside a
// personal name ("Rodrigo de Rato", "Ursula von der Leyen").
func isNameParticle(w string) bool {
	switch w {
	case "de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "van", "von", "bin", "ibn", "al", "le", "la", "ter", "ten":
		return true
	}
	return false
}

// apposition reads a description of a person: "editor of PC Pro" → role
// "editor", affiliation "PC Pro"; "the Iranian envoy" → "envoy", "Iran";
// after "at" / "from" / "of" (prep) the words are the affiliation.
func (r *resources) apposition(text string, toks []token.Token, prep string) (role, aff string) {
	var ws []string
	for _, t := range toks {
		w := t.Text(text)
		if t.Kind == token.Quote || w == "," {
			continue
		}
		ws = append(ws, w)
	}
	ws = trimTrailing(ws)
	trimDet := func(ws []string) []string {
		for len(ws) > 0 && layer.IsDeterminer(ws[0]) {
			ws = ws[1:]
		}
		return ws
	}
	ws = trimDet(ws)
	if prep != "" {
		return "", joinWords(ws)
	}
	for i, w := range ws {
		if i > 0 && (w == "of" || w == "at" || w == "for" || w == "from" || w == "with") {
			return joinWords(ws[:i]), strings.Join(trimDet(ws[i+1:]), " ")
		}
	}
	if len(ws) > 1 {
		if c := r.demonyms.Field(strings.ToLower(ws[0]), 0); c != "" {
			return joinWords(ws[1:]), c
		}
	}
	return joinWords(ws), ""
}

// parseWords is parseMention without appositions and entity tags.
func (r *resources) parseWords(text string, toks []token.Token) (m mention) {
	var ws []string
	party := ""
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		w := t.Text(text)
		if w == "(" {
			// "Gov. Mike Pence (R-Ind.)": a party designation is the
			// affiliation, not part of the name
			if c := closingParen(text, toks, k); c > k+1 {
				if p := partyOf(text[toks[k+1].Start:toks[c-1].End]); p != "" {
					party = p
					k = c
					continue
				}
			}
		}
		if t.Kind == token.Quote || w == "," || w == "(" || w == ")" {
			continue // "The opposition leader, Paul Orsic," reads as one name phrase
		}
		ws = append(ws, w)
	}
	defer func() {
		if m.affiliation == "" {
			m.affiliation = party
		}
	}()
	ws = trimTrailing(ws)
	if len(ws) == 0 {
		return m
	}
	if len(ws) == 1 {
		lw := strings.ToLower(ws[0])
		if r.pronouns.Has(lw) {
			return mention{kind: mPronoun, pronoun: lw, typ: pronounType(r.pronouns.Field(lw, 0))}
		}
	}
	definite := strings.EqualFold(ws[0], "the") || strings.EqualFold(ws[0], "this")
	for len(ws) > 1 && layer.IsDeterminer(ws[0]) {
		ws = ws[1:]
	}
	// the trailing run of capitalised words that are not role or office
	// words, and not the object of a preposition, is a personal name
	// ("… Adviser Jake Sullivan", "writers Ellen Nakashima and Joby Warrick")
	end := len(ws)
	start := end
	for start > 0 {
		w := ws[start-1]
		if capitalised(w) && !r.isRoleWord(w) && !r.demonyms.Has(strings.ToLower(w)) {
			start--
			continue
		}
		// "Ellen Nakashima and Joby Warrick"; "Rodrigo de Rato"
		if (w == "and" || w == "&" || isNameParticle(w)) && start-1 > 0 && start < end && capitalised(ws[start-2]) && !r.isRoleWord(ws[start-2]) {
			start--
			continue
		}
		break
	}
	nameWords := ws[start:end]
	if start > 0 && layer.IsPreposition(ws[start-1]) {
		nameWords = nil // "embassy in Tehran": Tehran modifies the head
		start = end
	}
	pre := ws[:start]
	// leading demonyms give the affiliation ("Iranian", "U.S."); an
	// unknown capitalised nationality adjective before a role word counts
	// too ("Veldovian Foreign Minister"), and so does a capitalised
	// possessor ("Marisca's Foreign Minister")
	i := 0
	if k := possessor(pre); k > 0 {
		m.affiliation = joinWords(pre[:k])
		if c := r.demonyms.Field(strings.ToLower(m.affiliation), 0); c != "" {
			m.affiliation = c
		}
		i = k + 1
	}
	for i < len(pre) {
		if c := r.demonyms.Field(strings.ToLower(pre[i]), 0); c != "" && (capitalised(pre[i]) || i == 0) {
			if m.affiliation == "" {
				m.affiliation = c
			}
			i++
			continue
		}
		if i+1 < len(pre) && capitalised(pre[i]) && r.adjectival(pre[i]) && r.rolePhraseAt(pre[i+1:]) {
			if m.affiliation == "" {
				m.affiliation = pre[i]
			}
			i++
			continue
		}
		break
	}
	rest := pre[i:]
	// "Spokesperson for the Iranian Foreign Ministry": role, then the body
	for k, w := range rest {
		if layer.IsPreposition(w) && k > 0 && len(nameWords) > 0 {
			m.role = joinWords(rest[:k])
			body := rest[k+1:]
			for len(body) > 0 && layer.IsDeterminer(body[0]) {
				body = body[1:]
			}
			m.affiliation = joinWords(body)
			rest = nil
			break
		}
	}
	if rest != nil {
		m.role = joinWords(rest)
	}
	if len(ws) > 0 {
		m.head = strings.ToLower(ws[len(ws)-1])
		if len(nameWords) > 0 && len(rest) > 0 {
			m.head = strings.ToLower(rest[len(rest)-1])
		}
	}
	switch {
	case len(nameWords) > 0 && len(ws) == 1 && r.publications.Field(strings.ToLower(ws[0]), 0) != "name":
		m.kind, m.name = mSurname, ws[0]
		m.typ = claimtrail.SpeakerUnknown
		if c := r.demonyms.Field(strings.ToLower(ws[0]), 0); c != "" {
			m.kind, m.name, m.typ = mName, c, claimtrail.SpeakerGovernment
		}
	case len(nameWords) > 0:
		m.kind = mName
		m.name = joinWords(nameWords)
		m.typ = claimtrail.SpeakerPerson
		if r.isPublicationName(nameWords) {
			m.typ = claimtrail.SpeakerPublication
		} else if rk := r.roleKind(nameWords[len(nameWords)-1]); rk == "office" || rk == "organization" {
			m.typ = claimtrail.SpeakerOrganization
		}
	default:
		// no personal name: an office, a group, a publication or a description
		m.role = ""
		phrase := joinWords(ws)
		m.name = phrase
		head := headWord(ws)
		m.head = strings.ToLower(head)
		rk := r.roleKind(head)
		switch {
		case len(ws) == 1 && r.demonyms.Has(strings.ToLower(ws[0])):
			m.kind, m.typ = mName, claimtrail.SpeakerGovernment
			m.name = r.demonyms.Field(strings.ToLower(ws[0]), 0)
		case r.publications.Field(m.head, 0) == "noun":
			m.kind, m.typ = mDefinite, claimtrail.SpeakerPublication
			if !definite {
				m.kind = mDescriptor
			}
		case r.isPublicationName(ws):
			m.kind, m.typ = mName, claimtrail.SpeakerPublication
		case rk == "office":
			m.typ = claimtrail.SpeakerGovernment
			switch m.head {
			case "campaign", "party", "committee", "court", "police", "army", "military":
				m.typ = claimtrail.SpeakerOrganization
			}
			m.kind = mName
			if definite && !hasCapital(ws) {
				m.kind = mDefinite
			}
		case rk == "organization":
			m.kind, m.typ = mName, claimtrail.SpeakerOrganization
			if definite && !hasCapital(ws) {
				m.kind = mDefinite
			}
		case rk == "group":
			m.kind, m.typ = mDescriptor, claimtrail.SpeakerGroup
		case rk == "person":
			m.kind, m.typ = mDefinite, claimtrail.SpeakerPerson
			m.role = joinWords(ws[i:])
			if !definite {
				m.kind = mDescriptor
			}
		case hasCapital(ws):
			m.kind, m.typ = mName, claimtrail.SpeakerOrganization
		default:
			m.kind, m.typ = mDescriptor, claimtrail.SpeakerUnknown
			if strings.HasSuffix(m.head, "s") {
				m.typ = claimtrail.SpeakerGroup
			}
		}
	}
	return m
}

// adjectival reports whether w ends like a nationality adjective.
func (r *resources) adjectival(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range r.suffixes.Order {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// rolePhraseAt reports whether ws opens with a role or office phrase: a
// role word within its first three words ("Foreign Minister", "Defence
// Secretary", "embassy").
func (r *resources) rolePhraseAt(ws []string) bool {
	for k := 0; k < len(ws) && k < 3; k++ {
		if r.isRoleWord(ws[k]) {
			return true
		}
	}
	return false
}

// headWord returns the head noun of a phrase: the last word before a
// preposition, or the last word.
func headWord(ws []string) string {
	for k, w := range ws {
		if k > 0 && layer.IsPreposition(w) {
			return ws[k-1]
		}
	}
	return ws[len(ws)-1]
}

func hasCapital(ws []string) bool {
	for _, w := range ws {
		if capitalised(w) {
			return true
		}
	}
	return false
}

func (r *resources) isPublicationName(ws []string) bool {
	if len(ws) == 0 || !capitalised(ws[len(ws)-1]) {
		return false
	}
	prev := ""
	if len(ws) >= 2 {
		prev = strings.ToLower(ws[len(ws)-2])
	}
	return r.isPublicationLower(prev, strings.ToLower(ws[len(ws)-1]))
}

// isPublicationLower is isPublicationName over the lower-cased last two
// words of a capitalised run (prev "" when the run has one word).
func (r *resources) isPublicationLower(prev, last string) bool {
	if r.publications.Field(last, 0) == "name" {
		return true
	}
	if prev == "" {
		return false
	}
	var buf [64]byte
	return r.publications.Field(string(append(append(append(buf[:0], prev...), ' '), last...)), 0) == "name"
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

// entity is a referent seen in the document, for resolving later mentions.
type entity struct {
	name, role, affiliation, typ string
	head                         string
	at                           int               // byte offset of its latest mention
	date                         *claimtrail.Timex // a publication's stated date of publishing
}

// entities is the document's discourse model, in order of last mention.
type entities struct {
	list []entity
	// people are the persons the text names anywhere (entity tags), by
	// first mention: a surname-only source may name one introduced
	// outside any statement ("Governor Ruth Calder" … "CALDER: …").
	people []entity
}

func (es *entities) add(e entity) int {
	for i := range es.list {
		if es.list[i].name == e.name {
			x := &es.list[i]
			if x.role == "" {
				x.role = e.role
			}
			if x.affiliation == "" {
				x.affiliation = e.affiliation
			}
			if x.typ == "" || x.typ == claimtrail.SpeakerUnknown {
				x.typ = e.typ
			}
			if e.head != "" {
				x.head = e.head
			}
			x.at = e.at
			return i
		}
	}
	es.list = append(es.list, e)
	return len(es.list) - 1
}

// resolve finds the entity a mention refers to, or -1. last is the
// previous statement's speaker entity (-1 when none), which pronouns
// prefer.
func (es *entities) resolve(m mention, at int, last int) int {
	switch m.kind {
	case mPronoun:
		want := m.typ
		if last >= 0 && compatible(es.list[last].typ, want) {
			return last
		}
		for i := len(es.list) - 1; i >= 0; i-- {
			if es.list[i].at < at && compatible(es.list[i].typ, want) {
				return es.best(i, at, want)
			}
		}
	case mSurname:
		// a transcript's labels are in capitals: "PENCE" is Mike Pence
		names := func(e entity) bool { return hasSuffixFold(e.name, " "+m.name) || hasPrefixFold(e.name, m.name+" ") }
		for i := len(es.list) - 1; i >= 0; i-- {
			if e := es.list[i]; e.typ == claimtrail.SpeakerPerson && names(e) {
				return i
			}
		}
		// else the latest person named before it with that surname
		found := -1
		for i, e := range es.people {
			if e.at < at && names(e) {
				found = i
			}
		}
		if found >= 0 {
			return es.add(es.people[found])
		}
	case mDefinite:
		best, bestAt := -1, -1
		for i, e := range es.list {
			if e.at > at {
				continue
			}
			ok := false
			switch {
			case m.typ == claimtrail.SpeakerPublication:
				ok = e.typ == claimtrail.SpeakerPublication
			case m.head != "" && (strings.EqualFold(e.head, m.head) || containsWordFold(e.role, m.head) || containsWordFold(e.name, m.head)):
				ok = m.affiliation == "" || e.affiliation == "" || strings.EqualFold(e.affiliation, m.affiliation)
			}
			if ok && e.at > bestAt {
				best, bestAt = i, e.at
			}
		}
		return best
	}
	return -1
}

// best returns the most recent entity of type want (scanning back from i).
func (es *entities) best(i, at int, want string) int {
	bi, bat := i, es.list[i].at
	for k := range es.list {
		if es.list[k].at < at && es.list[k].at > bat && compatible(es.list[k].typ, want) {
			bi, bat = k, es.list[k].at
		}
	}
	return bi
}

func compatible(have, want string) bool {
	switch want {
	case claimtrail.SpeakerPerson:
		return have == claimtrail.SpeakerPerson
	case claimtrail.SpeakerGroup:
		return have == claimtrail.SpeakerGroup || have == claimtrail.SpeakerGovernment || have == claimtrail.SpeakerOrganization || have == claimtrail.SpeakerPublication
	}
	return have != claimtrail.SpeakerPerson
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func containsWordFold(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// possessor returns the length of a leading run of capitalised words
// followed by a possessive ("Marisca 's", "Saltmere Harbor Board 's"), 0
// when there is none.
func possessor(ws []string) int {
	for k, w := range ws {
		switch w {
		case "'s", "’s", "'", "’":
			return k
		}
		if !capitalised(w) {
			return 0
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

// joinWords joins words with spaces, but for a possessive, which the
// tokenizer splits off: "BT 's competitors" reads "BT's competitors".
func joinWords(ws []string) string {
	s := strings.Join(ws, " ")
	if strings.Contains(s, " 's") || strings.Contains(s, " ’s") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, " 's", "'s"), " ’s", "’s")
	}
	return s
}
