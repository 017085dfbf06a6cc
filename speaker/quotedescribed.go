package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/mention"
)

// quotedDescribed returns the person a definite description of a person
// speaking after their words means when nothing before resolved it (ei
// < 0): the person named by name who opens the sentence before the words
// ("Ravi Kell was delighted with the win over Bo Lind. 'I felt good,'
// said the American."): the reporter names whom the words are from, then
// describes them. A surname is the full name the text gave it before
// (fullNameBefore); a subject someone's words named, or one naming no
// person, leaves ei.
func (r *Resolver) quotedDescribed(m mention.Mention, src attrib.Run, ei int) int {
	d, es := r.d, &r.ents
	c := r.contentFirst
	if ei >= 0 || m.Kind != mention.Definite || m.Type != claimtrail.SpeakerPerson || c < 0 || c >= src.First || d.Sent[c] == 0 {
		return ei
	}
	s := d.Sent[c] - 1
	first, end := r.subjectRun(s, claimtrail.SpeakerPerson, true)
	if first == end || es.inContent(d.Toks[first].Start) {
		return ei
	}
	n := r.read(first, end)
	name := n.Name
	switch {
	case n.Kind == mention.Surname:
		if full, _ := r.fullNameBefore(n.Name, d.Toks[first].Start); full != "" {
			name = full
		} else if !r.taggedPerson(first, end) {
			return ei
		}
	case n.Kind != mention.Proper || n.Type != claimtrail.SpeakerPerson:
		return ei
	}
	if !r.personalName(name) || es.namedInContent(name, anySurname) {
		return ei
	}
	if i := es.knownPerson(name); i >= 0 {
		return i
	}
	return es.add(entity{name: name, role: n.Role, affiliation: n.Affiliation, typ: claimtrail.SpeakerPerson, at: d.Toks[first].Start, named: -1, gender: r.mentions.Gender(name)})
}
