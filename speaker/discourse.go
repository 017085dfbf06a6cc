package speaker

import (
	"cmp"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/mention"
)

// entity is a referent seen in the document, for resolving later mentions.
type entity struct {
	name, role, affiliation, typ string
	head                         string
	byTags                       bool   // typed organisation by the entity tags alone
	gender                       string // "m" or "f" when a title said so ("Mr Smith"), else ""
	// weak is set for a one-word name typed by its shape or its
	// statement (Resolver.oneWordType), or person for want of any other
	// reading: "the company" may show it is an organisation
	weak bool
	// unnamed is set for a description of a person the text does not
	// name ("the Russian"): a name given since is a pronoun's better
	// antecedent
	unnamed bool
	// described is set for an entity a description names, not a name
	// ("a spokesman", "fire service"): a store links it within its
	// article only (claimtrail.DescriptionKey)
	described bool
	// document is the noun of the document the entity last spoke
	// through as its author ("survey" after "A recent survey by
	// Tolvane"): "the survey" after it is the same author's
	document string
	// unsaid is set for a body named only as the source of a group that
	// made no statement (Resolver.Note): "it" may mean it, "they" not
	unsaid bool
	at     int // byte offset of its latest mention
	end    int // where that mention ends (0 when it was not a source)
	// named is, for a publication the text names, where it last names it
	// (Result.Named); -1 for any other entity
	named int
}

// authorOf returns the latest entity mentioned before byte at, or there
// (the subject a pronoun looks back to), that spoke through a document
// named by noun ("A recent survey by Tolvane … the survey found"), -1
// when none did.
func (es *entities) authorOf(noun string, at int) int {
	best := -1
	for i, e := range es.list {
		if e.document == noun && e.at <= at && (best < 0 || e.at > es.list[best].at) {
			best = i
		}
	}
	return best
}

// entities is the document's discourse model, in order of last mention.
type entities struct {
	list []entity
	// noted is the entity a group that made no statement named last
	// (Resolver.Note), -1 when a speaker was resolved since: a name
	// given after its mention in the same sentence is nearer for a
	// pronoun ("Dr Fox refused to discuss reports of a loan from Lord
	// Vell after he said …")
	noted int
	// notedBody is the body a group that made no statement named by
	// its proper name (Resolver.Note), -1 when none: "it" and "the
	// firm" may mean it, "he" and "they" not (Resolver.lastFor)
	notedBody int
	// people are the persons the text names anywhere (entity tags), by
	// first mention: a surname-only source may name one introduced
	// outside any statement ("Governor Ruth Calder" … "CALDER: …").
	people []entity
	// occ are the tagged names of the text at each mention
	occ []occurrence
	// bodies are the names the tags call a person somewhere that the
	// text shows to be a body's (Resolver.markBodiesShown)
	bodies []string
	// teamWords are the one-word names the text uses as no person's
	// (Resolver.markTeamWords): "Chelsea" in "Chelsea chairman"
	teamWords []string
	// content are the byte ranges of the content of the statement being
	// resolved: a name in what the speaker says is none the pronoun
	// naming the speaker refers to
	content [][2]int
	// said are the byte ranges of the contents of the statements
	// resolved so far: whom a speaker talks about is not, for that
	// alone, whom the next pronoun means
	said [][2]int
	text string // the document's text, which content indexes
	// isTitled reports whether a name is an abbreviated title and a
	// surname ("Mr Blair")
	isTitled func(name string) bool
	// givenName reports whether a name of two words or more opens with
	// a given name ("Rachel Lomax")
	givenName func(name string) bool
	// nameGender returns the gender a person's name says by its title
	// or given name, "" when neither does
	nameGender func(name string) string
	// contentEnd is where the sentence of the cue being resolved ends:
	// a content the tagger ran on past it names no one the cue's
	// pronoun could not mean
	contentEnd int
	// governedName reports whether the name at a byte offset is what a
	// verb or preposition governs, so no better antecedent of the
	// pronoun at another than the last speaker (Resolver.governedName);
	// own: in the pronoun's own sentence
	governedName func(at, pronoun int, own bool) bool
}

// How namedInContent finds a person's surname alone.
const (
	fullNameOnly  = iota // "They say that Turkcell is a security risk"
	titledSurname        // "Mr Blair's government was …", he added: not Tony Blair; "Pound's remarks", he told
	anySurname           // "The premier insisted Mr Brown will …": not Gordon Brown
)

// byName reports whether entity ei is one a name resolved, not a
// description the text left unnamed ("the company" with no name yet): a
// rule that resolves descriptions leaves it as it is.
func (es *entities) byName(ei int) bool {
	return ei >= 0 && (!es.list[ei].described || hasCapital(es.list[ei].name))
}

