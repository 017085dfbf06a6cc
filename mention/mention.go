// Package mention reads a noun phrase that names who speaks — a source
// mention, or the addressee or outlet of a statement — into a name, a
// role, an affiliation and a type, from the lang tables and the entity
// tags (docs/design.md, "Extraction", step 4): "U.S. National Security
// Adviser Jake Sullivan" → Jake Sullivan, National Security Adviser, U.S.,
// person. It reads one phrase alone; resolving pronouns, surnames and
// descriptions across a document is the speaker package's.
package mention

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
)

// Kind says how a mention names its referent.
type Kind uint8

const (
	Proper     Kind = iota // a proper name, maybe with role and affiliation
	Surname                // a single capitalised word: may be a surname
	Pronoun                // he, she, they, it
	Definite               // "the minister", "the embassy", "the article"
	Descriptor             // an indefinite or plural description: "U.S. officials", "a source"
)

// Mention is a parsed mention.
type Mention struct {
	Kind        Kind
	Name        string // the canonical name this mention gives, "" for pronouns/definites
	Role        string
	Affiliation string
	Type        string // a claimtrail.Speaker… type
	Head        string // lower-case head noun ("minister", "embassy", "article")
	Pronoun     string // lower-case pronoun for Pronoun
	// ByTags is set when the entity tags alone made a name an
	// organisation: a "he" or "she" referring to it proves them wrong
	ByTags bool
	// Gender is "m" or "f" for a gendered pronoun, "" otherwise (a
	// name's is Parser.Gender's)
	Gender string
	// Definite is set when the phrase opens with a definite article or
	// demonstrative ("The survey", not "A survey")
	Definite bool
	// Document is the lower-case noun of the document the named author
	// speaks through ("survey" for "A recent survey by Tolvane"), ""
	// when the mention names no document by its author
	Document string
}

// How Key treats a title (Parser.keyTitles).
const (
	keyKeep           = iota // "Lord Falconer"
	keyDrop                  // "Mr Blair" → "blair"
	keyDropBeforeFull        // "Ms Orla Vell" → "orla vell", "Mrs Blair" → "mrs blair"
)

// Parser reads mentions with the tables of one language. It keeps a
// buffer of entity classes: it is not safe for concurrent use.
type Parser struct {
	demonyms        *lang.Table
	roles           *lang.Table
	publications    *lang.Table
	pronouns        *lang.Table
	quantities      *lang.Table // words standing with a number: "about", "per cent"
	suffixes        *lang.Table // nationality-adjective endings
	openers         *lang.Table // words opening a mention that are no part of a name ("But", "Defiant", "Many")
	closers         *lang.Table // adverbs ending a source run that are no part of a name ("afterwards", "first")
	aliasMarkers    *lang.Table // words opening another name the speaker goes by ("aka")
	genders         *lang.Table // titles that say a gender ("mr", "lady")
	personNouns     *lang.Table // nouns naming a person by what they are ("actor", "striker")
	personHeads     *lang.Table // more such nouns, which the tagger does not read ("woman", "broker")
	shares          *lang.Table // words naming a share of a group before "of" ("quarter", "majority")
	descriptions    *lang.Table // one-word descriptions before a name ("Boss", "Bookmaker"): none of it
	nameHeads       *lang.Table // words ending an organisation's or event's name ("league", "show")
	givenNames      *lang.Table // common given names ("nadia"): a name opening with one is a person's
	reflexives      *lang.Table // "himself": after a name, no part of it ("Tait himself")
	frameWords      *lang.Table // "statement" (document), "from" (document-of): "a statement from X" is X
	documents       *lang.Table // "survey" (document), "compiled" (maker), "by" (author): "a survey by X" is X
	countryEnds     *lang.Table // endings of a country's name the demonyms table does not know ("ia": "Varnia")
	bodyNouns       *lang.Table // heads of a body's or group's description the roles table leaves out ("service", "family")
	officeModifiers *lang.Table // "shadow", "former" (kind other): a capitalised one before a role word is no body's name
	seatCities      *lang.Table // "tokyo": Japan; a capital the demonyms table leaves out, speaking alone for its government
	peopleEnds      *lang.Table // endings of a plural naming people by what they do ("ers": "Prosecutors")
	numbers         *lang.Table // number words ("one"): ", one of the groups …" opens a second description
	months          *lang.Table // month names: "November the Harbour Association" opens with a date
	anchors         *lang.Table // "last", "this", "next" (kind shift): "Last month the watchdog"
	units           *lang.Table // time units ("month", "week")
	aliases         *lang.Table // bodies' other names, parties' as written ("Lib Dems"): a list's name is a body's
	// titles are the words before a name that mark a person ("mr",
	// "sen", "lord"), lower-case without a final period
	titles map[string]bool
	// givenTitles are the titles a given name follows ("sir": "Sir
	// Paul" is Sir Paul Vell)
	givenTitles map[string]bool
	// keyTitles are the titles a store's link key leaves out: the
	// abbreviations ("mr", "dr"), not the ranks that make a name of
	// their own ("Lord Falconer", "Sir Howard"); a woman's ("mrs", "ms")
	// only before a full name
	keyTitles map[string]uint8
	// roleClass maps a role word to its layer class (layer.LexPerson …).
	roleClass map[string]uint8
	// appositionPreps maps a preposition to where it joins a name or
	// description to an affiliation (prepAfterName …), as written
	appositionPreps map[string]uint8
	// asidePreps holds the prepositions that open an aside after a
	// name ("Ada Vell, for the party, said"): relativeHost.
	asidePreps *lang.Table
	// office words whose preposition opens their portfolio: "Minister
	// for Coastal Affairs" is one role
	portfolioOffices *lang.Table
	// countries are the countries the demonyms table names, lower-cased
	// ("england", "europe"): a name ending in one is a body's ("Sport
	// England")
	countries map[string]bool
	ents      []byte // Read's entity classes
}

