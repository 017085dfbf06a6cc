package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// leadHeadNamed returns the person an indefinite description of a person
// speaking in the lead means when the sentence after it opens with the
// same head noun, definite, and the person's name set off by a comma
// ("…, a clergyman has said. The clergyman, the Bishop of Kessel Tom
// Vell, called it …": the report names whom its lead describes); ei
// otherwise or when it resolved. One apposition names one person: no two
// candidates compete. A head the tables do not type ("clergyman") may
// still be a person's: the apposition must read as a person's name.
func (r *Resolver) leadHeadNamed(m mention.Mention, src attrib.Run, ei int) int {
	d := r.d
	if ei >= 0 || m.Kind != mention.Descriptor || m.Type != claimtrail.SpeakerPerson && m.Type != claimtrail.SpeakerUnknown || m.Head == "" || src.First >= src.Last ||
		d.Sent[src.First] != 1 || !layer.IsArticle(d.Low[src.First]) || layer.IsDefinite(d.Low[src.First]) {
		return ei
	}
	s := int(d.Sent[src.First]) + 1
	if s >= len(d.Sents) {
		return ei
	}
	first, end := r.headApposition(s, m.Head)
	if first >= end {
		return ei
	}
	n := r.read(first, end)
	if n.Kind != mention.Proper || n.Type != claimtrail.SpeakerPerson || !r.personalName(n.Name) || r.ents.namedInContent(n.Name, anySurname) {
		return ei
	}
	if i := r.ents.knownPerson(n.Name); i >= 0 {
		return i
	}
	return r.ents.add(entity{name: n.Name, role: firstNonEmpty(n.Role, m.Role), affiliation: n.Affiliation, typ: claimtrail.SpeakerPerson,
		at: d.Toks[first].Start, named: -1, gender: r.mentions.Gender(n.Name)})
}

// headApposition returns the tokens of the apposition that follows the
// definite description opening sentence s when its head is head ("The
// clergyman, the Bishop of Kessel Tom Vell, …", "The union official,
// Ada Vell, said"): from after the comma to the next comma, at most ten
// tokens, with a capitalised word last; first == last when there is none.
func (r *Resolver) headApposition(s int, head string) (first, last int) {
	d := r.d
	sen := d.Sents[s]
	k := sen.First
	if k >= sen.Last || !layer.IsDefinite(d.Low[k]) {
		return 0, 0
	}
	k++
	for n := 0; n < 3 && k < sen.Last && r.lowerWord(k) && d.Low[k] != head; n++ {
		k++ // "The union official"
	}
	if k+1 >= sen.Last || d.Low[k] != head || !isComma(d, k+1) {
		return 0, 0
	}
	first = k + 2
	if first >= sen.Last || !layer.IsArticle(d.Low[first]) && !layer.Capitalised(d.Toks[first].Text(d.Text)) {
		return 0, 0 // "The letter, from Ada Vell, …": its author, no apposition
	}
	last = first
	for last < sen.Last && last-first < 10 && !isComma(d, last) {
		if d.Toks[last].Kind == token.Quote || d.Cue[last].Class != 0 && r.verbal(last) {
			return 0, 0
		}
		last++
	}
	if last >= sen.Last || last == first || !layer.Capitalised(d.Toks[last-1].Text(d.Text)) {
		return 0, 0
	}
	return first, last
}