// namedInContent reports whether the content of the statement being
// resolved, in the cue's sentence, gives name, or a person's surname
// as how says: whom a speaker names is not the speaker.
func (es *entities) namedInContent(name string, how int) bool {
	if len(name) < 2 {
		return false
	}
	surname := ""
	if i := strings.LastIndexByte(name, ' '); how != fullNameOnly && i > 0 && len(name)-i > 3 {
		surname = name[i+1:] // "Brown"
	}
	for _, c := range es.content {
		t := es.text[c[0]:max(c[0], min(c[1], es.contentEnd))]
		if strings.Contains(t, name) {
			return true
		}
		for i := 0; surname != ""; {
			j := strings.Index(t[i:], surname)
			if j < 0 {
				break
			}
			at := i + j
			if how == anySurname || es.titledBefore(t[:at+len(surname)]) {
				return true
			}
			i = at + len(surname)
		}
	}
	return false
}

// titledBefore reports whether the text t ends in a title and a surname
// ("… Mr Blair").
func (es *entities) titledBefore(t string) bool {
	end := strings.LastIndexByte(t, ' ')
	if end < 0 {
		return false
	}
	start := strings.LastIndexByte(t[:end], ' ') + 1
	return es.isTitled != nil && es.isTitled(t[start:])
}

// inContent reports whether byte at lies in the content of the statement
// being resolved.
func (es *entities) inContent(at int) bool { return inRanges(es.content, at) }