// New returns a Parser of language code.
func New(code string) (*Parser, error) {
	p := &Parser{}
	var honorifics, abbrevs, preps *lang.Table
	for _, t := range []struct {
		name string
		dst  **lang.Table
	}{
		{"demonyms", &p.demonyms}, {"roles", &p.roles}, {"publications", &p.publications},
		{"pronouns", &p.pronouns}, {"demonym-suffixes", &p.suffixes}, {"quantity-words", &p.quantities},
		{"honorifics", &honorifics}, {"abbreviations", &abbrevs}, {"name-openers", &p.openers}, {"title-genders", &p.genders}, {"person-nouns", &p.personNouns}, {"name-heads", &p.nameHeads},
		{"name-descriptions", &p.descriptions},
		{"given-names", &p.givenNames}, {"office-modifiers", &p.officeModifiers}, {"seat-cities", &p.seatCities}, {"frame-words", &p.frameWords}, {"country-endings", &p.countryEnds},
		{"body-nouns", &p.bodyNouns}, {"people-endings", &p.peopleEnds}, {"numbers", &p.numbers},
		{"apposition-prepositions", &preps}, {"reflexives", &p.reflexives}, {"document-nouns", &p.documents},
		{"months", &p.months}, {"timex-anchors", &p.anchors}, {"timex-units", &p.units},
		{"aliases", &p.aliases}, {"name-closers", &p.closers}, {"alias-markers", &p.aliasMarkers}, {"person-heads", &p.personHeads},
		{"aside-prepositions", &p.asidePreps}, {"portfolio-offices", &p.portfolioOffices},
		{"share-words", &p.shares},
	} {
		tb, err := lang.Load(code, t.name)
		if err != nil {
			return nil, err
		}
		*t.dst = tb
	}
	p.titles, p.givenTitles = map[string]bool{}, map[string]bool{}
	for _, k := range honorifics.Order {
		p.titles[k] = true
		p.givenTitles[k] = honorifics.Field(k, 0) == "given"
	}
	p.keyTitles = map[string]uint8{}
	for _, k := range abbrevs.Order {
		if abbrevs.Field(k, 0) == "title" {
			// "Mrs Blair" keeps her title in the key: a store joins a
			// surname alone to the full name that leads it, and the
			// woman's surname is usually a man's better-known name
			p.titles[k], p.keyTitles[k] = true, keyDrop
			if p.genders.Field(k, 0) == "f" {
				p.keyTitles[k] = keyDropBeforeFull
			}
		}
	}
	p.countries = map[string]bool{}
	for _, k := range p.demonyms.Order {
		if p.demonyms.Field(k, 1) == "country" {
			p.countries[strings.ToLower(p.demonyms.Field(k, 0))] = true
		}
	}
	p.roleClass = map[string]uint8{}
	for _, k := range p.roles.Order {
		if c := layer.RoleClass(p.roles.Field(k, 0)); c != 0 {
			p.roleClass[k] = c
		}
	}
	p.appositionPreps = map[string]uint8{}
	for _, k := range preps.Order {
		for _, where := range strings.Split(preps.Field(k, 0), ",") {
			if prepPlaces[where] == 0 {
				return nil, fmt.Errorf("lang table apposition-prepositions: %q has unknown place %q", k, where)
			}
			p.appositionPreps[k] |= prepPlaces[where]
		}
	}
	return p, nil
}

