// Package speaker resolves the speaker of each attribution of a document
// (docs/design.md, "Extraction", step 4): the source mention is read by
// the mention package, then a per-document discourse model resolves
// pronouns, surnames and definite descriptions to the entities named
// before; a sourceless statement shares the speaker of the statement
// before it in the same or the next sentence.
package speaker

import (
	"cmp"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
)

// Resolver resolves the speakers of one document at a time, in text
// order: Reset starts a document, Resolve reads each of its
// attributions. It keeps the document's discourse model and buffers: it
// is not safe for concurrent use.
type Resolver struct {
	mentions     *mention.Parser
	publications *lang.Table
	relays       *lang.Table // "quoted … as saying"
	stopwords    *lang.Table // function words: "But Evans said" names no Evans
	aliases      *lang.Table // bodies' other names, parties' as written ("Labour", "Lib Dems"): no person's
	thingRefs    *lang.Table // "it", "its": a name the content opens referring to so is no person's
	joiners      *lang.Table // "of": joins the capitalised words of a name ("House of Lords")
	pronouns     *lang.Table // what a pronoun may refer to: "which" to no person or group
	owned        *lang.Table // a possessive pronoun's pronoun ("its": "it") and the nouns that speak for their owner ("ruling")
	hearsay      *lang.Table // nouns naming what unnamed others say ("reports"): the anonymous speaker of "There were reports that …"
	personNouns  *lang.Table // nouns naming a person by what they are ("sister", "boss")
	nounGenders  *lang.Table // nouns naming one person of a sex ("woman", "spokesman"): the pronoun that may mean them
	// officeModifiers are words that keep a role's words from naming
	// the holder of the office a description means ("shadow", "its")
	officeModifiers *lang.Table
	// soleOffices are the offices one person holds at a time ("prime
	// minister"): a description of one means no person the text gives
	// another role (Resolver.personBefore)
	soleOffices  *lang.Table
	bodyHeads    *lang.Table       // "alliance": "the alliance" is the one body the text names so (bodyByHead)
	soleHeads    *lang.Table       // "giant": "the sports giant" is the one company its paragraphs name (soleCompany)
	bodyVoices   *lang.Table       // "spokesman": "A spokesman said" speaks for the one body named before (voicedBody)
	months, days *lang.Table       // "June", "Monday": no company's name (bodyCandidate)
	docWords     *lang.Table       // "conducted": a participle of making a document, before its author (ownerAfter)
	ownerWords   *lang.Table       // "from": a word between a document's noun and its owner besides "by" (ownerAfter)
	voices       *lang.Table       // "authors", "%": a study's authors or a survey's respondents (voicesOwner)
	outletKinds  *lang.Table       // "magazine" → magazine, "radio" → radio: the kind of outlet a word tells (outletNamed)
	nameHeads    *lang.Table       // words ending a body's name ("networks", "games"): evidenceType
	givenNames   *lang.Table       // "tony": a name opening with one is a person's (unreadName)
	channels     *lang.Table       // "statement": a noun of a statement's channel names no speaker (statementBy)
	outletNouns  *lang.Table       // "newspaper": "The Mirror newspaper" names the Mirror (publicationName)
	authoredDocs *lang.Table       // "letter": a document in its author's voice the tagger's document-nouns.tsv leaves out (documentHead)
	companies    *lang.Table       // "firm" (generic), "drugmaker" (company): what "the firm" may mean (describesHead)
	linking      *lang.Table       // polarity-words: a copula's complement is no governed name (governedName)
	clauses      *lang.Table       // stance-clauses: "though", "while" open a clause, whose subject no word before governs (governed)
	descNames    *lang.Table       // "party": the words a body's name holds that "the party" may mean (nameFitsHead)
	peopleNouns  *lang.Table       // "fan": a plural subject naming people that "they" means (peoplePlural)
	reportNouns  *lang.Table       // "claim", "story": "a story claiming …" is the story's (reportParticiple)
	demonyms     *lang.Table       // "indian": India, whose government "the Indian government" is (placeGovernment)
	placeBodies  *lang.Table       // "government": "Government of {place}", the name of a place's body (placeGovernment)
	countries    map[string]string // the demonyms table's countries by their lower-case name: "venezuela": Venezuela
	d            *layer.Doc
	reads        []mentionRead  // the mentions read in d so far (read)
	readAt       map[[2]int]int // index of reads by run, once it is long (read)
	ents         entities
	lastEnt      int // the entity of the last resolved speaker or noted source (Note), -1 when none
	// spokeEnt is the entity of the last statement's speaker, -1 when
	// none: a sourceless statement continuing it is its speaker's, not
	// that of a group noted since
	spokeEnt int
	kept     []entity // the entities before a Note, to restore when it notes no one
	// notedAt is the sentence of the source a Note last noted, -1 when none
	notedAt int32
	// notedSent is the sentence of the last source that named a
	// statement by its channel noun ("Mr Crosby's statement said"), -1
	// when none did: an "it" just after means that statement's maker
	notedSent    int32
	prevSent     int32 // the sentence of the last cue with a source
	prevSrc      bool  // a cue with a source has been read
	contentFirst int   // the first token of the content of the group being resolved, -1 when none
	isTitled     func(name string) bool
	givenName    func(name string) bool
}

