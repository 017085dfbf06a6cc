// Package match tells how well a statement matches a claim given in plain
// words, across paraphrase and morphology: "Veldovia sold patrol boats to
// Marisca" matches "the Veldovian government shipped vessels to Mariscan
// forces" but not "Marisca supplied boats to Veldovia".
//
// A text is read into items: entities (a country, a government organ, an
// organisation or any capitalised name, with its aliases and demonyms
// folded: Iran = Iranian = Tehran), concepts (synonym sets: supply =
// provide = send = deliver = sell, with broader concepts: a drone is a
// weapon) and the remaining content words, stemmed. The claim's items are
// weighed against the statement's, and the roles of the claim's entities
// (who acts, who receives) must not be reversed. All word knowledge is in
// the language's data tables (lang/data/<iso>/synonyms, aliases,
// demonyms, lemmas, stopwords), none of it is written for one story.
package match

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/memo"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/token"
)

// Matcher scores statements against claims for one language. It is
// immutable after New and safe for concurrent use.
type Matcher struct {
	lang   string
	stops  map[string]bool
	lemmas map[string]string
	refs   map[string]bool
	// backRefs are the third-person pronouns (table pronouns): content
	// holding one points back at someone named before.
	backRefs map[string]bool
	// standIns are the third-person pronouns (table pronouns: "he",
	// "they", "it", "who"): one may stand for a claim's argument in a
	// clause (SharesClause).
	standIns map[string]bool
	// described are the nouns that head a definite subject describing a
	// company or body named before ("the firm"; table
	// subject-descriptions).
	described map[string]bool
	concepts  map[string]*concept
	// causatives holds the stems, space-joined, of the causative forms of
	// a change (table causatives: "push up", "raise"): their object is
	// the thing that changes (causedSubject).
	causatives map[string]bool
	// boundForms are the causative forms the table added to their
	// concept ("push up", not "raise"): they state a change only of what
	// they act on (boundObject).
	boundForms map[string]bool
	// splits maps the stem of a split causative's verb to its forms
	// (table causatives: "push * lower"; splitAt).
	splits map[string][]splitCausative
	// phrases maps the first key word of every multiword or single-word
	// table entry to the entries starting with it, longest first.
	phrases map[string][]phrase
	// aliases lists the surface forms of every canonical entity, for
	// retrieval.
	aliases map[string][]string
	// months maps a month's name or abbreviation to its number (table
	// months): a text dating the event to another month (Elsewhen).
	months map[string]string
	// events, products, codenameMarkers: support.go, product.go, codename.go.
	events          map[string]*eventNoun
	products        productWords
	codenameMarkers [][]string
	// countries holds the canonical entities the demonyms table calls a
	// country: "a US interest rate rise" is none of the UK's
	// (OtherCountry).
	countries map[string]bool
	// places: the demonyms table's entities, no agent (otherAgent).
	places map[string]bool
	maxLen int
	// fn holds the roles of function words (table match-grammar),
	// nameEndings the endings of place adjectives ("ian"), adverbEndings
	// those of adverbs ("ly", skipped before a verb: markVerbal).
	fn                         map[string]fnRole
	nameEndings, adverbEndings []string
	// hyphenPrefixes are the prefixes written with or without a hyphen
	// ("co", "e": "co-operate", "e-mail"): retrieval asks for both forms.
	hyphenPrefixes []string
	// stemWord is the language's stemmer, shared with package stance;
	// stems caches its results (and the lemma table's), up to maxStems
	// words.
	stemWord func(string) string
	stems    *memo.Cache[string, string]
	// wnLemmas caches the WordNet lemmas of text words.
	wnLemmas *memo.Cache[string, []string]
	// numbers maps a number word to its digits ("three", "third": "3");
	// numberForms the digits to every form, for retrieval.
	numbers     map[string]string
	numberForms map[string][]string
	// givenNames are common given names (table given-names).
	givenNames map[string]bool
	// inflections are the regular endings of words (match-grammar role
	// inflection), tried before a WordNet look-up.
	inflections []inflection
}

// inflection is a regular ending: ending after a word whose final
// letters drop are dropped first ("" for none).
type inflection struct{ drop, ending string }