// Where a preposition of table apposition-prepositions joins a name or
// description to an affiliation.
const (
	prepAfterName     uint8 = 1 << iota // "David Anders at Merrill Lynch"
	prepInDescription                   // "host of BBC 6 Music"
	prepSplits                          // "editor of PC Pro" → role, affiliation
)

var prepPlaces = map[string]uint8{"name": prepAfterName, "description": prepInDescription, "split": prepSplits}

// Read parses the mention of tokens [first, last) of d, with their
// entity tags when d has them.
func (p *Parser) Read(d *layer.Doc, first, last int) Mention {
	return p.read(d, first, last, true)
}

// ReadOwn is Read of the run's own words: no name before a clause the
// run lies in (relativeHost) is looked for. A channel's venue ("Tam
// Fell, in an interview with [the Courier], said") names itself, not
// the speaker.
func (p *Parser) ReadOwn(d *layer.Doc, first, last int) Mention {
	return p.read(d, first, last, false)
}

func (p *Parser) read(d *layer.Doc, first, last int, host bool) Mention {
	first, last = p.phrase(d, first, last, host)
	ents := p.entityClasses(d, first, last)
	m := p.Parse(d.Text, d.Toks[first:last], ents)
	if last >= len(d.Toks) || d.Toks[last].Text(d.Text) != ":" {
		p.acronymType(&m) // not a transcript's label: "KELL: We won."
	}
	p.partyType(&m)
	p.firmAfterPlural(&m)
	p.roleAsSurname(d, first, last, &m)
	m.Affiliation = p.placeAfterBody(m.Affiliation)
	return m
}

// entityClasses returns the entity class (entityClass) of tokens [first,
// last), nil without entity tags. The slice is reused by the next call.
func (p *Parser) entityClasses(d *layer.Doc, first, last int) []byte {
	if d.NER == nil {
		return nil
	}
	p.ents = p.ents[:0]
	for k := first; k < last; k++ {
		p.ents = append(p.ents, entityClass(d.NERNames[d.NER[k]]))
	}
	return p.ents
}

// IsDocument reports whether the lower-case word w names a document
// that speaks for its author ("survey", "figures").
func (p *Parser) IsDocument(w string) bool { return p.documents.Field(w, 0) == "document" }

// IsOrganizationWord reports whether the lower-case word w is a role
// word naming an organisation ("company", "carmaker", "group").
func (p *Parser) IsOrganizationWord(w string) bool { return p.roleKind(w) == "organization" }

// IsAgent reports whether the lower-case word w introduces the author
// of a document or the agent of a passive ("by").
func (p *Parser) IsAgent(w string) bool { return p.documents.Field(w, 0) == "author" }

// IsPublication reports whether a capitalised run of words names a
// publication, by its last two words lower-cased (prev "" when the run
// has one word).
func (p *Parser) IsPublication(prev, last string) bool { return p.isPublicationLower(prev, last) }

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// Key returns the name a store links a speaker by (claimtrail.Speaker.Key):
// lower-cased, the abbreviated titles before a personal name left out
// ("Mr Blair" → "blair", "Dr. Orla Vell" → "orla vell", "Under Mr Brown"
// → "brown"; "Lord Falconer" stays, and so does a woman's title before a
// surname alone: "Mrs Blair" → "mrs blair", whom a store does not join
// to Tony Blair).
func (p *Parser) Key(name string) string {
	low := strings.ToLower(name)
	var stack [16]wordSpan
	ws := appendWordSpans(stack[:0], low)
	for k := len(ws) - 2; k >= 0; k-- {
		switch p.keyTitles[strings.TrimSuffix(low[ws[k].from:ws[k].to], ".")] {
		case keyDrop:
			ws = ws[k+1:] // "Earlier Mr Kennedy": a word the mention kept before the title goes too
		case keyDropBeforeFull:
			if k < len(ws)-2 {
				ws = ws[k+1:] // "Ms Orla Vell"
			} else {
				ws = ws[k:] // "Mrs Blair" stays so
			}
		default:
			continue
		}
		break
	}
	return joinSpans(low, ws)
}

