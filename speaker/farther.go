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

// Antecedents farther off: a pronoun nothing near resolves, an office
// the next sentence names.

// personNear returns the person named latest before byte at, in
// sentence sent or the six before, that a gendered pronoun may mean when
// nothing nearer does ("Ada Vell won the race. The 28-year-old trained
// in Kenya. She said …"): the latest name the entity tags call a
// person there, outside the statement's own content, of no gender but
// the pronoun's — for "she" no given name the table lists as a man's or
// either's — and no possessor of a person ("Vell's coach"); a surname
// alone stands for the one person named in full with it ("Hill" for Ada
// Hill). nil when there is none, or when the latest is a one-word name
// the text gives in full for no one (a surname of two people, or the
// tags' mistake) that opens its sentence; one elsewhere ("Gloucester's
// win", "the Leicester tight-head") is passed over.
func (es *entities) personNear(at int, sent int32, gender string) *occurrence {
	for i := len(es.occ) - 1; i >= 0 && es.occ[i].sent >= sent-6; i-- {
		o := &es.occ[i]
		if o.start >= at || o.typ != claimtrail.SpeakerPerson || o.ofPerson || es.inContent(o.start) || es.bodyShown(o.name) {
			continue
		}
		name := es.fullName(o)
		if !es.genderFits(o, name, gender) {
			continue
		}
		if !strings.Contains(name, " ") && o.gender == "" { // ("Mrs Quarrel", titled, is a person's name)
			if o.opens && !o.possessive {
				return nil // "Kell had surgery": the subject, whom the text names in full for no one
			}
			continue // "Gloucester's win", "the Leicester tight-head": no subject
		}
		return o
	}
	return nil
}

// genderFits reports whether the person o names (name in full) may be
// meant by a pronoun of gender: its title's or given name's gender is
// none other, and for "she" its given name is none the table lists as
// either's ("Robin Carpenter").
func (es *entities) genderFits(o *occurrence, name, gender string) bool {
	if gender == "" || o.typ != claimtrail.SpeakerPerson {
		return true
	}
	g := cmp.Or(o.gender, es.nameGender(name))
	return sameGender(g, gender) && !(gender == "f" && g == "" && es.givenName(name))
}

// namedBefore reports whether the text names a person with surname
// before byte at, past its first sentence (a headline names by surname
// whom its report introduces: "Vell denies claim"): after "Mr Blair was
// speaking …" a description is no office the next sentence names first.
func (es *entities) namedBefore(surname string, at int) bool {
	for i := range es.occ {
		if o := &es.occ[i]; o.start < at && o.sent > 0 && o.typ == claimtrail.SpeakerPerson && (hasSuffixFold(o.name, " "+surname) || strings.EqualFold(o.name, surname)) {
			return true
		}
	}
	return false
}

// subjectAfter returns the person the subject of the sentence after
// token k's names when it is a title and surname or a person's full
// name with no role of its own, one the statement does not speak of and
// no speaker before ("The prime minister defended the plan. Mr Blair
// said …"), else -1. A subject after a contrast ("But Ed Vell said …")
// or with a description of its own ("Ed Vell, head of …", "Foreign
// Secretary Ed Vell") is someone else.
func (r *Resolver) subjectAfter(k int, sole bool) int {
	d, es := r.d, &r.ents
	s := d.Sent[k] + 1
	if int(s) >= len(d.Sents) {
		return -1
	}
	first, end := r.subjectRun(s, claimtrail.SpeakerPerson, false)
	if first == end || r.mentions.IsOpener(d.Low[first]) || r.stopwords.Has(d.Low[first]) && !r.mentions.IsTitle(d.Low[first]) || isComma(d, end) {
		return -1
	}
	m := r.read(first, end)
	if m.Kind != mention.Proper || m.Type != claimtrail.SpeakerPerson || m.Role != "" || !r.personalName(m.Name) || es.namedInContent(m.Name, anySurname) ||
		es.namedBefore(lastField(m.Name), d.Toks[k].Start) {
		return -1
	}
	if sole && es.namedBefore(lastField(m.Name), d.Toks[d.Sents[s].First].Start) {
		return -1 // "where the prime minister told Mr Vane …. Mr Vane said": whom the holder spoke to is not the holder
	}
	if i := r.titled(m); i >= 0 {
		if es.list[i].end > 0 {
			return -1 // a speaker before: the description, had it meant them, would have said so
		}
		return i
	}
	if r.isTitled(m.Name) {
		return es.add(entity{name: m.Name, typ: claimtrail.SpeakerPerson, at: d.Toks[first].Start, named: -1, gender: r.mentions.Gender(m.Name)})
	}
	if i := es.knownPerson(m.Name); i >= 0 {
		return i
	}
	return es.add(entity{name: m.Name, role: m.Role, affiliation: m.Affiliation, typ: claimtrail.SpeakerPerson, at: d.Toks[first].Start, named: -1})
}

