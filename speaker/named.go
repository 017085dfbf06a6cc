package speaker

import (
	"cmp"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// occurrence is a name the entity tags mark in the text, person or
// organisation, at each of its mentions: a pronoun may refer to someone
// the text names outside any statement ("Mara Ellison arrived on
// Monday. She said …").
type occurrence struct {
	name   string
	typ    string
	start  int    // byte offset
	sent   int32  // sentence index
	gender string // as a title says ("Mr Kell"), else ""
	// personal is set for a person's name that reads as one: two words
	// or more, capitalised name words after an optional title — the
	// tags' "Blues", "Sage Centre" or "Under Mr Brown" are none
	personal bool
	// possessive is set for a name followed by "'s" ("Mr Blunkett's own
	// comments"): no subject, though maybe the topic; ofPerson when the
	// possessive names someone else ("Nils Varga's lawyers", "Edwards'
	// sister Rachel"), who acts instead
	possessive, ofPerson bool
	// object is set for a name right after a preposition ("standing
	// next to Mr Blair he added"): no subject of its sentence
	object bool
	// aside is set for a name right after a dash ("a US cheese arm -
	// Kessel Farms"): an apposition to what the sentence named before,
	// not its subject
	aside bool
	// opens is set for a name that opens its sentence, maybe after an
	// opener ("Kell had surgery", "But Kell said"): its subject
	opens bool
	// modifier is set for a one-word name right before a common noun
	// ("the great Milan side", "the Mac mini", "its Yuganskneftgas
	// unit"): it names a thing or body's part, not whom "he" means
	modifier bool
}

// scanOccurrences lists in es.occ the tagged person and organisation
// names of d in text order.
func (r *Resolver) scanOccurrences(d *layer.Doc, es *entities) {
	es.occ = es.occ[:0]
	if d.NER == nil {
		return
	}
	for i := 0; i < len(d.Toks); {
		tag := d.NERNames[d.NER[i]]
		typ := ""
		switch tag {
		case "B-PERSON":
			typ = claimtrail.SpeakerPerson
		case "B-ORGANIZATION":
			typ = claimtrail.SpeakerOrganization
		}
		if d.Toks[i].Kind == token.Word {
			if j := r.untaggedTitled(i); j > i {
				// "which saw Mr Blair start …": a title and a surname are a
				// person's name though the tags miss it (or call the title
				// alone an organisation)
				es.occ = append(es.occ, occurrence{name: d.Text[d.Toks[i].Start:d.Toks[j-1].End], typ: claimtrail.SpeakerPerson,
					start: d.Toks[i].Start, sent: d.Sent[i], gender: r.mentions.Gender(d.Low[i]), personal: true, possessive: j < len(d.Toks) && r.possessive(j), ofPerson: r.possessorOfPerson(j),
					object: i > 0 && layer.IsPreposition(d.Low[i-1])})
				i = j
				continue
			}
		}
		if typ == "" || d.Toks[i].Kind != token.Word {
			i++
			continue
		}
		j := i + 1
		for j < len(d.Toks) && d.NERNames[d.NER[j]] == "I"+tag[1:] && d.Line[j] == d.Line[i] {
			j++
		}
		if j-i >= 2 && (r.mentions.IsOpener(d.Low[i]) || layer.IsPreposition(d.Low[i])) {
			i++ // "But Umaga", "Under Mr Brown": the name starts after it
		}
		if typ == claimtrail.SpeakerOrganization {
			i = r.nameBeforeAmpersand(i) // "Kessel Farms & Dairy Products": the tags' "Dairy Products" is a piece of it
		}
		for j-i >= 2 && !layer.Capitalised(d.Toks[j-1].Text(d.Text)) {
			j-- // "Parry also"
		}
		if typ == claimtrail.SpeakerPerson && r.gluedOpener(i, j) {
			i++ // "Troubled Marsh", "Thursday Intel": the name starts after it
		}
		if lw := d.Low[i]; j == i+1 && (typ == claimtrail.SpeakerPerson && !r.mentions.IsNameWordLow(lw) || r.mentions.IsTitle(lw) || r.mentions.IsOpener(lw)) {
			i = j
			continue // "Mr" alone, whatever the tags call it
		}
		if q := r.roleBeforeName(i, j); q > i {
			i, typ = q, claimtrail.SpeakerPerson // "UK Chancellor Gordon Brown", whatever the tags call it, is Gordon Brown
		}
		personal := r.personal(i, j)
		if typ == claimtrail.SpeakerOrganization && personal && r.mentions.Gender(d.Low[i]) != "" {
			typ = claimtrail.SpeakerPerson // "Ms Alexander": a title says a person, whatever the tags say
		}
		es.occ = append(es.occ, occurrence{name: d.Text[d.Toks[i].Start:d.Toks[j-1].End], typ: typ,
			start: d.Toks[i].Start, sent: d.Sent[i], gender: r.genderAt(i, j), personal: personal, possessive: j < len(d.Toks) && r.possessive(j), ofPerson: r.possessorOfPerson(j),
			opens: r.opensSentence(i), modifier: j == i+1 && r.modifiesNoun(i), object: r.listedObject(i), aside: i > 0 && d.Sent[i-1] == d.Sent[i] && setOff(d, i-1) && !isComma(d, i-1)})
		i = j
	}
}

// listedObject reports whether the name at token i follows a
// preposition, right after it or as a later member of a list it
// governs ("after spells at Arsenal, Real Madrid and Paris St Germain"):
// no subject of its sentence.
func (r *Resolver) listedObject(i int) bool {
	d := r.d
	for k := i - 1; k >= 0 && d.Sent[k] == d.Sent[i]; k-- {
		w := d.Low[k]
		switch {
		case layer.IsPreposition(w):
			return true
		case isComma(d, k) || layer.IsConjunction(w) || layer.Capitalised(d.Toks[k].Text(d.Text)) && d.Toks[k].Kind == token.Word:
			continue // the list's members before it
		}
		return false
	}
	return false
}

// modifiesNoun reports whether the one-word name at token i stands
// inside a noun phrase, modifying the common noun after it: a
// determiner, adjective or possessive before it, a common noun of its
// sentence in lower case right after ("the great Milan side", "the Mac
// mini", "the firm's Yuganskneftgas unit"; not "And Henry afterwards",
// a subject whatever the tags call the word after).
func (r *Resolver) modifiesNoun(i int) bool {
	d := r.d
	j := i + 1
	if d.POS == nil || i == 0 || j >= len(d.Toks) || d.Sent[j] != d.Sent[i] || d.Sent[i-1] != d.Sent[i] || d.Toks[j].Kind != token.Word || layer.Capitalised(d.Toks[j].Text(d.Text)) {
		return false
	}
	switch r.pos(i - 1) {
	case "DT", "JJ", "PRP$", "POS":
	default:
		return false
	}
	p := r.pos(j)
	return p == "NN" || p == "NNS"
}

// opensSentence reports whether token i opens its sentence, maybe after
// one opener word ("But Kell said").
func (r *Resolver) opensSentence(i int) bool {
	first := r.d.Sents[r.d.Sent[i]].First
	return i == first || i == first+1 && r.mentions.IsOpener(r.d.Low[first])
}

// possessive reports whether token k is a possessive ending: "'s", or
// an apostrophe alone after a plural or a name in s ("Jones' lawyers").
func (r *Resolver) possessive(k int) bool {
	switch r.d.Low[k] {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// possessorOfPerson reports whether token k is a possessive ending
// whose noun, within the two words after it, names a person by role or
// by what they are ("'s lawyers", "' sister", "'s former boss").
func (r *Resolver) possessorOfPerson(k int) bool {
	d := r.d
	if k >= len(d.Toks) || !r.possessive(k) {
		return false
	}
	for q := k + 1; q < len(d.Toks) && q <= k+2 && d.Toks[q].Kind == token.Word; q++ {
		if w := d.Low[q]; r.personNouns.Has(w) || r.mentions.IsRoleWord(w) || r.mentions.PluralOfPerson(w) {
			return true
		}
	}
	return false
}

// personal reports whether tokens [i, j) read as a person's name: two
// words or more, a title maybe first, then capitalised words that may
// open a name and are no function words.
func (r *Resolver) personal(i, j int) bool {
	d := r.d
	if j-i < 2 {
		return false
	}
	if r.mentions.Gender(d.Low[i]) != "" {
		i++ // "Mr Kell"
	}
	for k := i; k < j; k++ {
		w := d.Toks[k].Text(d.Text)
		if d.Toks[k].Kind != token.Word || !layer.Capitalised(w) || !r.mentions.IsNameWordLow(d.Low[k]) || r.stopwords.Has(d.Low[k]) || layer.IsPreposition(d.Low[k]) {
			return false
		}
	}
	return true
}

// personalName reports whether name reads as one person's: two to four
// capitalised name words, or a title and one or more, no function word ("Top",
// "Stars In Their Eyes" and "Ann Kell and Ben Vell" are none).
func (r *Resolver) personalName(name string) bool {
	ws := strings.Fields(name)
	least := 2
	if len(ws) > 0 && r.mentions.IsTitle(ws[0]) {
		ws, least = ws[1:], 1 // "Mr Blunkett"
	}
	if len(ws) < least || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !r.mentions.IsNameWord(w) || r.stopwords.HasFold(w) {
			return false
		}
	}
	return true
}

// genderAt returns the gender a title says of the name at tokens [i, j):
// its own first word's ("Mr Kell") or the word before it ("Mrs" before
// the tagged "Ada Kell"); "" when there is none.
func (r *Resolver) genderAt(i, j int) string {
	d := r.d
	if g := r.mentions.Gender(d.Low[i]); g != "" || i == 0 {
		return g
	}
	return r.mentions.Gender(d.Low[i-1])
}

// pronounInText returns the named entity a pronoun at byte at, in
// sentence sent, most likely refers to, or nil: the latest compatible
// name before it in its own sentence, else the first one of the sentence
// before (its subject, as a rule). A possessive is taken only when the
// sentence names no one else ("Mr Blunkett's own comments prompted
// censure - he told …"), and never one of someone else ("Nils Varga's
// lawyers").
func (es *entities) pronounInText(at int, sent int32, want, gender string) *occurrence {
	var prev, prevOwner, owner *occurrence
	for i := len(es.occ) - 1; i >= 0 && es.occ[i].sent >= sent-1; i-- {
		o := &es.occ[i]
		if o.start >= at || !compatible(o.typ, want) || want == claimtrail.SpeakerPerson && es.bodyShown(o.name) || !sameGender(cmp.Or(o.gender, es.nameGender(o.name)), gender) || es.inContent(o.start) || es.namedInContent(o.name, titledSurname) || o.ofPerson || es.bareWord(o) {
			continue
		}
		switch {
		case o.sent == sent && o.object, want == claimtrail.SpeakerPerson && o.modifier && !es.namedInFull(o.name):
			continue // "standing next to Mr Blair he added": someone else; "the Mac mini": no one
		case o.sent == sent && !o.possessive:
			return o
		case o.sent == sent:
			owner = cmp.Or(owner, o)
		case !o.possessive:
			prev = o // keep scanning back: the first of that sentence
		default:
			prevOwner = o
		}
	}
	return cmp.Or(owner, prev, prevOwner)
}

// bareWord reports whether o is a one-word name the tags alone call a
// person that the text also uses as no person's (teamWords): no title,
// no person named with it as a word of the name, no speaker by it.
// "a resurgent Wales", "The former Chelsea chairman … He said": a
// pronoun does not take a team, a place or a party's word.
func (es *entities) bareWord(o *occurrence) bool {
	if o.typ != claimtrail.SpeakerPerson || o.personal || strings.Contains(o.name, " ") || o.gender != "" || !slices.Contains(es.teamWords, o.name) || es.fullName(o) != o.name {
		return false
	}
	for _, e := range es.list {
		if e.name == o.name && e.typ == claimtrail.SpeakerPerson && e.end > 0 {
			return false
		}
	}
	for _, p := range es.people {
		if p.name != o.name && containsWordFold(p.name, o.name) {
			return false // "Conte" is Victor Conte, named anywhere in full (or in a run the tags glued to it)
		}
	}
	return true
}

// latestInText returns the latest name before byte at, from sentence
// from on, that a pronoun wanting type want and gender may refer to,
// outside the content being resolved; nil when there is none.
func (es *entities) latestInText(at int, from int32, want, gender string) *occurrence {
	for i := len(es.occ) - 1; i >= 0; i-- {
		o := &es.occ[i]
		if o.sent < from {
			return nil
		}
		if o.start < at && !o.aside && compatible(o.typ, want) && !(want == claimtrail.SpeakerPerson && es.bodyShown(o.name)) && es.genderFits(o, o.name, gender) && !es.inContent(o.start) &&
			(o.typ != claimtrail.SpeakerPerson || o.personal) && !es.namedInContent(o.name, titledSurname) {
			return o
		}
	}
	return nil
}

// fullName returns the person es.people names with the one-word name
// surname, of no other gender than a title says, or surname itself.
func (es *entities) fullName(o *occurrence) string {
	if o.typ != claimtrail.SpeakerPerson {
		return o.name
	}
	surname := o.name
	if es.isTitled != nil && es.isTitled(o.name) {
		surname = o.name[strings.LastIndexByte(o.name, ' ')+1:] // "Ms Diemont" is Cara Diemont
	}
	full := ""
	for _, p := range es.people {
		if p.at <= o.start && hasSuffixFold(p.name, " "+surname) && p.name != full && !es.isTitled(p.name) && sameGender(o.gender, es.nameGender(p.name)) { // ("Ms Kelly" is no full name; "Mrs Howard" no Michael Howard)
			if full != "" {
				return o.name // two people with that surname
			}
			full = p.name
		}
	}
	return firstNonEmpty(full, o.name)
}

// addNamed returns the entity of occurrence o: the entity already known
// by that name or with it as surname ("Lebedev" is "Mr Lebedev"), else a
// new one.
func (es *entities) addNamed(o *occurrence) int {
	name := es.fullName(o)
	surname := o.name
	if o.typ == claimtrail.SpeakerPerson && es.isTitled != nil && es.isTitled(o.name) {
		surname = o.name[strings.LastIndexByte(o.name, ' ')+1:] // "Mr Wong" is the Victor Wong who spoke
	}
	for i := len(es.list) - 1; i >= 0; i-- {
		e := &es.list[i]
		if !compatible(e.typ, o.typ) && !e.byTags || e.name != name && !hasSuffixFold(e.name, " "+surname) || e.name != name && !sameGender(o.gender, es.genderOf(i)) {
			continue
		}
		if e.byTags && o.typ == claimtrail.SpeakerPerson {
			e.typ, e.byTags = o.typ, false // the tags called it a company once, a person here
		}
		return i
	}
	return es.add(entity{name: name, typ: o.typ, at: o.start, named: -1, gender: o.gender})
}

// prevSentStart returns the byte offset where the sentence before token
// k's starts (its own when it is the first).
func (r *Resolver) prevSentStart(k int) int {
	s := r.d.Sent[k]
	if s > 0 {
		s--
	}
	return r.d.Toks[r.d.Sents[s].First].Start
}

// subject returns the entity the subject of the sentence before token
// k's names, when it is a name or a definite description of type want
// ("Bo Lind spoke to strikers. He said …"; "The embassy issued a
// warning. It said …"), else -1. The subject is the sentence's opening
// run of determiners and capitalised words, or determiner and noun
// (subjectRun). A name the text gave in full before is that entity
// ("Mr Balls", "Songwriter Guy Chambers" are Ed Balls, Guy Chambers); a
// description is the entity it describes when the text named it.
//
// A gendered pronoun (gender "m" or "f") does not take a subject whose
// title says the other ("Mr Penrose said … She said …"). With skipSaid
// a subject inside what a statement says is none: a pronoun or a
// person's description means whoever says it ("Tony Blair has failed,
// Michael Howard said. The Tory leader added …"); "the airline" may
// still mean the airline a statement names.
func (r *Resolver) subject(k int, want, gender string, skipSaid bool) int {
	s := r.d.Sent[k]
	if s == 0 {
		return -1
	}
	first, end := r.subjectRun(s-1, want, skipSaid)
	if first == end {
		return -1
	}
	return r.subjectEntity(s-1, first, end, want, gender)
}

// subjectEntity returns the entity the subject run first..end of
// sentence s names for a pronoun wanting type want and gender (subject),
// -1 when it names none that fits.
func (r *Resolver) subjectEntity(s int32, first, end int, want, gender string) int {
	d := r.d
	m := r.read(first, end)
	if want == claimtrail.SpeakerPerson && !r.taggedPerson(first, end) && !r.personal(first, end) && m.Kind != mention.Surname && !r.roledPerson(m) {
		return -1 // "Tory sources …": a person is a name the tags call one, or reads as one, or a surname of one named before
	}
	at := d.Toks[first].Start
	fits := func(i int) bool {
		return i >= 0 && r.ents.fitsType(i, want) && compatible(r.ents.list[i].typ, want) && sameGender(r.ents.genderOf(i), gender)
	}
	switch {
	case (m.Kind == mention.Definite || m.Definite) && r.mentions.IsDocument(m.Head) && fits(r.ents.authorOf(m.Head, at)):
		return r.ents.authorOf(m.Head, at) // "The survey found …. It said …": the survey's author
	case m.Kind == mention.Surname || m.Kind == mention.Definite:
		// "White is also impressed …": the person named before with
		// that surname; "The firm has applied …": the firm named
		// before; a one-word organisation the tags mark
		// ("GlaxoSmithKline believes …") stands for itself
		if i := r.ents.resolve(m, at, s, at, -1); fits(i) {
			return i
		}
		if m.Kind == mention.Surname && (m.Type != claimtrail.SpeakerOrganization || !compatible(m.Type, want)) {
			return -1
		}
	case m.Kind == mention.Proper && m.Type == claimtrail.SpeakerPerson:
		if i := r.titled(m); fits(i) {
			return i
		}
		if i := r.ents.knownPerson(m.Name); fits(i) {
			return i
		}
	}
	if m.Kind != mention.Proper && m.Kind != mention.Definite && m.Kind != mention.Surname || m.Name == "" || !compatible(m.Type, want) || !sameGender(r.mentions.Gender(m.Name), gender) {
		return -1
	}
	i := r.ents.add(entity{name: m.Name, role: m.Role, affiliation: m.Affiliation, typ: m.Type, head: m.Head,
		at: at, named: -1, described: m.Kind == mention.Definite})
	if !fits(i) {
		return -1 // a name the text showed to be a body's: "he" means no "Kessel Films"
	}
	return i
}

// subjectRun returns the tokens of the subject of sentence s: its
// opening run of determiners and capitalised words, at most eight, or
// determiner and noun; first == end when it has none a pronoun wanting
// type want could mean: an opening phrase ("On Tuesday the minister
// …"), with skipSaid one inside what a statement says, a possessive ("Scoggins' daughter Jill said …"), a modifier of
// a singular noun after it ("Riggs spokesman Mark Hendrix", "French
// regulator AMF"), a run longer than eight words, or for "it" a plural ("Officials
// in …").
func (r *Resolver) subjectRun(s int32, want string, skipSaid bool) (first, end int) {
	d := r.d
	sen := d.Sents[s]
	first, end = sen.First, sen.First
	for end < sen.Last && end-first < 8 && d.Toks[end].Kind == token.Word {
		w := d.Toks[end].Text(d.Text)
		if end > first && end+1 < sen.Last && r.joiners.Has(w) && layer.Capitalised(d.Toks[end+1].Text(d.Text)) {
			end += 2 // "House of Lords", "Bank of England"
			continue
		}
		if !layer.Capitalised(w) && !layer.IsDeterminer(w) {
			if end == first || !layer.IsDeterminer(d.Toks[end-1].Text(d.Text)) {
				break
			}
			end++ // "The embassy"
			break
		}
		end++
	}
	if end == first || layer.IsPreposition(d.Low[first]) || end == sen.Last || skipSaid && inRanges(r.ents.said, d.Toks[first].Start) {
		return 0, 0 // (in "Lycos will not …, said Mr Pollmann" Lycos says nothing)
	}
	if r.possessive(end) || end-first == 8 && layer.Capitalised(d.Toks[end].Text(d.Text)) {
		return 0, 0
	}
	if r.mentions.IsRoleWord(d.Low[end]) || d.POS != nil && (r.pos(end) == "NN" || r.pos(end) == "NNP" || r.pos(end) == "POS" || want == claimtrail.SpeakerPerson && r.pos(end) == "NNS") {
		return 0, 0 // ("Tolvane Corp shares fell …" is about Tolvane Corp all the same)
	}
	if layer.OpensPhrase(d.Low[end]) {
		return 0, 0 // the phrase goes on: "A party of councillors agreed …"
	}
	if want == claimtrail.SpeakerPerson && d.POS != nil && d.Toks[end].Kind == token.Word && !strings.HasPrefix(r.pos(end), "VB") && r.pos(end) != "MD" && r.pos(end) != "RB" {
		return 0, 0 // a person's name is followed by its verb: "Essential Guide to …" names no one
	}
	if want != claimtrail.SpeakerPerson && want != claimtrail.SpeakerGroup && d.POS != nil && strings.HasSuffix(r.pos(end-1), "S") {
		return 0, 0 // "it": no plural ("Officials", "Reports")
	}
	return first, end
}

// relayed returns the run of g's speaker: its source, or in "Arab News
// quoted Prince Saud as saying" the name the source relays, between the
// relay verb and a word the relays table gives ("as"; "The Ledger
// reported Mr Vell telling activists that …": "telling"). The cue run may
// hold them all ("quoted Prince Saud as saying"), start after them, or be
// the relay verb alone.
func (r *Resolver) relayed(g attrib.Group) attrib.Run {
	d := r.d
	if g.Source.Last > g.Cue.First {
		return g.Source
	}
	for q := max(g.Source.Last, g.Cue.First-10); q < g.Cue.Last; q++ {
		before := r.relays.Field(d.Low[q], 0)
		if before == "" {
			continue
		}
		if q+1 < len(d.Toks) && layer.IsPreposition(d.Low[q+1]) {
			return g.Source // "X was quoted by Y as saying": X speaks
		}
		if r.wordsAt(q+1, before) {
			break // "has been reported as saying": no one relayed
		}
		for e := q + 2; e < len(d.Toks) && e < q+10 && d.Sent[e] == d.Sent[q]; e++ {
			if r.wordsAt(e, before) {
				return attrib.Run{Role: g.Source.Role, First: q + 1, Last: e}
			}
		}
		break
	}
	return g.Source
}

// wordsAt reports whether the lower-case words from token k on are one of
// the comma-separated word sequences of list ("as saying,telling").
func (r *Resolver) wordsAt(k int, list string) bool {
	d := r.d
	for seq := range strings.SplitSeq(list, ",") {
		n, same := 0, true
		for w := range strings.FieldsSeq(seq) {
			if k+n >= len(d.Toks) || d.Low[k+n] != w {
				same = false
				break
			}
			n++
		}
		if same && n > 0 && d.Sent[k+n-1] == d.Sent[k] {
			return true
		}
	}
	return false
}

// personBefore returns the entity of the person a definite description
// at tokens [k, last) names, when no speaker had its role: the latest
// person the entity tags mark before it right after its very words
// ("Chancellor Gordon Brown … the chancellor said"), else the subject of
// the sentence before ("Roger Fennel won the final. The Swiss star said
// …"), else the last speaker when it spoke in the three sentences before
// or its own, else for an office ("the lord chancellor") the person
// the next sentence opens with (subjectAfter); -1 when there is none. A description of someone by
// relation ("the prime minister's spokesman", "the mayor of Frankfurt")
// names someone else, and so does one inside what the statement before
// in the sentence says.
func (r *Resolver) personBefore(k, last int) int {
	d, es := r.d, &r.ents
	at := d.Toks[k].Start
	role := k
	for role < last && layer.IsDeterminer(d.Low[role]) {
		role++
	}
	if role+2 < last && r.possessive(role+1) && r.mentions.IsCountryName(d.Toks[role].Text(d.Text)) {
		role += 2 // "France's finance minister": the French one, no relation
	}
	for q := role; q < last; q++ {
		if d.Low[q] == "'s" || d.Low[q] == "’s" || layer.IsPreposition(d.Low[q]) {
			return -1
		}
	}
	for i := len(es.occ) - 1; i >= 0; i-- {
		o := &es.occ[i]
		if o.start >= at || o.typ != claimtrail.SpeakerPerson || !o.personal || es.inContent(o.start) || es.bodyShown(o.name) {
			continue
		}
		if q := d.TokenAt(o.start); r.titles(q, role, last) {
			return es.addNamed(o)
		}
	}
	if es.inContent(at) {
		return -1 // "Ada Quill claimed that the mayor had said …": whom a speaker reports is someone else
	}
	office := r.soleOffice(role, last)
	if office {
		if h := r.roleHolder(k, last); h >= 0 {
			return h // "Mayor Ada Vell … Mr Penn said … the mayor said": whom the article gives the office
		}
	}
	if si := r.subject(k, claimtrail.SpeakerPerson, "", true); si >= 0 && r.personalName(es.list[si].name) && !es.namedInContent(es.list[si].name, anySurname) && (!office || r.mayHold(si, role, last) && !es.namedInSentence(si, d.Sent[k])) {
		return si
	}
	if l := r.lastEnt; l >= 0 && es.list[l].typ == claimtrail.SpeakerPerson && !es.bodyShown(es.list[l].name) && r.personalName(es.list[l].name) && !es.namedInContent(es.list[l].name, anySurname) &&
		es.list[l].at >= d.Toks[d.Sents[max(d.Sent[k]-3, 0)].First].Start && (!office || r.mayHold(l, role, last) && !es.namedInSentence(l, d.Sent[k])) {
		return l // the speaker of the last three sentences ("… he said. 'I'm calmer.' The Russian added …")
	}
	for q := role; q < last; q++ {
		if r.mentions.IsRoleWord(d.Low[q]) {
			return r.subjectAfter(k, office) // an office, not "the 22-year-old", is named the sentence after
		}
	}
	return -1
}

// taggedPerson reports whether the entity tags mark a person among tokens
// [first, last).
func (r *Resolver) taggedPerson(first, last int) bool {
	d := r.d
	for k := first; k < last && d.NER != nil; k++ {
		if strings.HasSuffix(d.NERNames[d.NER[k]], "PERSON") {
			return true
		}
	}
	return false
}

// titles reports whether the words right before token q (back to a
// determiner, punctuation or the sentence's start) are those of tokens
// [first, last), case aside: "Chancellor Gordon Brown" for "the
// chancellor", not "shadow chancellor Oliver Letwin".
func (r *Resolver) titles(q, first, last int) bool {
	d := r.d
	n := last - first
	if n == 0 || q-n < 0 || d.Sent[q-n] != d.Sent[q] {
		return false
	}
	for i := 0; i < n; i++ {
		if d.Low[q-n+i] != d.Low[first+i] {
			return false
		}
	}
	p := q - n - 1
	return p < 0 || d.Sent[p] != d.Sent[q] || d.Toks[p].Kind != token.Word || layer.IsDeterminer(d.Low[p]) || layer.IsPreposition(d.Low[p])
}

// organizationBefore returns the entity of the organisation a definite
// description at token k ("the company", "the carmaker") most likely
// names: the latest organisation the entity tags mark or that spoke by
// name in its sentence or the two before, else the subject of the sentence before when it is an
// organisation; -1 when there is none.
func (r *Resolver) organizationBefore(k int) int {
	d, es := r.d, &r.ents
	at, sent := d.Toks[k].Start, d.Sent[k]
	spoke := r.organizationSpoke(at, windowStart(d, sent))
	for i := len(es.occ) - 1; i >= 0; i-- {
		o := &es.occ[i]
		if o.start >= at {
			continue
		}
		if o.sent < sent-2 || spoke >= 0 && o.start < es.list[spoke].at {
			break // "… the Atkins diet. But Unilever said …": the body that spoke since
		}
		if o.typ == claimtrail.SpeakerOrganization && !r.givenPersonName(o.name) {
			return es.addNamed(o) // (not "Malcolm Glazer", whatever the tags say)
		}
		if o.typ == claimtrail.SpeakerPerson && es.bodyShown(o.name) {
			i := es.addNamed(o) // "Manchester United have confirmed …": a body the tags call a person
			es.list[i].typ = claimtrail.SpeakerOrganization
			return i
		}
	}
	if spoke >= 0 {
		return spoke
	}
	if i := r.subject(k, claimtrail.SpeakerGroup, "", false); i >= 0 && es.list[i].typ == claimtrail.SpeakerOrganization {
		return i
	}
	// "Quellmark believes … The company says …": a one-word speaker
	// typed person for want of a reading, or a body by its statement,
	// is the organisation
	from := r.prevSentStart(k)
	for i := len(es.list) - 1; i >= 0; i-- {
		if e := &es.list[i]; e.weak && e.typ != claimtrail.SpeakerGovernment && e.at >= from && e.at < at {
			e.typ, e.weak = claimtrail.SpeakerOrganization, false
			return i
		}
	}
	return -1
}

// organizationSpoke returns the latest organisation that spoke by a
// proper name between bytes from and at — or a one-word speaker typed
// person there for want of a reading (weak: "Continental also said …
// the group said"), now the organisation — -1 when none did.
func (r *Resolver) organizationSpoke(at, from int) int {
	best := -1
	for i, e := range r.ents.list {
		if (e.typ == claimtrail.SpeakerOrganization || e.weak && e.typ == claimtrail.SpeakerPerson) && e.end > 0 && e.at >= from && e.at < at && r.properName(e.name) && (best < 0 || e.at > r.ents.list[best].at) {
			best = i
		}
	}
	if best >= 0 {
		r.ents.list[best].typ, r.ents.list[best].weak = claimtrail.SpeakerOrganization, false
	}
	return best
}