// wordSpan is the byte range of a word of a string.
type wordSpan struct{ from, to int }

// appendWordSpans appends the words of s, as strings.Fields splits them.
func appendWordSpans(dst []wordSpan, s string) []wordSpan {
	from := -1
	for i, r := range s {
		switch {
		case !unicode.IsSpace(r):
			if from < 0 {
				from = i
			}
		case from >= 0:
			dst = append(dst, wordSpan{from, i})
			from = -1
		}
	}
	if from >= 0 {
		dst = append(dst, wordSpan{from, len(s)})
	}
	return dst
}

// joinSpans returns the words ws of s joined by single spaces: a slice
// of s, not a copy, when one space is all that parts them there.
func joinSpans(s string, ws []wordSpan) string {
	if len(ws) == 0 {
		return ""
	}
	n, single := 0, true
	for k, w := range ws {
		n += w.to - w.from + 1
		if k > 0 && (w.from != ws[k-1].to+1 || s[ws[k-1].to] != ' ') {
			single = false
		}
	}
	if single {
		return s[ws[0].from:ws[len(ws)-1].to]
	}
	var b strings.Builder
	b.Grow(n)
	for k, w := range ws {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[w.from:w.to])
	}
	return b.String()
}

// TitledGivenName returns the title and the given name of a name that
// is a title a given name follows and that name alone ("Sir Paul"),
// "", "" for any other name.
func (p *Parser) TitledGivenName(name string) (title, given string) {
	title, given, ok := strings.Cut(strings.TrimSpace(name), " ")
	if !ok || strings.Contains(given, " ") || !layer.Capitalised(given) {
		return "", ""
	}
	if g, _ := lang.LookupFold(p.givenTitles, title); !g {
		return "", ""
	}
	return title, given
}

// IsReflexive reports whether lower-case word w is a reflexive pronoun
// that stresses the name before it ("Tait himself").
func (p *Parser) IsReflexive(w string) bool { return p.reflexives.Has(w) }

// TitledSurname returns the surname a name of an abbreviated title and a
// surname gives ("Mr Evans", "Earlier Ms Kell"), "" for any other name.
func (p *Parser) TitledSurname(name string) string {
	name = strings.TrimSpace(name)
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return ""
	}
	before := strings.TrimRight(name[:i], " ")
	title := before[strings.LastIndexByte(before, ' ')+1:]
	if k, _ := lang.LookupFold(p.keyTitles, strings.TrimSuffix(title, ".")); k == keyKeep {
		return ""
	}
	return name[i+1:]
}

// Gender returns the gender, "m" or "f", a title opening name says ("Mr
// Smith", "Lady Vell"), "" when none does.
func (p *Parser) Gender(name string) string {
	w, _, _ := strings.Cut(name, " ")
	return fieldFold(p.genders, w)
}

// NameGender returns the gender a personal name says: its title's ("Mr
// Smith", "Lady Vell"), else, for a name of two words or more, its given
// name's when the given-names table marks it ("Naomi Campbell" → "f");
// "" when neither does.
func (p *Parser) NameGender(name string) string {
	if g := p.Gender(name); g != "" {
		return g
	}
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" {
		return ""
	}
	return fieldFold(p.givenNames, first)
}

// IsQuantifier reports whether the lower-case word w is a quantifier that
// may stand alone for people ("many", "all": the name-openers table).
func (p *Parser) IsQuantifier(w string) bool { return p.openers.Field(w, 0) == "quantifier" }

// IsTitle reports whether w is a title before a name ("Mr", "Dr.",
// "Lord").
func (p *Parser) IsTitle(w string) bool {
	t, _ := lang.LookupFold(p.titles, strings.TrimSuffix(w, "."))
	return t
}