// Result is the speaker of an attribution and what the discourse model
// knows of it that dating reads.
type Result struct {
	Speaker claimtrail.Speaker
	// Named is where the text last names the publication the speaker
	// is (its "published on …" sentence dates the statement), -1 when
	// the speaker is none of the publications the text names.
	Named int
	// Article is the same for the publication an "In the article"
	// opening the cue's sentence points at, -1 when there is none.
	Article int
}

// New returns a Resolver of language code.
func New(code string) (*Resolver, error) {
	mp, err := mention.New(code)
	if err != nil {
		return nil, err
	}
	r := &Resolver{mentions: mp}
	for _, t := range []struct {
		name string
		dst  **lang.Table
	}{
		{"publications", &r.publications}, {"relays", &r.relays}, {"stopwords", &r.stopwords},
		{"thing-references", &r.thingRefs}, {"origin-name-joiners", &r.joiners}, {"pronouns", &r.pronouns},
		{"owned-statements", &r.owned}, {"hearsay-nouns", &r.hearsay}, {"person-nouns", &r.personNouns},
		{"name-heads", &r.nameHeads}, {"given-names", &r.givenNames}, {"outlet-nouns", &r.outletNouns}, {"authored-documents", &r.authoredDocs},
		{"channels", &r.channels}, {"company-nouns", &r.companies}, {"office-modifiers", &r.officeModifiers},
		{"body-heads", &r.bodyHeads}, {"polarity-words", &r.linking}, {"description-names", &r.descNames},
		{"people-plurals", &r.peopleNouns}, {"reporting-nouns", &r.reportNouns}, {"demonyms", &r.demonyms},
		{"place-bodies", &r.placeBodies}, {"noun-genders", &r.nounGenders}, {"sole-name-heads", &r.soleHeads},
		{"body-voices", &r.bodyVoices},
		{"months", &r.months}, {"weekdays", &r.days}, {"document-nouns", &r.docWords}, {"document-owners", &r.ownerWords},
		{"study-voices", &r.voices}, {"outlet-kinds", &r.outletKinds}, {"aliases", &r.aliases},
		{"stance-clauses", &r.clauses}, {"sole-offices", &r.soleOffices},
	} {
		if *t.dst, err = lang.Load(code, t.name); err != nil {
			return nil, err
		}
	}
	r.isTitled = func(name string) bool { return mp.TitledSurname(name) != "" }
	r.countries = map[string]string{}
	for _, k := range r.demonyms.Order {
		if r.demonyms.Field(k, 1) == "country" {
			r.countries[strings.ToLower(r.demonyms.Field(k, 0))] = r.demonyms.Field(k, 0)
		}
	}
	given := r.givenNames
	r.givenName = func(name string) bool {
		first, rest, ok := strings.Cut(name, " ")
		return ok && rest != "" && given.HasFold(first)
	}
	return r, nil
}

// Reset starts the discourse model of d: the publications and the people
// it names anywhere.
func (r *Resolver) Reset(d *layer.Doc) {
	r.d, r.reads = d, r.reads[:0]
	clear(r.readAt)
	r.ents = entities{people: r.ents.people[:0], occ: r.ents.occ[:0], said: r.ents.said[:0], text: d.Text, isTitled: r.isTitled, givenName: r.givenName, nameGender: r.mentions.NameGender, governedName: r.governedName} // the list's memory is reused document to document
	r.lastEnt, r.spokeEnt, r.prevSent, r.prevSrc, r.notedSent, r.ents.noted, r.notedAt, r.ents.notedBody = -1, -1, -1, false, -1, -1, -1, -1
	r.scanEntities(d, &r.ents)
	r.scanOccurrences(d, &r.ents)
	r.markTeamWords(&r.ents)
	r.markBodiesShown(&r.ents)
	for i := range r.ents.list {
		r.ents.list[i].named = r.ents.list[i].at // all publications so far
	}
}