// inRanges reports whether byte at lies in one of the ranges rs.
func inRanges(rs [][2]int, at int) bool {
	for _, c := range rs {
		if c[0] <= at && at < c[1] {
			return true
		}
	}
	return false
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
			if x.weak && e.weak && x.typ == claimtrail.SpeakerPerson && e.typ != claimtrail.SpeakerPerson {
				x.typ = e.typ // "Yukos had argued …", then "Yukos claimed it …": a body after all
			}
			if x.typ == "" || x.typ == claimtrail.SpeakerUnknown || (x.byTags || x.typ == claimtrail.SpeakerPublication) && e.typ == claimtrail.SpeakerPerson {
				// a person's mention overrides the entity tags, and the
				// publication a name's last word made of "Mr Fox"
				x.typ, x.byTags = e.typ, e.byTags
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
// sentStart is where the mention's sentence, sent, starts.
func (es *entities) resolve(m mention.Mention, at int, sent int32, sentStart int, last int) int {
	switch m.Kind {
	case mention.Pronoun:
		i := es.resolvePronoun(m, at, sent, sentStart, last)
		if i < 0 || es.fitsType(i, m.Type) {
			return i
		}
		if e := &es.list[i]; m.Type == claimtrail.SpeakerPerson && (e.byTags || es.givenName(e.name)) || m.Type != claimtrail.SpeakerPerson && m.Type != claimtrail.SpeakerGroup && (e.weak || e.gender == "" && !es.givenName(e.name) && !es.isTitled(e.name)) {
			// the entity tags' organisation, or a name opening with a
			// given name, that "he" means; a person with no given name
			// or title that "it" means (the tags' organisation here:
			// "Lycos Europe")
			e.typ, e.byTags, e.weak = m.Type, false, false
			if m.Type != claimtrail.SpeakerPerson {
				e.typ = claimtrail.SpeakerOrganization
			}
			return i
		}
		return -1 // a name the tags call a person here that the text showed to be a body's: "he" is none of "Tolvane Networks"
	case mention.Surname:
		// a transcript's labels are in capitals: "PENCE" is Mike Pence
		names := func(e entity) bool { return hasSuffixFold(e.name, " "+m.Name) || hasPrefixFold(e.name, m.Name+" ") }
		for i := len(es.list) - 1; i >= 0; i-- {
			if e := es.list[i]; (e.typ == claimtrail.SpeakerPerson || e.byTags) && names(e) {
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
		// else a firm of partners named before whose last name it is:
		// "Ernst & Young … Young said" names no Mr Young (the entity
		// tags alone call too many people organisations)
		for i := len(es.list) - 1; i >= 0; i-- {
			if e := es.list[i]; e.at < at && partners(e.name) && e.typ != claimtrail.SpeakerPerson && hasSuffixFold(e.name, " "+m.Name) {
				return i
			}
		}
		for i := len(es.occ) - 1; i >= 0; i-- {
			if o := &es.occ[i]; o.start < at && partners(o.name) && o.typ == claimtrail.SpeakerOrganization && hasSuffixFold(o.name, " "+m.Name) {
				return es.addNamed(o)
			}
		}
	case mention.Definite:
		best, bestAt := -1, -1
		spoke := false // "The paper said" means a publication that spoke before one the text only names ("told the BBC")
		for i, e := range es.list {
			if e.at > at || m.Type == claimtrail.SpeakerPublication && spoke && e.end == 0 {
				continue
			}
			ok := false
			switch {
			case m.Type == claimtrail.SpeakerPublication:
				ok = e.typ == claimtrail.SpeakerPublication
			case m.Head != "" && (strings.EqualFold(e.head, m.Head) || (containsWordFold(e.role, m.Head) || containsWordFold(e.name, m.Head)) && (e.typ != claimtrail.SpeakerPerson || m.Type == claimtrail.SpeakerPerson)):
				// a person's role naming a body ("Party leader", "A
				// Labour Party spokesman") is no body "the party" means
				ok = m.Affiliation == "" || e.affiliation == "" || strings.EqualFold(e.affiliation, m.Affiliation)
			}
			if ok && (e.at > bestAt || m.Type == claimtrail.SpeakerPublication && !spoke && e.end > 0) {
				best, bestAt = i, e.at
				spoke = spoke || m.Type == claimtrail.SpeakerPublication && e.end > 0
			}
		}
		return best
	}
	return -1
}

// resolvePronoun is resolve for a pronoun.
func (es *entities) resolvePronoun(m mention.Mention, at int, sent int32, sentStart int, last int) int {
	want := m.Type
	fits := func(i int) bool {
		return i >= 0 && es.fitsType(i, want) && (!es.list[i].unsaid || want != claimtrail.SpeakerGroup && want != claimtrail.SpeakerPerson) && sameGender(es.genderOf(i), m.Gender) && !es.namedInContent(es.list[i].name, titledSurname)
	}
	// a name the text gives after the last speaker's mention is
	// nearer ("Ali Crane arrived. He said …"), unless that speaker
	// spoke in the pronoun's own sentence ("While Sella admitted he
	// liked the style seen against Wales, he said …")
	if o := es.pronounInText(at, sent, want, m.Gender); o != nil && (!fits(last) || es.list[last].unnamed && !inRanges(es.said, o.start) ||
		max(es.list[last].at+1, es.list[last].end) <= o.start && (es.list[last].at < sentStart || last == es.noted) && !inRanges(es.said, o.start) && !o.possessive && !es.governedName(o.start, at, o.sent == sent)) {
		return es.addNamed(o)
	}
	if fits(last) {
		return last
	}
	if last >= 0 && want == claimtrail.SpeakerPerson && es.list[last].byTags && es.list[last].at >= sentStart {
		// "While Sella admitted …, he said": the tags were wrong (a
		// speaker of an earlier sentence gives way to a person)
		es.list[last].typ, es.list[last].byTags = claimtrail.SpeakerPerson, false
		return last
	}
	if o := es.latestInText(at, sent-2, want, m.Gender); o != nil {
		// "Mr Penrose met Ada Quill. Mr Penrose said … She said …"
		return es.addNamed(o)
	}
	for i := len(es.list) - 1; i >= 0; i-- {
		if es.list[i].at < at && fits(i) {
			return es.best(i, at, fits)
		}
	}
	return -1
}

// genderOf returns the gender entity i is known by: its title's ("Mr
// Kell"), a pronoun's that meant it, else its given name's ("Michael
// Howard" is no "she").
func (es *entities) genderOf(i int) string {
	return cmp.Or(es.list[i].gender, es.nameGender(es.list[i].name))
}

// sameGender reports whether a referent's gender may be a pronoun's:
// either unknown, or the same.
func sameGender(have, want string) bool { return have == "" || want == "" || have == want }

// best returns the most recent entity that fits (scanning back from i).
func (es *entities) best(i, at int, fits func(int) bool) int {
	bi, bat := i, es.list[i].at
	for k := range es.list {
		if es.list[k].at < at && es.list[k].at > bat && fits(k) {
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
	// "it" is one thing or body: never a person, nor a group, which
	// the mentions type by a plural ("Officials in Cojedes state", "Analysts")
	return have != claimtrail.SpeakerPerson && have != claimtrail.SpeakerGroup
}

// fitsType reports whether entity i may be what a pronoun of type want
// means: a type compatible with it, or, for "he" or "she", a description
// the text gives of one person of a known sex that names no one ("A
// woman who answered said … She said"), whatever type its mention had.
func (es *entities) fitsType(i int, want string) bool {
	e := &es.list[i]
	if want == claimtrail.SpeakerPerson && es.bodyShown(e.name) {
		return false // "Yukos has said it …": a name the text shows to be a body's is no "he"
	}
	return compatible(e.typ, want) || want == claimtrail.SpeakerPerson && e.gender != "" && e.described &&
		(e.typ == claimtrail.SpeakerAnonymous || e.typ == claimtrail.SpeakerUnknown)
}

// partners reports whether name joins names with an ampersand, as a
// firm of partners does ("Ernst & Young", "Pellow & Young").
func partners(name string) bool { return strings.Contains(name, " & ") }

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func containsWordFold(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// named returns the entity named name, or nil.
func (es *entities) named(name string) *entity {
	if name == "" {
		return nil
	}
	for i := range es.list {
		if es.list[i].name == name {
			return &es.list[i]
		}
	}
	return nil
}
