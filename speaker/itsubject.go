package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
)

// ownSubjectForIt returns the body that is the subject of the sentence
// of an "it" at token k, when the pronoun stands in a later clause, past
// the subject's own verb: "The Harbour Council is selling farms which it
// says are idle", "Tolvane claims prices rose and says it offers more".
// A body named in the sentence before, or in a later phrase of the
// pronoun's own ("… costs at Harbour Mills and says it …"), is a worse
// antecedent than the clause's subject, and a group never one. ei is the entity the pronoun resolved to so far (-1
// for none): a description of its type ("The group") keeps it. -1 when
// the sentence opens with no body or a person's name.
func (r *Resolver) ownSubjectForIt(m mention.Mention, k, ei int) int {
	d := r.d
	if m.Kind != mention.Pronoun || r.pronouns.Field(m.Pronoun, 0) != "thing" || layer.IsRelative(m.Pronoun) || d.POS == nil {
		return -1
	}
	first, end := r.clauseSubject(k)
	if first == end || ei >= 0 && r.ents.list[ei].at >= d.Toks[first].Start && r.ents.list[ei].at < d.Toks[end-1].End {
		return -1 // (the subject itself)
	}
	subj := r.read(first, end)
	if subj.Kind == mention.Definite || subj.Definite {
		if subj.Type != claimtrail.SpeakerGovernment && subj.Type != claimtrail.SpeakerOrganization || ei >= 0 && r.ents.list[ei].typ == subj.Type {
			return -1 // "The group has a list which it says …": a body of its kind named before is what both mean
		}
		// "The government is selling farms which it says": whom the
		// description means, as if it were the speaker
		sp := claimtrail.Span{Start: d.Toks[first].Start, End: d.Toks[end-1].End}
		return r.referent(subj, attrib.Run{First: first, Last: end}, sp)
	}
	if subj.Kind != mention.Proper && subj.Kind != mention.Surname || !r.properRun(first, end) || subj.Role != "" || r.givenName(subj.Name) || r.isTitled(subj.Name) {
		// (not "Revenues were …, which it said": a common word the
		// sentence's capital makes look a name)
		return -1
	}
	switch subj.Type {
	case claimtrail.SpeakerOrganization, claimtrail.SpeakerGovernment, claimtrail.SpeakerPublication, claimtrail.SpeakerUnknown:
	case claimtrail.SpeakerPerson: // a one-word name the tags call a person, no one's by title or given name ("Napster")
		if end-first > 1 || r.surnameOfPerson(subj.Name) {
			return -1
		}
	default:
		return -1
	}
	typ := subj.Type
	if typ == claimtrail.SpeakerPerson || typ == claimtrail.SpeakerUnknown {
		typ = claimtrail.SpeakerOrganization
	}
	if i := r.ents.named(subj.Name); i != nil && i.typ != claimtrail.SpeakerPerson {
		typ = i.typ
	}
	return r.ents.add(entity{name: subj.Name, typ: typ, head: subj.Head, at: d.Toks[first].Start, named: -1})
}

// clauseSubject returns the words of the subject of the sentence of
// token k (sentenceSubject) when its verb comes before k; first == end
// when there is none.
func (r *Resolver) clauseSubject(k int) (first, end int) {
	first, end = r.sentenceSubject(r.d.Sent[k])
	if end >= k {
		return 0, 0
	}
	return first, end
}

// surnameOfPerson reports whether name is the last word of a person's
// name the text gives ("Blair" of "Tony Blair").
func (r *Resolver) surnameOfPerson(name string) bool {
	for _, p := range r.ents.people {
		if hasSuffixFold(p.name, " "+name) {
			return true
		}
	}
	return false
}
