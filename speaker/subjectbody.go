package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// organizationForIt returns the organisation an "it" at token k no
// speaker before resolved means: the proper name that opens the
// subject of its own sentence ("Tolvane saw its shares rise after it
// said …", "Shares in Tolvane Group fell after it said …"), else the
// organisation the text names nearest before (organizationBefore); -1
// when there is none — never a person, a country or a group.
func (r *Resolver) organizationForIt(k int) int {
	if f, l := r.subjectName(k); f < l {
		d := r.d
		m := r.read(f, l)
		if (m.Kind == mention.Proper || m.Kind == mention.Surname) && m.Role == "" && !r.givenName(m.Name) && !r.isTitled(m.Name) &&
			(m.Type == claimtrail.SpeakerOrganization || m.Type == claimtrail.SpeakerUnknown || m.Type == claimtrail.SpeakerPerson && !r.possessive(l)) {
			return r.ents.add(entity{name: m.Name, typ: claimtrail.SpeakerOrganization, head: m.Head, at: d.Toks[f].Start, named: -1})
		}
	}
	if l := r.lastEnt; l >= 0 && r.ents.list[l].at >= r.prevSentStart(k) && r.personByDefault(r.ents.list[l]) && r.properName(r.ents.list[l].name) {
		// "Wimpey said … '…,' it added": the one-word speaker just
		// before, a person only for want of a reading, is the body
		r.ents.list[l].typ, r.ents.list[l].weak = claimtrail.SpeakerOrganization, false
		return l
	}
	if i := r.organizationBefore(k); i >= 0 && !r.givenName(r.ents.list[i].name) && !r.isTitled(r.ents.list[i].name) {
		return i // not a person's name the tags call a body's ("Malcolm Glazer")
	}
	return -1
}

// subjectName returns the first proper name of k's sentence when it
// comes before the sentence's first finite verb outside a quotation and
// before k: the name in its subject; first == last when there is none.
func (r *Resolver) subjectName(k int) (first, last int) {
	d := r.d
	if d.POS == nil {
		return 0, 0
	}
	s := d.Sents[d.Sent[k]]
	for i := s.First; i < k; i++ {
		if d.Toks[i].Kind == token.Quote || d.Quote[i] >= 0 || r.finite(i) {
			return 0, 0
		}
		j := i
		for j < k && d.Toks[j].Kind == token.Word && r.properRun(j, j+1) {
			j++
		}
		if j == i+1 && i == s.First && j < k && d.Toks[j].Kind == token.Word && !layer.Capitalised(d.Toks[j].Text(d.Text)) && strings.HasPrefix(r.pos(j), "NN") {
			continue // "Market leader Quorra": a common word the capital of the sentence's start makes look a name
		}
		if j > i && r.properRun(i, j) {
			return i, j
		}
	}
	return 0, 0
}