// Resolve returns the speaker of g, whose statement follows prev (nil
// for the first). It reports false when g makes no statement: it has no
// source and continues no statement before it.
func (r *Resolver) Resolve(g attrib.Group, prev *claimtrail.Statement) (Result, bool) {
	d, es := r.d, &r.ents
	var sp claimtrail.Speaker
	sentID := d.Sent[g.Cue.First]
	shares := len(g.Sources) == 0 && sentID == r.prevSent && r.prevSrc && prev != nil
	if run, ok := r.clauseSource(g, shares); ok {
		g.Source, g.Sources = run, []attrib.Run{run}
	}
	r.readContents(g)
	if prev != nil && prev.Span.End > d.Toks[d.Sents[sentID].First].Start {
		// "Mr Blair has failed, he claimed, saying …": what the statement
		// before in the sentence says names no speaker either
		for _, c := range prev.Content.Spans {
			es.content = append(es.content, [2]int{c.Start, c.End})
		}
	}
	if len(g.Sources) == 0 && sentID == r.prevSent && r.prevSrc && prev != nil && !g.Accused {
		// "X denied the claims and said that …": the same speaker
		sp = prev.Speaker
	}
	colon, byColon := r.colonSpeaker(g, prev, sentID)
	switch {
	case g.Accused:
		// "Yukos accused of lying": the accuser is not named; the speaker
		// is unknown, never the accused nor one carried over
		sp = claimtrail.Speaker{}
	case byColon:
		sp = colon
	case len(g.Sources) > 0 && r.expletive(g):
		// "It is predicted that …": no one is named
		s := claimtrail.Span{Start: d.Toks[g.Source.First].Start, End: d.Toks[g.Source.First].End}
		sp = claimtrail.Speaker{Mention: d.Text[s.Start:s.End], Span: &s, Type: claimtrail.SpeakerUnknown}
		if g.Cue.Last-g.Cue.First == 1 && r.hearsay.Has(d.Low[g.Cue.First]) {
			sp.Name, sp.Type = d.Low[g.Cue.First], claimtrail.SpeakerAnonymous // "There were reports that …": unnamed others'
		}
	case len(g.Sources) > 0:
		r.prevSrc, r.prevSent = true, sentID
		src := r.relativeHead(g.Cue, r.nameBeforeClause(g.Cue, r.appositiveHead(g, r.relayed(g))))
		sp = r.sourcePhrase(g, src, r.source(r.nameBeforeRelative(src)))
		es.noted, es.notedBody = -1, -1
	case sp.Name != "" || sp.Span != nil:
		// shared with the previous cue of the sentence
	case !g.Impersonal && r.notedBefore(g, sentID):
		// "Mr Blair told the programme: '…'": the group the tagger's
		// rules dropped named the one whose words follow in its sentence
		e := es.list[es.noted]
		sp = claimtrail.Speaker{Name: e.name, Role: e.role, Affiliation: e.affiliation, Type: e.typ}
		r.lastEnt, r.spokeEnt = es.noted, es.noted
	default:
		// no source: drop unless it continues the previous statement
		// (an implicit speaker in the same or the next sentence); a
		// passive naming no one ("it was announced that …") is kept
		// there too, said by no one the text names
		if r.spokeEnt < 0 || !continues(d, prev, g) {
			return Result{}, false
		}
		if !g.Impersonal {
			e := es.list[r.spokeEnt]
			sp = claimtrail.Speaker{Name: e.name, Role: e.role, Affiliation: e.affiliation, Type: e.typ}
		}
	}
	if sp.Type == "" {
		sp.Type = claimtrail.SpeakerUnknown
	}
	sp.Key = r.mentions.Key(sp.Name)
	res := Result{Speaker: sp, Named: -1, Article: -1}
	if e := es.named(sp.Name); e != nil {
		res.Named = e.named
		if e.described {
			res.Speaker.Key = claimtrail.DescriptionKey + sp.Key
		}
		if e.typ == claimtrail.SpeakerPerson {
			res.Speaker.Gender = firstNonEmpty(e.gender, r.mentions.NameGender(e.name))
		}
	}
	if e := r.articleRef(d, es, g); e != nil {
		res.Article = e.named
	}
	es.said = append(es.said, es.content...)
	return res, true
}