// leadDescribed returns the person an indefinite description of a
// person speaking in the lead means, the report's first sentence after
// its headline, when the sentence after it opens with that person's name
// ("…, a Home Office minister has said. Hazel Blears said …": the
// report introduces whom its lead describes); ei, what the mention
// resolved to so far, otherwise or when it resolved.
func (r *Resolver) leadDescribed(m mention.Mention, src attrib.Run, ei int) int {
	d := r.d
	if ei >= 0 || m.Kind != mention.Descriptor || m.Type != claimtrail.SpeakerPerson || src.First >= src.Last || d.Sent[src.First] != 1 ||
		!layer.IsArticle(d.Low[src.First]) || layer.IsDefinite(d.Low[src.First]) {
		return ei
	}
	if si := r.subjectAfter(src.First, false); si >= 0 {
		if e := &r.ents.list[si]; e.role == "" && e.head == "" {
			e.role, e.head = m.Role, m.Head // "The minister said …" after them is the same person
		}
		return si
	}
	return ei
}

// describedAfterName returns the person a description of a person the
// source run holds is an apposition to: a person's name and a comma right
// before the run ("Alan Milburn, Labour's election strategist told …":
// the tagger left the name out), the name opening its clause (after
// punctuation, a conjunction or nothing); ei otherwise or when it resolved.
func (r *Resolver) describedAfterName(m mention.Mention, src attrib.Run, ei int) int {
	d := r.d
	if ei >= 0 || m.Kind != mention.Descriptor && m.Kind != mention.Definite || m.Type != claimtrail.SpeakerPerson || src.First < 3 || d.Low[src.First-1] != "," {
		return ei
	}
	end := src.First - 1
	first := end
	for first > 0 && end-first < 4 && d.Sent[first-1] == d.Sent[end] && d.Toks[first-1].Kind == token.Word && layer.Capitalised(d.Toks[first-1].Text(d.Text)) {
		first--
	}
	if end-first < 2 || !r.personal(first, end) ||
		first > 0 && d.Sent[first-1] == d.Sent[first] && d.Toks[first-1].Kind == token.Word && !layer.IsConjunction(d.Low[first-1]) {
		return ei // "… to marry music executive Jordan Bratman, the singer's agent has confirmed": a name inside the content
	}
	n := r.mentions.Read(d, first, end)
	if n.Kind != mention.Proper || n.Type != claimtrail.SpeakerPerson || !r.personalName(n.Name) {
		return ei
	}
	if i := r.ents.knownPerson(n.Name); i >= 0 {
		return i
	}
	return r.ents.add(entity{name: n.Name, role: m.Role, typ: claimtrail.SpeakerPerson, at: d.Toks[first].Start, named: -1, gender: r.mentions.Gender(n.Name)})
}

// titleBefore returns the gendered title ("Mrs") just before the word at
// byte at on its line, or "".
func (r *Resolver) titleBefore(at int) string {
	d := r.d
	k, _ := slices.BinarySearchFunc(d.Toks, at, func(t token.Token, at int) int { return t.Start - at })
	if k <= 0 || k >= len(d.Toks) || d.Toks[k].Start != at || d.Line[k-1] != d.Line[k] || r.mentions.Gender(d.Low[k-1]) == "" {
		return ""
	}
	return d.Text[d.Toks[k-1].Start:d.Toks[k-1].End]
}

// sentenceBefore returns the antecedent of pronoun m at token k when no
// one is named in its own sentence: the subject of the sentence before
// ("Ada Quill met Bo Lind. Ivo Marsh, his aide, agreed. He said …": Ivo
// Marsh), else for a person the one that sentence is about
// (subjectActor) or a chain of the same pronoun's acts leads back to
// (chainedSubject); ei, what it resolved to so far, without one.
func (r *Resolver) sentenceBefore(m mention.Mention, k, ei int) int {
	es := &r.ents
	si := r.subject(k, m.Type, m.Gender, true)
	if si >= 0 && ei >= 0 && si != ei && m.Type == claimtrail.SpeakerPerson && !r.surePerson(es.list[si].name) && r.surePerson(es.list[ei].name) && r.spokeInSentenceBefore(ei, k) {
		// "City announced debts, but Wardle confirmed …. He said": a
		// subject no title or given name shows to be a person (a club
		// the tags call one) is not whom "he" means over the person
		// who spoke after it
		return ei
	}
	if si >= 0 && !es.namedInContent(es.list[si].name, titledSurname) && (ei < 0 || !es.list[si].described || hasCapital(es.list[si].name)) {
		return si
	}
	if si >= 0 || m.Type != claimtrail.SpeakerPerson {
		return ei
	}
	if ai := r.subjectActor(k, m.Gender, ei); ai >= 0 {
		return ai // "Harbour manager Ian Vell is no respecter … '…,' he said"
	}
	if ci := r.chainedSubject(k, m.Gender, ei); ci >= 0 {
		return ci // "Ian Vell came on. He slotted the kick. '…,' he said"
	}
	return ei
}

// spokeInSentenceBefore reports whether entity ei made a statement
// whose source is in the sentence before token k's.
func (r *Resolver) spokeInSentenceBefore(ei, k int) bool {
	d := r.d
	s := d.Sent[k]
	if ei < 0 || s == 0 || r.ents.list[ei].end == 0 {
		return false
	}
	at := r.ents.list[ei].at
	return at >= d.Toks[d.Sents[s-1].First].Start && at < d.Toks[d.Sents[s].First].Start
}
