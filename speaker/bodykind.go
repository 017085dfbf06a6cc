package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
)

// nameFitsHead reports whether a body named name may be what a definite
// description with head noun head means: for a head that names one kind
// of body only (description-names table: "party"), the name holds one of
// its words ("Labour", "Veritas Party"; not "Inland Revenue"); any name
// fits any other head.
func (r *Resolver) nameFitsHead(head, name string) bool {
	words := r.descNames.Field(strings.ToLower(head), 0)
	if words == "" {
		return true
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(name), func(c rune) bool { return c == ' ' || c == '-' }) {
		for want := range strings.SplitSeq(words, ",") {
			if w == want {
				return true
			}
		}
	}
	return false
}

// bodyFitting returns the body a definite description with head noun
// head at token k means when its head names one kind of body only
// ("the party"): the latest name of such a body the text gives in the
// five sentences before, outside what the statement says, else the
// latest such body that spoke before; -1 when there is none or that
// sentence names two, and the description stays unresolved rather than
// wrong.
func (r *Resolver) bodyFitting(head string, k int) int {
	d, es := r.d, &r.ents
	at := d.Toks[k].Start
	for i := len(es.occ) - 1; i >= 0; i-- {
		o := &es.occ[i]
		if o.start >= at || es.inContent(o.start) {
			continue
		}
		if o.sent < d.Sent[k]-5 {
			break
		}
		if o.typ != claimtrail.SpeakerPerson && r.nameFitsHead(head, o.name) {
			if r.anotherFitsIn(head, o.name, o.sent) {
				return -1 // "The Green Party and the Liberal Party met … The party said": which one?
			}
			if j := es.addNamed(o); es.list[j].typ != claimtrail.SpeakerPerson {
				return j
			}
		}
	}
	best := -1
	for i, e := range es.list {
		if e.at < at && e.typ != claimtrail.SpeakerPerson && hasCapital(e.name) && r.nameFitsHead(head, e.name) && (best < 0 || e.at > es.list[best].at) {
			best = i
		}
	}
	return best
}

// anotherFitsIn reports whether sentence sent names a body other than
// name that a description with head noun head may mean.
func (r *Resolver) anotherFitsIn(head, name string, sent int32) bool {
	for i := range r.ents.occ {
		o := &r.ents.occ[i]
		if o.sent == sent && o.name != name && o.typ != claimtrail.SpeakerPerson && r.nameFitsHead(head, o.name) {
			return true
		}
	}
	return false
}
