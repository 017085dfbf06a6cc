package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
)

// markTeamWords lists in es.teamWords the words the text uses in names
// of no person: each word of a name the tags call an organisation
// ("Sale Sharks", "AC Milan"), and a one-word name right before a role
// word, a person noun or a company noun ("Chelsea chairman", "Liverpool
// boss"), which it modifies as a body's name does. A one-word "person"
// among them is likely a team, a place or a party (entities.bareWord).
func (r *Resolver) markTeamWords(es *entities) {
	d := r.d
	es.teamWords = es.teamWords[:0]
	for i := range es.occ {
		o := &es.occ[i]
		if o.typ != claimtrail.SpeakerPerson || strings.Contains(o.name, " ") {
			continue
		}
		k := d.TokenAt(o.start) + 1
		if k >= len(d.Toks) || layer.Capitalised(d.Toks[k].Text(d.Text)) {
			continue
		}
		if w := d.Low[k]; r.mentions.IsRoleWord(w) || r.personNouns.Has(w) || r.companies.Has(w) {
			es.teamWords = append(es.teamWords, o.name)
		}
	}
}