// source reads the source run src as a mention and resolves it against
// the discourse model.
func (r *Resolver) source(src attrib.Run) claimtrail.Speaker {
	d, es := r.d, &r.ents
	sp := claimtrail.Span{Start: d.Toks[src.First].Start, End: d.Toks[src.Last-1].End}
	if p := r.statementOwner(src); p > src.First {
		// "Mr Crosby's statement said": Mr Crosby spoke
		who := r.source(attrib.Run{Role: src.Role, First: src.First, Last: p})
		who.Mention, who.Span = d.Text[sp.Start:sp.End], &sp
		r.notedSent = d.Sent[src.First]
		return who
	}
	if who, ok := r.tailOwned(src, sp); ok {
		return who // "Kessel Town's statement to the stock exchange said": Kessel Town spoke
	}
	if who, ok := r.documentOwned(src); ok {
		return who // "the Harbour Institute report said": the institute spoke
	}
	if who, ok := r.pronounOwned(src); ok {
		return who // "its report said": whom "it" means spoke
	}
	m, body := r.asDescription(r.read(r.nameStart(src), r.beforeAgent(src)), src)
	named := src // the words that name the speaker: a relative pronoun's antecedent
	unread := false
	if m.Kind == mention.Pronoun && layer.IsRelative(m.Pronoun) {
		// "Mr Smith, who said …": the speaker is the antecedent;
		// without one ("activists and farmers who …") the speaker
		// stays unknown rather than the last one seen
		if f, l := r.relativeAntecedent(src.First, m.Pronoun); f < l {
			owner := r.ownerOfRelative(f, l, m.Pronoun)
			m, named = r.read(owner, l), attrib.Run{Role: src.Role, First: owner, Last: l}
			if owner < f && m.Type != claimtrail.SpeakerGroup {
				m.Type = claimtrail.SpeakerPerson // "who": the nurse, not the clinic
			}
		} else {
			unread = true
		}
	}
	who := claimtrail.Speaker{Mention: d.Text[sp.Start:sp.End], Span: &sp, Type: m.Type, Role: m.Role, Affiliation: m.Affiliation}
	ei := -1
	by, statement := r.statementBy(m, named)
	if statement {
		r.notedSent = d.Sent[src.First]
	}
	switch {
	case unread:
		who.Type = claimtrail.SpeakerUnknown
	case statement:
		ei = by // "An IAAF statement said … The statement continued"
	case body >= 0:
		ei = body // "Tolvane said … The German giant said"
	case m.Kind == mention.Pronoun && r.pronouns.Field(m.Pronoun, 0) == "thing" && r.lastEnt >= 0 && r.notedSent >= 0 && d.Sent[src.First]-r.notedSent <= 1:
		ei = r.lastEnt // "Mr Crosby's statement said: '…' It added: …"
	case m.Kind == mention.Proper && r.titled(m) >= 0:
		ei = r.titled(m)
	case m.Kind == mention.Proper && m.Type == claimtrail.SpeakerPerson && !strings.Contains(m.Name, " ") && r.surnameOf(m, sp.Start, src.First) >= 0:
		ei = r.surnameOf(m, sp.Start, src.First) // "Steve Green said … chief constable Green questioned …"
	case m.Kind == mention.Proper:
		weak := false
		if r.unreadName(m) {
			m.Type, weak = r.unreadType(m, named) // "Time Warner said it …": a body
			who.Type = m.Type
		}
		if m.Type == claimtrail.SpeakerPerson && (es.bodyShown(m.Name) || r.aliases.Has(m.Name)) {
			es.bodies = append(es.bodies, m.Name)                                             // "Labour says …": no "he" after it
			m.Type, who.Type = claimtrail.SpeakerOrganization, claimtrail.SpeakerOrganization // "Aguas Argentinas told …", which the tags call a body elsewhere
		}
		ei = es.add(entity{name: m.Name, role: m.Role, affiliation: m.Affiliation, typ: m.Type, head: m.Head, byTags: m.ByTags, at: sp.Start, named: -1, weak: weak,
			described: !hasCapital(m.Name)}) // "the fire service", "police"
	default:
		ei = r.referent(m, src, sp)
	}
	ei = r.namedPair(m, src, r.leadBody(m, src, ei)) // "…, the elections watchdog has said. The Harbour Commission says …"; "Tolvane and Kessel … The companies said"
	if m.Kind == mention.Proper {
		ei = r.soleCompany(m, src, ei) // "SEC to rethink … The US regulator said": a description the reader took for a name
	}
	if ei >= 0 {
		e := &es.list[ei]
		if m.Document != "" {
			e.document = m.Document // "A survey by Tolvane": "the survey" after it is Tolvane's
		}
		if e.typ == claimtrail.SpeakerPerson && (r.bodyName(e.name) || m.Kind == mention.Surname && es.bodyShown(e.name)) {
			e.typ = claimtrail.SpeakerOrganization // "Lycos" that the tags' "Lycos Europe" spells out; "Varnyu said" after "Varnyu, the … wine maker"
		}
		e.at, e.end, e.unsaid = sp.Start, sp.End, false
		if e.gender == "" && e.typ == claimtrail.SpeakerPerson {
			e.gender = r.mentions.Gender(m.Name) // "Mr Kell", whom the text named Ravi Kell
		}
		if e.gender == "" && e.typ == claimtrail.SpeakerPerson && m.Kind == mention.Pronoun {
			// "she" says what "Hilary Swank" did not: a later "he" means someone else
			e.gender = m.Gender
		}
		who.Name = e.name
		who.Role = firstNonEmpty(e.role, m.Role)
		who.Affiliation = firstNonEmpty(e.affiliation, m.Affiliation)
		who.Type = e.typ
		r.lastEnt, r.spokeEnt = ei, ei
	}
	return who
}

