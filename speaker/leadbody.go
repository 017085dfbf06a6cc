package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// leadBody returns the body a definite description of a body speaking
// in the lead means (the report's first sentence after its headline:
// "…, the elections watchdog has said"), when the sentence after the
// lead opens, maybe after a phrase set off by a comma, with a body's
// name right before a cue ("In a new report, the Harbour Commission
// says …", "The National Survey Office said …"): the report introduces
// what its lead describes, as leadDescribed reads a person. ei, what the
// mention resolved to so far, otherwise.
func (r *Resolver) leadBody(m mention.Mention, src attrib.Run, ei int) int {
	d := r.d
	if !(m.Kind == mention.Definite || m.Definite) || src.First >= src.Last || layer.Capitalised(m.Name[strings.LastIndexByte(m.Name, ' ')+1:]) ||
		m.Type != claimtrail.SpeakerOrganization && m.Type != claimtrail.SpeakerGovernment || d.Sent[src.First] != 1 || r.ents.inContent(d.Toks[src.First].Start) {
		return ei // a name ("the Harbour Commission"), or no lead
	}
	for s := 2; s < min(len(d.Sents), 4); s++ {
		if f, l := r.bodyOpening(s); f < l {
			if bi := r.ownerEntity(f, l); bi >= 0 {
				return bi
			}
			return ei
		}
	}
	return ei
}

// bodyOpening returns the tokens of the body's name that opens sentence
// i, maybe after a phrase set off by a comma, right before a cue ("In a
// new report, the Harbour Commission says"); first == last when none
// does.
func (r *Resolver) bodyOpening(i int) (first, last int) {
	d := r.d
	s := d.Sents[i]
	f := s.First
	if f < s.Last && layer.IsPreposition(d.Low[f]) {
		for f < s.Last && !isComma(d, f) {
			f++
		}
		f++ // "In a new report, the …"
	}
	if f < s.Last && layer.IsDeterminer(d.Low[f]) {
		f++ // the name, not its article
	}
	l := f
	for l < s.Last && d.Toks[l].Kind == token.Word && layer.Capitalised(d.Toks[l].Text(d.Text)) {
		l++
	}
	if l >= s.Last || l-f < 2 || d.Cue[l].Class == 0 {
		return 0, 0
	}
	if n := r.read(f, l); n.Kind != mention.Proper || n.Type != claimtrail.SpeakerOrganization && n.Type != claimtrail.SpeakerGovernment {
		return 0, 0
	}
	return f, l
}
