package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
)

// agedNamedBefore returns the person an age description at tokens
// [k, last) ("The 14-year-old", "the 41-year-old singer") that opens
// its sentence means when the sentence before, whose subject is a
// description (it opens with a determiner), introduces a person with a relative clause after the
// speaker last spoke ("Ada Vell told reporters … The young stars
// included Ina Moss, who plays the queen. The 14-year-old said …": Ina
// Moss, not Ada Vell). A person the sentence before opens with, or one
// named there without a clause of their own ("She will meet Ana Rush.
// 'I'm ready,' said the 23-year-old"), leaves it to the rules after: -1.
func (r *Resolver) agedNamedBefore(k, last int) int {
	d, es := r.d, &r.ents
	if !r.aged(k, last) || d.Sent[k] == 0 {
		return -1
	}
	before, since := d.Sent[k]-1, -1
	if s := d.Sents[before]; s.First >= s.Last || !layer.IsDeterminer(d.Low[s.First]) {
		return -1 // "White was introduced to Ana Rush, who …": the subject is a name or pronoun the rules after read
	}
	if r.lastEnt >= 0 {
		since = es.list[r.lastEnt].at
	}
	found := -1
	for i := len(es.occ) - 1; i >= 0 && es.occ[i].sent >= before; i-- {
		o := &es.occ[i]
		if o.sent != before || o.typ != claimtrail.SpeakerPerson || es.inContent(o.start) || inRanges(es.said, o.start) {
			continue
		}
		if o.opens || o.start <= since {
			return -1 // the subject: the rules after read it
		}
		if found < 0 && o.personal && !o.possessive && !o.ofPerson && r.introduced(o) {
			found = i
		}
	}
	if found < 0 {
		return -1
	}
	return es.addNamed(&es.occ[found])
}

// introduced reports whether a relative clause set off by a comma
// follows the name of occurrence o ("Ina Moss, who plays the queen").
func (r *Resolver) introduced(o *occurrence) bool {
	d := r.d
	q := d.TokenAt(o.start + len(o.name))
	for q < len(d.Toks) && d.Toks[q].End <= o.start+len(o.name) {
		q++
	}
	return q+1 < len(d.Toks) && isComma(d, q) && layer.IsRelative(d.Low[q+1]) && r.pronouns.Field(d.Low[q+1], 0) != "thing"
}

// aged reports whether tokens [k, last) are an age description: a
// determiner, an age ("14-year-old", a person noun after a number and
// hyphen) and at most one noun after it.
func (r *Resolver) aged(k, last int) bool {
	d := r.d
	q := k
	for q < last && layer.IsDeterminer(d.Low[q]) {
		q++
	}
	if q == k || q >= last || last-q > 2 {
		return false
	}
	w := d.Low[q]
	return w[0] >= '0' && w[0] <= '9' && r.personNoun(w)
}