// relativeAntecedent returns the tokens of the antecedent of the
// relative pronoun at token k: for one that may mean people, the name a
// description set off by commas follows ("Lord Vell, head of the unit,
// who …"), else the phrase before it (antecedent); first == last when
// there is none.
func (r *Resolver) relativeAntecedent(k int, pronoun string) (first, last int) {
	people := r.pronouns.Field(pronoun, 0) != "thing"
	if people {
		if f, l := r.nameBeforeDescription(k); f < l {
			return f, l
		}
	}
	return r.antecedent(k, people)
}

// surnameOf returns the person a one-word personal name with a role
// ("chief constable Green") names when the text named that person in
// full before, -1 when it did not.
func (r *Resolver) surnameOf(m mention.Mention, at, k int) int {
	d := r.d
	m.Kind = mention.Surname
	return r.ents.resolve(m, at, d.Sent[k], d.Toks[d.Sents[d.Sent[k]].First].Start, -1)
}

// referent returns the entity a mention m at src (bytes sp) that is no
// proper name refers to — a pronoun, a surname, a description — or a new
// entity for it; -1 when there is none.
func (r *Resolver) referent(m mention.Mention, src attrib.Run, sp claimtrail.Span) int {
	d, es := r.d, &r.ents
	k := src.First
	if m.Kind == mention.Pronoun && r.contentFirst >= 0 && d.Sent[r.contentFirst] < d.Sent[k] {
		// "'… . … ,' he said": the quotation opens sentences before the
		// pronoun; whom it names is read back from where it opens
		k = r.contentFirst
	}
	if name := r.publicationName(m); name != "" {
		// "The Mirror newspaper said": the paper the text names, not
		// the latest publication named before
		return es.add(entity{name: name, typ: claimtrail.SpeakerPublication, head: m.Head, at: sp.Start, named: -1})
	}
	if ei := r.ownedDocument(m, src, sp); ei >= 0 {
		return ei
	}
	if r.personsAide(m) {
		// "The prime minister's official spokesman": the aide of the
		// person that role means, no one else holding the head's role
		return es.add(entity{name: m.Name, role: m.Role, typ: claimtrail.SpeakerPerson, head: m.Head, at: sp.Start, named: -1, unnamed: true, described: true})
	}
	ei := -1
	if m.Kind == mention.Definite && m.Type == claimtrail.SpeakerOrganization {
		ei = r.ownerOpeningContent(k) // "Veltron's new player, the Z5, will go on sale, the company said"
	}
	if ei < 0 {
		ei = es.resolve(m, d.Toks[k].Start, d.Sent[k], d.Toks[d.Sents[d.Sent[k]].First].Start, r.lastFor(m))
		ei = r.staleHeadMatch(m, k, ei)
	}
	if ei < 0 && m.Kind == mention.Definite && m.Type == claimtrail.SpeakerOrganization {
		ei = r.organizationBefore(src.First) // "Tolvane Corp cut jobs. The company said …"
		if ei < 0 {
			ei = r.organizationNamed(m, src.First) // "German airline Lufthansa … The airline said …"
		}
		ei = r.articleOverPassing(m, ei) // "… Oil giant Shell last year … The company said" in an article about Unilever
	} else if m.Kind == mention.Definite && m.Type == claimtrail.SpeakerOrganization && es.list[ei].described && !hasCapital(es.list[ei].name) {
		// "the company" an earlier description left unnamed: the body
		// that spoke by name since or before ("Krispy Kreme said …
		// the company was unavailable to comment"), or that the text
		// described as one ("bookmaker Ada Hill"), not a name the tags
		// alone mark
		if named := r.organizationNamed(m, src.First); named >= 0 {
			ei = named
		}
	}
	if ei < 0 && m.Kind == mention.Definite && m.Type == claimtrail.SpeakerPublication {
		ei = r.publicationNamed(sp.Start) // "the Financial Times Deutschland reported … the paper said"
	}
	if (ei < 0 || !es.byName(ei)) && (m.Kind == mention.Definite || m.Definite) && (m.Type == claimtrail.SpeakerPublication || m.Type == claimtrail.SpeakerUnknown) {
		if oi := r.outletNamed(m.Head, src); oi >= 0 {
			ei = oi // "US magazine Rolling Stone … the magazine reported", "Radio 1 said … the station said"
		}
	}
	if m.Kind == mention.Definite && m.Type == claimtrail.SpeakerPerson {
		ei = r.quotedDescribed(m, src, ei) // "Kell won. '…,' said the American": Kell, whoever spoke before
		ei = r.describedPerson(src, ei)
	} else if m.Definite && m.Type == claimtrail.SpeakerUnknown {
		ei = r.titledHolder(m, src, ei)
	}
	if oi := r.ownSubjectForIt(m, src.First, ei); oi >= 0 {
		ei = oi // "The council is selling farms which it says are idle"
	}
	if m.Kind == mention.Pronoun && !layer.IsRelative(m.Pronoun) && (ei < 0 || es.list[ei].at < d.Toks[d.Sents[d.Sent[k]].First].Start) {
		ei = r.sentenceBefore(m, k, ei)
	}
	if m.Kind == mention.Pronoun && m.Type == claimtrail.SpeakerPerson {
		if di := r.describedOverOblique(k, m.Gender, ei); di >= 0 {
			ei = di // "The 29-year-old was third behind Ana Rush … she said": not Ana Rush
		}
	}
	ei = r.ofItsKind(m, src.First, k, ei)
	if ei < 0 && m.Kind == mention.Pronoun && m.Gender != "" {
		ei = r.unresolvedPronoun(m, k)
	}
	if ei < 0 && m.Kind == mention.Pronoun && r.pronouns.Field(m.Pronoun, 0) == "thing" && !layer.IsRelative(m.Pronoun) {
		// "Shares in Tolvane Group fell after it said …": no speaker
		// before it, the organisation the text names nearest before
		ei = r.organizationForIt(k)
	}
	if ei < 0 && m.Kind == mention.Surname {
		if full, _ := r.fullNameBefore(m.Name, sp.Start); full != "" {
			ei = es.add(entity{name: full, typ: claimtrail.SpeakerPerson, at: sp.Start, named: -1})
		}
	}
	ei = r.describedElsewhere(m, src, ei)
	r.respondentsAsWritten(&m, src, ei) // "70%", "those questioned"
	if ei < 0 && m.Kind != mention.Pronoun && m.Name != "" {
		if body := r.voicedBody(m, src); body != "" {
			// "ACPO said it would review the guidance. A spokesman said …"
			m.Role, m.Affiliation, m.Type = m.Head, body, claimtrail.SpeakerPerson
		}
		ei = r.newEntity(m, src, sp)
	}
	return ei
}

