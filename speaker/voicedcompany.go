package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/mention"
)

// voicedCompany returns the body a definite description of one at src
// ("the company", "the firm", "the think-tank": sole-name-heads.tsv)
// means when nothing resolved it by name (ei) and the last speaker, a
// person who spoke in the description's paragraph or the one before,
// was given as one body's voice or member ("…," said Tolvane
// spokeswoman Ada Vell. … The company points out …": Tolvane). The
// body is the affiliation the mention gave, else the capitalised words
// that open the person's role before its common nouns ("Tolvane
// spokeswoman"); a nation's or a place's name is none (a government's
// member speaks for no company).
func (r *Resolver) voicedCompany(m mention.Mention, src attrib.Run, ei int) int {
	d, es := r.d, &r.ents
	if !r.bodyDescription(m, src) {
		return ei
	}
	at := d.Toks[src.First].Start
	if es.byName(ei) && es.list[ei].name != m.Name || es.inContent(at) || r.spokeEnt < 0 || r.spokeEnt >= len(es.list) {
		return ei
	}
	e := es.list[r.spokeEnt]
	para := d.Sents[d.Sent[src.First]].Para
	if e.typ != claimtrail.SpeakerPerson || e.end == 0 || e.at >= at || d.Sents[d.Sent[d.TokenAt(e.at)]].Para < para-1 {
		return ei
	}
	name := e.affiliation
	if name == "" {
		name = r.roleOwner(e.role, e.end)
	}
	if name == "" || r.mentions.IsCountryName(name) || r.demonyms.HasFold(name) {
		return ei
	}
	named := strings.LastIndex(d.Text[:at], name)
	if named < 0 || r.nameCut(name, named) || r.otherBodyBetween(name, d.TokenAt(e.end), src.First) {
		return ei // "U.K.", spelled the reader's way; "Reporters [Without Borders]"; "… invest in Kessel Wednesday. … rejected by the club"
	}
	i := es.add(entity{name: name, typ: claimtrail.SpeakerOrganization, at: named, named: -1})
	if b := &es.list[i]; b.typ == claimtrail.SpeakerPerson || b.typ == claimtrail.SpeakerUnknown {
		b.typ, b.weak = claimtrail.SpeakerOrganization, false
	}
	return i
}

// roleOwner returns the proper nouns that open a role, written last
// before byte end, whose other words are all in lower case ("Tolvane
// spokeswoman": "Tolvane"; "Outgoing Tolvane chairman": none, "Outgoing"
// is no proper noun), "" for any other role ("senior research fellow",
// "Chief Executive").
func (r *Resolver) roleOwner(role string, end int) string {
	d := r.d
	at := strings.LastIndex(d.Text[:end], role)
	if at < 0 {
		return ""
	}
	f := d.TokenAt(at)
	l := f
	for l < len(d.Toks) && d.Toks[l].End <= at+len(role) && r.properWord(l) {
		l++
	}
	if l == f || l >= len(d.Toks) || d.Toks[l].End > at+len(role) || hasCapital(d.Text[d.Toks[l].Start:at+len(role)]) {
		return ""
	}
	return d.Text[d.Toks[f].Start:d.Toks[l-1].End]
}

// otherBodyBetween reports whether a body other than name is named by
// a proper name between tokens f and k: the description may mean it.
func (r *Resolver) otherBodyBetween(name string, f, k int) bool {
	for q := f; q < k; {
		cf, cl := r.capitalRunAt(q, k)
		if cl <= cf {
			q++
			continue
		}
		q = cl
		if cand, fit := r.bodyCandidate(cf, cl); fit != notBody && !sameBody(name, cand) {
			return true
		}
	}
	return false
}