// IsRoleWord reports whether w is a role or office word ("Professor",
// "Minister"): the person a run of capitalised words names starts after
// the last of them.
func (p *Parser) IsRoleWord(w string) bool { return p.isRoleWord(strings.TrimSuffix(w, ".")) }

// IsOpener reports whether a word opening a name run (w, or its
// lower-cased form) is no part of the name: a conjunction or sentence
// adverb ("But Umaga"), the speaker's mood ("Defiant Williams") — the
// name-openers table's clause and manner words — or a one-word
// description of the name after it ("Mogul Kell", "Boss Ada Vell":
// name-descriptions.tsv).
func (p *Parser) IsOpener(w string) bool {
	k := fieldFold(p.openers, w)
	return k == "clause" || k == "manner" || fieldFold(p.descriptions, w) != ""
}

// fieldFold returns the first field of t's row for w lower-cased, a
// trailing period left out, without allocating for a short ASCII word
// (the converted byte slice stays on the stack).
func fieldFold(t *lang.Table, w string) string {
	var buf [16]byte
	if len(w) > len(buf) {
		return t.Field(strings.TrimSuffix(strings.ToLower(w), "."), 0)
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8RuneSelf {
			return t.Field(strings.TrimSuffix(strings.ToLower(w), "."), 0)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if len(b) > 0 && b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return t.Field(string(b), 0)
}

const utf8RuneSelf = 0x80 // bytes below it are ASCII

// IsNameWord reports whether a capitalised word w may open a personal
// name: it is no title ("Mr"), role or office word ("Chancellor"), no
// demonym ("French") and no one-word description before a name
// (name-descriptions.tsv: "Mogul" of a headline's "Mogul Kell backs …").
func (p *Parser) IsNameWord(w string) bool {
	return layer.Capitalised(w) && p.nameWordLow(strings.ToLower(w))
}

// IsNameWordLow is IsNameWord for a capitalised word's lower-cased form
// lw (layer.Doc.Low), which costs no allocation.
func (p *Parser) IsNameWordLow(lw string) bool { return p.nameWordLow(lw) }

func (p *Parser) nameWordLow(lw string) bool {
	lw = strings.TrimSuffix(lw, ".")
	return !p.titles[lw] && !p.roles.Has(lw) && !p.demonyms.Has(lw) && !p.descriptions.Has(lw)
}

// IsCountryName reports whether the one capitalised word w names a
// country: the demonyms table's ("Nigeria"), or one shaped like a
// country's name (country-endings.tsv: "Varnia", "Tazikistan") that is
// no common given name ("Maria").
func (p *Parser) IsCountryName(w string) bool {
	if !layer.Capitalised(w) || strings.ContainsAny(w, " .-") {
		return false
	}
	lw := strings.ToLower(w)
	if p.countries[lw] {
		return true
	}
	if p.givenNames.Has(lw) {
		return false
	}
	for _, end := range p.countryEnds.Order {
		if len(lw) > len(end)+2 && strings.HasSuffix(lw, end) {
			return true
		}
	}
	return false
}

// countryConjuncts reports whether a name of two words or more joined by
// "and" names countries only, one word each ("Estoria and Varnia",
// "Britain and France"): the governments speak together.
func (p *Parser) countryConjuncts(nameWords []string) bool {
	if len(nameWords) < 3 {
		return false
	}
	for k, w := range nameWords {
		if k%2 == 1 {
			if !joinsNames(w) {
				return false
			}
		} else if !p.IsCountryName(w) {
			return false
		}
	}
	return len(nameWords)%2 == 1
}

// BodyRole reports whether a role or description read beside a name
// names a body, not a person: its head is an office or organisation word
// ("the UK's premium rate services watchdog") or a body noun.
func (p *Parser) BodyRole(role string) bool {
	ws := strings.Fields(role)
	if len(ws) == 0 {
		return false
	}
	return p.bodyWord(headWord(ws))
}

// IsPeoplePlural reports whether the plural noun w names people by what
// they do (people-endings.tsv: "Prosecutors", "Analysts"), not things
// ("Reports", "Figures").
func (p *Parser) IsPeoplePlural(w string) bool { return endsIn(w, p.peopleEnds.Order, 2) }