// describedElsewhere returns the entity a description m at src means
// that the article names away from it — a body or company a speaker or
// the lead names, a survey's owner, a lead's description named in the
// next sentence, a document's owner named after it — in this order, each
// reading the entity the one before found; ei when none does.
func (r *Resolver) describedElsewhere(m mention.Mention, src attrib.Run, ei int) int {
	ei = r.bodyDescribed(m, src, ei)
	ei = r.soleCompany(m, src, r.voicedCompany(m, src, ei)) // "said Tolvane spokeswoman Ada Vell. … The company points out"
	ei = r.voicesOwner(m, src, ei)                          // "A survey by Tolvane … 59% of people said": Tolvane's survey
	ei = r.leadDescribed(m, src, ei)
	ei = r.leadHeadNamed(m, src, ei) // "…, a clergyman has said. The clergyman, Tom Vell, …": Tom Vell
	ei = r.describedAfterName(m, src, ei)
	return r.documentNamedAfter(m, src, ei) // "…, a survey suggests. The study, for Tolvane, …": Tolvane
}

// ownedDocument returns whose document a definite description of one
// at src names ("the survey", "the report"), -1 when m is none or its
// owner is not found.
func (r *Resolver) ownedDocument(m mention.Mention, src attrib.Run, sp claimtrail.Span) int {
	es := &r.ents
	if !(m.Kind == mention.Definite || m.Definite) || !r.mentions.IsDocument(m.Head) {
		return -1
	}
	if ei := es.authorOf(m.Head, sp.Start); ei >= 0 {
		return ei // "A recent survey by Tolvane … The survey also found": Tolvane
	}
	if ei := r.bodyThatSpoke(src); ei >= 0 {
		es.list[ei].document = m.Head
		return ei // "… the OECD said. Overall, the report forecast …": the OECD's
	}
	return r.studyOwner(m, src) // "research from analysts Tolvane … the report said": Tolvane's
}