type concept struct {
	name    string
	members []string // as written in the table, for retrieval
	broader []string
	// narrower lists the concepts whose broader includes this one.
	narrower []string
	// converse is the concept whose subject is the other party (buy for
	// supply), "" when none.
	converse string
	// flips marks the side of a converse pair whose subject receives (buy).
	flips bool
	// opposite is the concept of the other direction (decrease for
	// increase), "" when none.
	opposite string
}

// phrase is a table entry: an alias (matched on lower-case words) or a
// synonym-set member (matched on stems).
type phrase struct {
	words []string
	// raw are a synonym-set member's words as written: a member written
	// in the plural ("news", "arms", "troops") is a word of its own, not
	// matched by its singular ("new", "arm").
	raw  []string
	stem bool // match on stems rather than lower-case words
	// caps: an alias the table writes capitalised ("Tory") is a name
	// only when the text capitalises it too: "tory" or "conservative"
	// in lower case is a common word.
	caps   bool
	entity string // canonical entity, for aliases
	concpt string // concept name, for synonyms
}

// New loads the tables of a language ("en").
func New(code string) (*Matcher, error) {
	stem, err := lang.Stemmer(code)
	if err != nil {
		return nil, fmt.Errorf("match: %w", err)
	}
	m := &Matcher{lang: code, stemWord: stem, stems: memo.New[string, string](maxStems), wnLemmas: memo.New[string, []string](maxStems),
		stops: map[string]bool{}, lemmas: map[string]string{}, refs: map[string]bool{}, backRefs: map[string]bool{}, standIns: map[string]bool{}, described: map[string]bool{},
		concepts: map[string]*concept{}, phrases: map[string][]phrase{}, aliases: map[string][]string{}, months: map[string]string{}, countries: map[string]bool{}, places: map[string]bool{}}
	for _, load := range []func() error{m.loadWordSets, m.loadNumbers, m.loadGrammar, m.loadPronouns, m.loadDescriptions, m.loadLemmas, m.loadEntities, m.loadConcepts, m.loadCausatives, m.loadSupport, m.loadProducts, m.loadCodenames} {
		if err := load(); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// loadWordSets reads the words ignored like function words (stopwords,
// month and weekday names), the reference nouns and the given names.
func (m *Matcher) loadWordSets() error {
	// Dates are not what a claim is about: month and weekday names are
	// ignored like function words (and are no names: "May" is a month).
	m.givenNames = map[string]bool{}
	for _, name := range []string{"months", "weekdays", "stopwords", "reference-nouns", "given-names"} {
		t, err := lang.Load(m.lang, name)
		if err != nil {
			return err
		}
		dst := m.stops
		switch name {
		case "reference-nouns":
			dst = m.refs
		case "given-names":
			dst = m.givenNames
		}
		for _, k := range t.Order {
			dst[k] = true
			if name == "months" {
				m.months[k] = t.Field(k, 0)
			}
		}
	}
	return nil
}

// loadPronouns reads the third-person pronouns of people and groups
// ("he", "they"; not "I", "we": a first-person statement names its
// speaker).
func (m *Matcher) loadPronouns() error {
	t, err := lang.Load(m.lang, "pronouns")
	if err != nil {
		return err
	}
	for _, k := range t.Order {
		kind := t.Field(k, 0)
		if m.fn[k]&(fnFirstPerson|fnFirstPersonNotCaps) != 0 {
			continue
		}
		if kind == "person" || kind == "group" {
			m.backRefs[k] = true
		}
		if kind != "" {
			m.standIns[k] = true
		}
	}
	return nil
}

// loadDescriptions reads the nouns that head a subject describing a
// company or body named before.
func (m *Matcher) loadDescriptions() error {
	t, err := lang.Load(m.lang, "subject-descriptions")
	if err != nil {
		return err
	}
	for _, k := range t.Order {
		m.described[k] = true
	}
	return nil
}

// loadLemmas reads the irregular forms the stemmer cannot fold.
func (m *Matcher) loadLemmas() error {
	t, err := lang.Load(m.lang, "lemmas")
	if err != nil {
		return err
	}
	for _, k := range t.Order {
		m.lemmas[k] = t.Field(k, 0)
	}
	return nil
}

// loadEntities reads the demonyms and aliases of canonical entities.
func (m *Matcher) loadEntities() error {
	for _, name := range []string{"demonyms", "aliases", "product-aliases"} {
		t, err := lang.Load(m.lang, name)
		if err != nil {
			return err
		}
		for _, k := range t.Order {
			ent := t.Field(k, 0)
			if ent == "" {
				continue
			}
			m.addPhrase(phrase{words: m.words(k, false), entity: ent, caps: k != strings.ToLower(k)})
			m.aliases[ent] = append(m.aliases[ent], k)
			if name == "demonyms" {
				m.places[ent] = true
			}
			if name == "demonyms" && t.Field(k, 1) == "country" {
				m.countries[ent] = true
			}
		}
	}
	return nil
}

// loadConcepts reads the synonym sets and links each concept to its
// converse and its broader and narrower concepts.
func (m *Matcher) loadConcepts() error {
	t, err := lang.Load(m.lang, "synonyms")
	if err != nil {
		return err
	}
	for _, k := range t.Order {
		c := &concept{name: k}
		for _, mem := range strings.Split(t.Field(k, 0), "|") {
			if mem = strings.TrimSpace(mem); mem != "" {
				c.members = append(c.members, mem)
				m.addPhrase(phrase{words: m.words(mem, true), raw: m.words(mem, false), stem: true, concpt: k})
			}
		}
		for _, b := range strings.Split(t.Field(k, 1), "|") {
			if b = strings.TrimSpace(b); b != "" {
				c.broader = append(c.broader, b)
			}
		}
		c.converse = t.Field(k, 2)
		c.flips = c.converse != ""
		c.opposite = t.Field(k, 3)
		m.concepts[k] = c
	}
	// In the table's order, not the map's: a broader concept's narrower
	// list is read in order when a text is scored, so a map's random order
	// made the same trace score differently from one process to the next.
	for _, k := range t.Order {
		c := m.concepts[k]
		if c.converse != "" {
			cc := m.concepts[c.converse]
			if cc == nil {
				return fmt.Errorf("match: synonyms: %q names unknown converse concept %q", c.name, c.converse)
			}
			cc.converse = c.name
		}
		if c.opposite != "" {
			oc := m.concepts[c.opposite]
			if oc == nil {
				return fmt.Errorf("match: synonyms: %q names unknown opposite concept %q", c.name, c.opposite)
			}
			oc.opposite = c.name
		}
		for _, b := range c.broader {
			if bc := m.concepts[b]; bc != nil {
				bc.narrower = append(bc.narrower, c.name)
			} else {
				return fmt.Errorf("match: synonyms: %q names unknown broader concept %q", c.name, b)
			}
		}
	}
	return nil
}

// fnRole is what a function word does when roles are read, a bit set.
type fnRole uint32

const (
	fnFirstPerson        fnRole = 1 << iota // the speaker is the agent ("we")
	fnFirstPersonNotCaps                    // the same unless in capitals ("us", not "US")
	fnDeterminer                            // skipped before an entity ("the")
	fnRecipient                             // the entity after it receives ("to")
	fnSource                                // the entity after it gives ("from")
	fnAgent                                 // the entity after it gives, or receives under a converse ("by")
	fnAuxiliary                             // the claim's predicate follows it ("will")
	fnFuture                                // a claim holding it predicts ("will")
	fnPast                                  // a change named shortly after it is past ("recent")
	fnIrrealis                              // a participle shortly after it is not past ("to be raised")
	fnProspective                           // a sentence holding it tells of what is to come ("due", "expected")
	fnNameJoiner                            // joins the parts of one name ("Bank of England")
	fnLocative                              // the known place after it is where the claim happens ("in")
	fnClauseOpener                          // opens a clause of its own ("since", "that")
	fnMeasure                               // its "of" names a kind or measure, no event ("the rate of increase")
	fnEffect                                // its "of" names a change that happened ("the impact of rises")
	fnOblique                               // the name after it is no clause's subject ("than", "with")
	fnBackshift                             // a past modal of reported speech ("would", "could")
	fnDefinite                              // the definite article: a description after it points back ("the firm")
	fnInitialsJoiner                        // a word of a name its initials skip ("for", "and")
	fnCause                                 // its noun phrase is a circumstance of another event ("amid rising prices")
	fnGenitive                              // joins a noun to what it is of ("the impact of rises")
	fnComplement                            // opens a change noun's complement ("a rise in Europe")
	fnMonthModal                            // a month's name that opens a sentence as a modal verb ("May")
	fnPossessive                            // owns the name after it ("our Tory government")
)

var fnRoles = map[string]fnRole{"first-person": fnFirstPerson, "first-person-not-caps": fnFirstPersonNotCaps,
	"determiner": fnDeterminer, "recipient": fnRecipient, "source": fnSource, "agent": fnAgent, "auxiliary": fnAuxiliary,
	"future": fnFuture, "past": fnPast, "irrealis": fnIrrealis,
	"prospective": fnProspective, "name-joiner": fnNameJoiner, "locative": fnLocative, "clause-opener": fnClauseOpener,
	"measure": fnMeasure, "effect": fnEffect, "oblique": fnOblique, "backshift": fnBackshift, "definite": fnDefinite,
	"initials-joiner": fnInitialsJoiner, "cause": fnCause, "genitive": fnGenitive, "complement": fnComplement,
	"month-modal": fnMonthModal, "possessive": fnPossessive}

// loadGrammar reads the function words' roles and the name endings.
func (m *Matcher) loadGrammar() error {
	t, err := lang.Load(m.lang, "match-grammar")
	if err != nil {
		return err
	}
	m.fn = map[string]fnRole{}
	for _, k := range t.Order {
		for _, r := range strings.Split(t.Field(k, 0), ",") {
			r = strings.TrimSpace(r)
			if ends := map[string]*[]string{"name-ending": &m.nameEndings, "adverb-ending": &m.adverbEndings}[r]; ends != nil && strings.HasPrefix(k, "-") {
				*ends = append(*ends, k[1:])
				continue
			}
			if r == "inflection" {
				drop, ending, _ := strings.Cut(k, "+")
				m.inflections = append(m.inflections, inflection{drop: drop, ending: ending})
				continue
			}
			if r == "hyphen-prefix" && strings.HasSuffix(k, "-") {
				m.hyphenPrefixes = append(m.hyphenPrefixes, k[:len(k)-1])
				continue
			}
			role, ok := fnRoles[r]
			if !ok {
				return fmt.Errorf("match: match-grammar: %q has unknown role %q", k, r)
			}
			m.fn[k] |= role
		}
	}
	return nil
}

func (m *Matcher) addPhrase(p phrase) {
	if len(p.words) == 0 {
		return
	}
	first := p.words[0]
	list := append(m.phrases[first], p)
	// Longest first, aliases before synonyms of the same length.
	for i := len(list) - 1; i > 0 && (len(list[i].words) > len(list[i-1].words) ||
		len(list[i].words) == len(list[i-1].words) && !list[i].stem && list[i-1].stem); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	m.phrases[first] = list
	if len(p.words) > m.maxLen {
		m.maxLen = len(p.words)
	}
}

// Kinds of items.
const (
	Entity  = "entity"
	Concept = "concept"
	Word    = "word"
)

// Roles of an entity in a text.
const (
	RoleNone      = ""
	RoleAgent     = "agent"     // acts: before the predicate, or after "by"/"from"
	RoleRecipient = "recipient" // after "to"/"into"/"for"
)

// Item is a unit of meaning read from a text.
type Item struct {
	Kind string
	// ID is the canonical entity, the concept name or the word's stem.
	ID   string
	Span claimtrail.Span
	// W0 and W1 are the item's word range [W0, W1) in the text.
	W0, W1 int
	Text   string
	// Ref marks a word that only points back at something said before
	// ("the claims", "it").
	Ref bool
	// Verbal marks a word right after an auxiliary or "to", over adverbs:
	// a verb, no noun ("could offer the LSE savings" holds no offer).
	Verbal bool
}

// ItemizedText is a text with the items read from it (entities, concepts,
// content words).
type ItemizedText struct {
	Text  string
	Items []Item
	// FirstPerson reports "we", "our", "I", "my", "us": the speaker (or its
	// organisation) is the agent.
	FirstPerson bool
	words       []word
	// titleCase: the words are a headline's (Matcher.titleCase), read
	// once here for the name readers that ask again (nameRuns).
	titleCase bool
}

// Analyze reads a text into items.
func (m *Matcher) Analyze(text string) *ItemizedText { return m.analyze(text, false) }

// analyze reads a text into items; in names mode (a claim, a speaker's
// name) a capitalised first word is a name too.
func (m *Matcher) analyze(text string, names bool) *ItemizedText {
	ws := scanWords(text)
	a := &ItemizedText{Text: text, words: ws}
	if len(ws) > 0 {
		a.Items = make([]Item, 0, len(ws)) // an item a word at most, but for compounds' parts
	}
	titleCase := m.titleCase(ws)
	a.titleCase = titleCase
	for i := 0; i < len(ws); {
		w := ws[i]
		if r := m.fn[w.low]; r&fnFirstPerson != 0 || r&fnFirstPersonNotCaps != 0 && !w.allUpper {
			a.FirstPerson = true
			i++
			continue
		}
		if c := m.splitAt(text, ws, i); c != "" {
			// "sent the euro lower": the verb names the change, not what
			// it names alone (send: supply)
			a.Items = append(a.Items, Item{Kind: Concept, ID: c, Span: claimtrail.Span{Start: w.start, End: w.end}, Text: text[w.start:w.end], W0: i, W1: i + 1})
			i++
			continue
		}
		if it, n := m.lookup(ws, i); n > 0 && !(it.Kind == Concept && n == 1 && m.inName(ws, i, titleCase)) {
			it.W0, it.W1 = i, i+n
			it.Text = text[it.Span.Start:it.Span.End]
			a.Items = append(a.Items, it)
			i += n
			continue
		}
		i++
		if m.stops[w.low] {
			continue
		}
		if parts := m.compoundParts(text, w, i-1); parts != nil {
			a.Items = append(a.Items, parts...)
			continue
		}
		if w.upper && (names || !w.sentStart) && isLetters(strings.ReplaceAll(w.low, "-", "")) && m.number(w.low) == "" {
			a.Items = append(a.Items, Item{Kind: Entity, ID: m.nameKey(w.low), Span: claimtrail.Span{Start: w.start, End: w.end}, Text: text[w.start:w.end], W0: i - 1, W1: i})
			continue
		}
		st := m.stemAt(ws, i-1)
		if st == "" {
			continue
		}
		a.Items = append(a.Items, Item{Kind: Word, ID: st, Span: claimtrail.Span{Start: w.start, End: w.end}, Text: text[w.start:w.end], W0: i - 1, W1: i, Ref: m.refs[w.low]})
	}
	m.markVerbal(a)
	return a
}

// inName reports whether word i, capitalised inside a sentence, is part
// of a name of several capitalised words ("Manchester United", not the
// concept of units), unless the text is in title case.
func (m *Matcher) inName(ws []word, i int, titleCase bool) bool {
	w := ws[i]
	if titleCase || !w.upper || w.sentStart || w.allUpper {
		return false
	}
	// The word before may begin the sentence ("Manchester United fans"),
	// unless it is a function word ("The Army said").
	prev := i > 0 && ws[i-1].upper && !ws[i-1].allUpper && !m.stops[ws[i-1].low]
	next := i+1 < len(ws) && ws[i+1].upper && !ws[i+1].sentStart && !ws[i+1].allUpper
	return prev || next
}

// A claim or headline is in title case when every word after the first
// but function words, at least three, is capitalised: a headline
// capitalises them all, and a text with one in lower case is written in
// sentence case (sentenceCase), where a capital marks a name.
const (
	titleCaseShare = 1
	titleCaseLeast = 3
)

// titleCase reports a text whose every word after the first but function
// words is capitalised (a headline): there capitals do not mark names.
func (m *Matcher) titleCase(ws []word) bool {
	upper, n := 0, 0
	for i, w := range ws {
		if i == 0 || m.stops[w.low] || !isLetters(strings.ReplaceAll(w.low, "-", "")) {
			continue
		}
		n++
		if w.upper {
			upper++
		}
	}
	return token.TitleCase(n, upper, titleCaseLeast, titleCaseShare)
}

// sentenceCase reports a text that writes a content word after its first
// in lower case: there a capital marks a name.
func (m *Matcher) sentenceCase(ws []word) bool {
	for i, w := range ws {
		if i > 0 && !w.upper && !m.stops[w.low] && isLetters(strings.ReplaceAll(w.low, "-", "")) {
			return true
		}
	}
	return false
}

// nameKey folds a name that no table knows so that a place and its
// adjective meet: "veldovian" and "veldovia" both give "veldovia".
func (m *Matcher) nameKey(low string) string {
	if len(low) <= 5 {
		return low
	}
	for _, e := range m.nameEndings {
		if strings.HasSuffix(low, e) {
			return low[:len(low)-1]
		}
	}
	return low
}

// lookup finds the longest table entry starting at word i.
func (m *Matcher) lookup(ws []word, i int) (Item, int) {
	low := ws[i].low
	cands := m.phrases[low]
	st := ""
	if len(low) > 0 {
		st = m.stemAt(ws, i)
		// A function word is read as written: "quite" is no "quit".
		if st != low && !m.stops[low] {
			cands = append(cands[:len(cands):len(cands)], m.phrases[st]...)
		}
	}
	best, bestN := phrase{}, 0
	for _, p := range cands {
		n := len(p.words)
		if n <= bestN || i+n > len(ws) {
			continue
		}
		ok := true
		for k, pw := range p.words {
			w := ws[i+k].low
			if p.stem && k < len(p.raw) && p.raw[k] == w+"s" {
				ok = false
				break
			}
			if p.stem {
				w = m.stemAt(ws, i+k)
			}
			if w != pw {
				ok = false
				break
			}
		}
		// Short aliases that are also common words ("us", "un") count
		// only when written in capitals.
		if ok && !p.stem && n == 1 && len(low) <= 3 && !ws[i].allUpper && !strings.Contains(low, ".") {
			ok = false
		}
		if ok && p.caps && !ws[i].upper {
			ok = false
		}
		if ok && p.stem && n == 1 && ws[i].low != p.raw[0] && m.otherLemma(ws[i].low, p.raw[0]) {
			ok = false
		}
		if ok {
			best, bestN = p, n
		}
	}
	if bestN == 0 {
		return m.hyphenedName(ws[i])
	}
	span := claimtrail.Span{Start: ws[i].start, End: ws[i+bestN-1].end}
	if best.stem {
		return Item{Kind: Concept, ID: best.concpt, Span: span}, bestN
	}
	return Item{Kind: Entity, ID: best.entity, Span: span}, bestN
}

// otherLemma reports whether a text word that shares its stem with a
// synonym-set member is a form of another word: "plans" is no "plane".
// WordNet tells; a word it lacks is the member's form.
func (m *Matcher) otherLemma(low, member string) bool {
	if m.regularForm(low, member) {
		return false // most matches: no WordNet look-up in the hot path
	}
	ls := m.wnLemmasOf(low)
	return len(ls) > 0 && !slices.Contains(ls, member) && len(m.wnLemmasOf(member)) > 0
}

// regularForm reports whether a lower-case word is a member's regular
// inflection (match-grammar role inflection: the member with an ending,
// or with its final letter dropped before one: "raising", "rallied").
func (m *Matcher) regularForm(low, member string) bool {
	if low == member {
		return true
	}
	for _, f := range m.inflections {
		stem, ok := strings.CutSuffix(member, f.drop)
		if ok && len(low) == len(stem)+len(f.ending) && strings.HasPrefix(low, stem) && strings.HasSuffix(low, f.ending) {
			return true
		}
	}
	return false
}

// hyphenedName reads a hyphenated word whose first part is a known name
// or its adjective ("Iranian-made", "Kremlin-backed") as that name; a
// short first part ("us-led") is too often a common word.
func (m *Matcher) hyphenedName(w word) (Item, int) {
	pre, _, ok := strings.Cut(w.low, "-")
	if !ok || len(pre) <= 3 {
		return Item{}, 0
	}
	for _, p := range m.phrases[pre] {
		if !p.stem && len(p.words) == 1 {
			return Item{Kind: Entity, ID: p.entity, Span: claimtrail.Span{Start: w.start, End: w.end}}, 1
		}
	}
	return Item{}, 0
}

// pointsBack reports whether the text names someone only by a
// third-person pronoun or points back with a reference noun.
func (a *ItemizedText) pointsBack(m *Matcher) bool {
	for _, w := range a.words {
		if m.backRefs[w.low] {
			return true
		}
	}
	for _, it := range a.Items {
		if it.Ref {
			return true
		}
	}
	return false
}

// IsReference reports whether the analysed content only points back at a
// claim named before: every item is a reference word ("the claims", "the
// same words", "it").
func (a *ItemizedText) IsReference() bool {
	refs := 0
	for _, it := range a.Items {
		switch {
		case it.Ref:
			refs++
		default:
			return false
		}
	}
	return refs > 0
}
