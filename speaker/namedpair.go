package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
)

// namedPair returns the bodies a definite plural description of
// companies at src ("the companies", "the two firms": a generic noun of
// company-nouns.tsv) means when the sentence before opens with two
// bodies' names joined by a conjunction as its subject ("Tolvane and
// Kessel Group, the firms that own …, welcomed …. 'We agree,' the
// companies said"): the two as the article names them, one group
// speaker. ei, what the mention resolved to so far, when it is a name or
// no such pair opens the sentence before.
func (r *Resolver) namedPair(m mention.Mention, src attrib.Run, ei int) int {
	d := r.d
	if ei >= 0 && !r.ents.list[ei].described || !(m.Kind == mention.Definite || m.Definite) || m.Type != claimtrail.SpeakerGroup ||
		src.First >= src.Last || d.Sent[src.First] == 0 || r.ents.inContent(d.Toks[src.First].Start) {
		return ei
	}
	head, ok := strings.CutSuffix(d.Low[src.Last-1], "s")
	if stem, ies := strings.CutSuffix(d.Low[src.Last-1], "ies"); ies {
		head = stem + "y" // "companies"
	}
	if !ok || r.companies.Field(head, 0) != "generic" {
		return ei
	}
	sen := d.Sents[d.Sent[src.First]-1]
	f := sen.First
	_, a := r.capitalRun(f, 1)
	if a == f || a >= sen.Last || !layer.IsConjunction(d.Low[a]) || layer.IsDisjunction(d.Low[a]) {
		return ei
	}
	_, b := r.capitalRun(a+1, 1)
	if b == a+1 || b >= sen.Last || !isComma(d, b) && !r.verbFollows(b, sen.Last) || !r.properBody(f, a, false) || !r.properBody(a+1, b, false) ||
		!r.properBody(f, a, true) && !r.properBody(a+1, b, true) {
		return ei
	}
	name := d.Text[d.Toks[f].Start:d.Toks[b-1].End]
	return r.ents.add(entity{name: name, typ: claimtrail.SpeakerGroup, at: d.Toks[src.First].Start, named: -1})
}

// properBody reports whether tokens [first, last) read as a body's
// proper name (sure), or as a name no one reads as a person's or a
// group's (not sure: "Siemens", a one-word name of unknown type).
func (r *Resolver) properBody(first, last int, sure bool) bool {
	m := r.read(first, last)
	if sure {
		return m.Kind == mention.Proper && (m.Type == claimtrail.SpeakerOrganization || m.Type == claimtrail.SpeakerGovernment)
	}
	return (m.Kind == mention.Proper || m.Kind == mention.Surname) && m.Type != claimtrail.SpeakerPerson && m.Type != claimtrail.SpeakerGroup
}