// newEntity adds the speaker mention m at src names as an entity of its
// own, when nothing before resolves it, and returns its index.
func (r *Resolver) newEntity(m mention.Mention, src attrib.Run, sp claimtrail.Span) int {
	weak := m.Kind == mention.Surname && m.Type == claimtrail.SpeakerUnknown
	if weak {
		k := src.Last - 1
		for k > src.First && r.d.Toks[k].Text(r.d.Text) != m.Name {
			k-- // "Surveys also show": the name's word, not the adverb the mention leaves out
		}
		m.Type = r.oneWordType(m, k)
	}
	described := m.Kind == mention.Definite || m.Kind == mention.Descriptor || !hasCapital(m.Name)
	return r.ents.add(entity{name: m.Name, role: m.Role, affiliation: m.Affiliation, typ: m.Type, head: m.Head, byTags: m.ByTags, at: sp.Start, named: -1, weak: weak,
		gender:    r.describedGender(m, described), // "A woman said … She said"
		unnamed:   m.Kind == mention.Definite && m.Type == claimtrail.SpeakerPerson,
		described: described})
}

// describedPerson returns the person a definite description of a person
// at src means, given ei, what the entities alone resolved it to (-1 for
// none): with none, a person named just before ("Roger Fennel won. The
// Swiss star said …"), the holder of its role ("heavy metal star Ada
// Vell … the heavy metal star said") or the article's protagonist ("Vell
// wins … 'I'm happy,' said the 23-year-old"); with a description an
// earlier one left unnamed ("the presenter"), the role's holder or the
// protagonist when there is one.
func (r *Resolver) describedPerson(src attrib.Run, ei int) int {
	src = descriptionOnly(r.d, src) // "The 27-year-old, who captained Dunmore …, said"
	if ai := r.agedNamedBefore(src.First, src.Last); ai >= 0 {
		return ai // "… Ina Moss, who plays the queen. The 14-year-old said": the one named just before
	}
	if ei >= 0 && r.heldByOther(src, ei) {
		ei = -1 // "Deputy Prime Minister Mr Dorney" is no "the prime minister"
	}
	if ei >= 0 {
		if e := r.ents.list[ei]; !e.unnamed || hasCapital(e.name) {
			return ei
		}
		if h := r.roleHolder(src.First, src.Last); h >= 0 {
			return h
		}
		if h := r.protagonist(src.First, src.Last); h >= 0 {
			return h
		}
		return ei
	}
	if ei = r.personBefore(src.First, src.Last); ei < 0 {
		if ei = r.roleHolder(src.First, src.Last); ei < 0 {
			ei = r.protagonist(src.First, src.Last)
		}
	}
	return ei
}

// ofItsKind returns the entity a mention m at token first (its
// pronoun's antecedent read back from token k) means when the entity ei
// resolved so far is not of its kind: "the party" a body whose name
// holds a party's word, never "Inland Revenue" (bodyFitting); "they" not
// resolved to a group named in its own sentence the plural subject
// naming people of the sentence before (pluralSubject); else ei.
func (r *Resolver) ofItsKind(m mention.Mention, first, k, ei int) int {
	d, es := r.d, &r.ents
	if m.Kind == mention.Definite && m.Type != claimtrail.SpeakerPerson && (ei < 0 || !r.nameFitsHead(m.Head, es.list[ei].name)) && !r.nameFitsHead(m.Head, "") {
		return r.bodyFitting(m.Head, first) // "The party says …" means no "Inland Revenue"
	}
	if m.Kind == mention.Pronoun && m.Type == claimtrail.SpeakerGroup && !layer.IsRelative(m.Pronoun) && (ei < 0 || es.list[ei].typ != claimtrail.SpeakerGroup && es.list[ei].at < d.Toks[d.Sents[d.Sent[k]].First].Start) {
		// "But fans around the world have pitched in … They are also
		// asking …": the plural subject before, not a body named
		if pi := r.pluralSubject(k); pi >= 0 {
			return pi
		}
	}
	return ei
}

