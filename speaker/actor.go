package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// subjectActor returns the person the subject of the sentence before a
// "he" or "she" at token k names when subjectRun reads no subject there
// — a name after its role and the team's or body's word ("Harbour
// manager Ian Vell is no respecter of reputations. '…,' he said") or a
// description of a person ("The Australian has suffered injuries … '…,'
// he said": the person it describes, describedPerson) — so that the
// one that sentence is about, not a speaker quoted before it, is whom
// the pronoun means. ei is the entity the pronoun resolved to so far:
// a description that spoke in that sentence keeps it. -1 when the
// sentence opens with neither, the
// subject is inside what a statement says, or its person is of the
// other gender or named in the statement's content.
func (r *Resolver) subjectActor(k int, gender string, ei int) int {
	d, es := r.d, &r.ents
	s := d.Sent[k]
	if s == 0 || d.POS == nil {
		return -1
	}
	i := -1
	if f, e := r.describedSubjectRun(s - 1); f < e {
		if inRanges(es.said, d.Toks[f].Start) || es.inContent(d.Toks[f].Start) || ei >= 0 && es.list[ei].at >= d.Toks[f].Start && es.list[ei].at < d.Toks[e-1].End {
			return -1 // (a description that spoke there is what its statement resolved it to)
		}
		if r.copula(e) && e+1 < len(d.Toks) && !strings.HasPrefix(r.pos(e+1), "VB") {
			return -1 // "The star witness is Otto Sallen": the name is whom it describes
		}
		i = r.describedPerson(attrib.Run{First: f, Last: e}, -1)
		if i >= 0 && i == ei {
			// the speaker just quoted is named just before: "The
			// Australian" after a doctor spoke of him is the article's
			// protagonist, when the headline names another
			if p := r.headlinePerson(f, gender); p >= 0 && !r.inHeadline(lastField(es.list[ei].name)) {
				i = p
			}
		}
	} else if f, e := r.sentenceSubject(s - 1); f < e {
		if r.mentions.IsOpener(d.Low[f]) && r.pos(f) == "CC" {
			f++ // "But Harbour manager Ian Vell hinted …" (not "As …", a subordinate clause)
		}
		if p := r.pos(f); f == e || !strings.HasPrefix(p, "NN") && p != "JJ" {
			return -1 // "As Tory leader Ada Vell …", "But even before Tolvane said …": no subject
		}
		m := r.read(f, e)
		if m.Kind != mention.Proper || m.Type != claimtrail.SpeakerPerson || m.Role == "" {
			return -1 // a plain name is subjectRun's
		}
		if !strings.Contains(m.Name, " ") {
			i = r.surnameOf(m, d.Toks[f].Start, f) // "British number two Vell": Ian Vell
		}
		if i < 0 {
			i = r.subjectEntity(s-1, f, e, claimtrail.SpeakerPerson, gender)
		}
	}
	if i < 0 || es.list[i].typ != claimtrail.SpeakerPerson || es.bodyShown(es.list[i].name) || es.list[i].unnamed && !hasCapital(es.list[i].name) ||
		!sameGender(es.genderOf(i), gender) || es.namedInContent(es.list[i].name, titledSurname) {
		return -1
	}
	return i
}

// sentenceSubject returns the words of sentence s from its start to its
// first finite verb — up to eight words, no comma, quotation or
// preposition among them, no statement's content — first == end when
// there are none.
func (r *Resolver) sentenceSubject(s int32) (first, end int) {
	d := r.d
	sen := d.Sents[s]
	if inRanges(r.ents.said, d.Toks[sen.First].Start) || r.ents.inContent(d.Toks[sen.First].Start) {
		return 0, 0
	}
	for i := sen.First; i < sen.Last && i-sen.First <= 8; i++ {
		if r.finite(i) && d.Quote[i] < 0 {
			if i == sen.First {
				return 0, 0
			}
			return sen.First, i
		}
		if d.Toks[i].Kind != token.Word || d.Quote[i] >= 0 || layer.IsPreposition(d.Low[i]) || r.possessive(i) {
			return 0, 0
		}
	}
	return 0, 0
}

// headlinePerson returns the person named latest before token k, within
// ten sentences and outside what statements say, whose surname the
// headline holds and whose gender fits: whom the article is about; -1
// when there is none.
func (r *Resolver) headlinePerson(k int, gender string) int {
	d, es := r.d, &r.ents
	at := d.Toks[k].Start
	for i := len(es.occ) - 1; i >= 0; i-- {
		o := &es.occ[i]
		if o.start >= at || o.typ != claimtrail.SpeakerPerson || es.inContent(o.start) || inRanges(es.said, o.start) || o.sent == 0 {
			continue
		}
		if o.sent < d.Sent[k]-10 {
			return -1
		}
		if full := es.fullName(o); r.inHeadline(lastField(o.name)) && r.personalName(full) && es.genderFits(o, full, gender) {
			return es.addNamed(o)
		}
	}
	return -1
}

// chainedSubject returns the person a "he" or "she" at token k means
// when the sentences before it open, after any phrase set off by a
// comma, with the same pronoun as the subject of an act, not a
// statement ("Ian Vell came on at half-time. … Without further ado, he
// slotted the kick. '…,' he said"): the person the first of them
// follows, the subject of the sentence before that one (subject,
// subjectActor), when the speaker ei spoke before that chain began. At
// most four sentences back; -1 when there is no such chain, ei spoke
// inside it, or its start names no person.
func (r *Resolver) chainedSubject(k int, gender string, ei int) int {
	d, es := r.d, &r.ents
	if gender == "" || d.POS == nil || ei < 0 {
		return -1
	}
	s := d.Sent[k] - 1
	for n := 0; n < 4 && s > 0; n, s = n+1, s-1 {
		if es.list[ei].at >= d.Toks[d.Sents[s].First].Start || !r.pronounSubject(s, gender) {
			return -1
		}
		next := d.Sents[s].First // a token of the sentence after s-1
		i := r.subject(next, claimtrail.SpeakerPerson, gender, true)
		if i < 0 {
			i = r.subjectActor(next, gender, ei)
		}
		if i >= 0 {
			if i == ei || es.list[i].typ != claimtrail.SpeakerPerson {
				return -1
			}
			return i
		}
	}
	return -1
}

// pronounSubject reports whether sentence s has as subject, first in
// it or after a phrase set off by a comma, a third-person pronoun of the
// gender given followed by its verb ("He slotted", "Without further
// ado, he nervelessly slotted"), outside any quotation.
func (r *Resolver) pronounSubject(s int32, gender string) bool {
	d := r.d
	sen := d.Sents[s]
	for i := sen.First; i < sen.Last && i-sen.First < 12; i++ {
		if d.Quote[i] >= 0 || d.Toks[i].Kind == token.Quote {
			return false
		}
		if i > sen.First && !isComma(d, i-1) {
			continue
		}
		if r.pronouns.Field(d.Low[i], 0) != claimtrail.SpeakerPerson || r.pronouns.Field(d.Low[i], 1) != gender || i+1 >= sen.Last {
			continue
		}
		v := i + 1
		if r.pos(v) == "RB" && v+1 < sen.Last {
			v++ // "he nervelessly slotted"
		}
		return r.finite(v)
	}
	return false
}