// unresolvedPronoun returns the entity a gendered pronoun at token k
// that neither a name near it nor the subject before resolved means: the
// last speaker, a name no evidence typed, when it spoke in the sentence
// before or the pronoun's own ("Ulo 3000 thanked fans. 'We love it,' he
// said"), now a person; else the latest person named in the six
// sentences before, when no one else was named since (personNear); -1
// when there is none.
func (r *Resolver) unresolvedPronoun(m mention.Mention, k int) int {
	d, es := r.d, &r.ents
	if l := r.lastEnt; l >= 0 && es.list[l].typ == claimtrail.SpeakerUnknown && layer.Capitalised(es.list[l].name) && es.list[l].at >= r.prevSentStart(k) &&
		!es.namedInContent(es.list[l].name, titledSurname) {
		es.list[l].typ, es.list[l].gender = claimtrail.SpeakerPerson, m.Gender
		return l
	}
	if o := es.personNear(d.Toks[k].Start, d.Sent[k], m.Gender); o != nil {
		i := es.addNamed(o)
		if es.list[i].typ != claimtrail.SpeakerPerson {
			return -1 // a name the text showed to be a body's: "he" means no "Tolvane Networks"
		}
		es.list[i].gender = cmp.Or(es.list[i].gender, m.Gender) // "she" says what the name did not
		if t := r.titleBefore(o.start); t != "" && es.list[i].name == o.name && !strings.Contains(o.name, " ") {
			es.list[i].name = t + " " + o.name // "Mrs Quarrel", whose title the tags left out
		}
		return i
	}
	return -1
}

// describedGender returns the sex, "m" or "f", of the one person a
// description names by its head noun ("a woman", "the spokesman"), ""
// for a name ("Ms King" is no king: its head is capitalised) or a head
// of either sex.
func (r *Resolver) describedGender(m mention.Mention, described bool) string {
	if !described || m.Head == "" || !slices.Contains(strings.Fields(m.Name), m.Head) {
		return ""
	}
	return r.nounGenders.FieldFold(m.Head, 0)
}

// oneWordType types a one-word name at token k the text gives no other
// reading of (no title, no full name, no entity tag of a body): by the
// description beside it ("Wipro, India's third-biggest software firm"),
// a country's by its shape ("Varnia said …"), people's when it is a
// plural ("Prosecutors allege …"), a body's when the statement's content opens
// referring back to it as a thing ("Varnia said its troops …",
// "Tolvane's announcement that it would …"), else a person's, which
// "the company" later may still correct.
func (r *Resolver) oneWordType(m mention.Mention, k int) string {
	if m.Role != "" {
		typ, _ := r.unreadType(m, attrib.Run{})
		return typ
	}
	if r.mentions.IsCountryName(m.Name) {
		return claimtrail.SpeakerGovernment
	}
	if r.aliases.Has(m.Name) {
		return claimtrail.SpeakerOrganization // "Labour says …": a party's name as the aliases table writes it
	}
	if r.mentions.PluralOfPerson(m.Name) {
		return claimtrail.SpeakerGroup // "MPs": people, no name
	}
	if r.saysIt() || r.opensBodyName(m.Name) || r.namedAsBody(m.Name) {
		return claimtrail.SpeakerOrganization
	}
	if r.commonPlural(k) {
		if r.mentions.IsPeoplePlural(m.Name) {
			return claimtrail.SpeakerGroup // "Prosecutors allege …"
		}
		return claimtrail.SpeakerUnknown // "Reports said …"
	}
	return claimtrail.SpeakerPerson
}

// commonPlural reports whether token k is a plural common noun the
// entity tags do not call a person ("Prosecutors", not "Ebbers").
func (r *Resolver) commonPlural(k int) bool {
	d := r.d
	return d.POS != nil && r.pos(k) == "NNS" && (d.NER == nil || !strings.HasSuffix(d.NERNames[d.NER[k]], "PERSON"))
}

// continues reports whether a sourceless group follows the previous
// statement closely enough to share its speaker.
func continues(d *layer.Doc, prev *claimtrail.Statement, g attrib.Group) bool {
	if prev == nil {
		return false
	}
	prevEnd := prev.Span.End
	// within the same or the next sentence
	k := g.Cue.First
	for k > 0 && d.Toks[k].Start > prevEnd {
		k--
	}
	return d.Sent[g.Cue.First]-d.Sent[k] <= 1
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// hasCapital reports whether a name holds a capitalised word: "fire
// service" and "police" describe a body, "Fire Brigades Union" names one.
func hasCapital(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if layer.Capitalised(w) {
			return true
		}
	}
	return false
}
