package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
)

// namedPair returns the bodies a definite plural description of
// companies at src ("the companies", "the two firms": a generic noun of
// company-nouns.tsv) means when the sentence before, or else the lead
// (the report's first sentence after its headline), opens with two or
// more bodies' names joined by commas and a conjunction as its subject,
// maybe after a plural company noun ("Tolvane and Kessel Group, the
// firms that own …, welcomed …. 'We agree,' the companies said";
// "Technology firms Tolvane, Kessel, Brandell and Norvik are building
// … the firms said"): the bodies as the article names them, one group
// speaker. ei, what the mention resolved to so far, when it is a name or
// no such list opens either sentence.
func (r *Resolver) namedPair(m mention.Mention, src attrib.Run, ei int) int {
	d := r.d
	if ei >= 0 && !r.ents.list[ei].described || !(m.Kind == mention.Definite || m.Definite) || m.Type != claimtrail.SpeakerGroup ||
		src.First >= src.Last || d.Sent[src.First] == 0 || r.ents.inContent(d.Toks[src.First].Start) {
		return ei
	}
	if !r.companyPlural(d.Low[src.Last-1]) {
		return ei
	}
	for _, s := range []int32{d.Sent[src.First] - 1, 1} {
		if s < 1 || s >= d.Sent[src.First] {
			continue
		}
		if f, l := r.listedBodies(s); f < l {
			name := d.Text[d.Toks[f].Start:d.Toks[l-1].End]
			return r.ents.add(entity{name: name, typ: claimtrail.SpeakerGroup, at: d.Toks[src.First].Start, named: -1})
		}
	}
	return ei
}

// companyPlural reports whether w is the plural of a generic company
// noun ("companies", "firms": company-nouns.tsv's third column).
func (r *Resolver) companyPlural(w string) bool {
	for _, k := range r.companies.Order {
		if r.companies.Field(k, 0) == "generic" && r.companies.Field(k, 1) == w {
			return true
		}
	}
	return false
}

// listedBodies returns the tokens of the list of bodies' names that
// opens sentence s as its subject, maybe after a plural company noun and
// the word before it ("Technology firms"): names of at most four
// capitalised words joined by commas and a final conjunction (no "or"),
// then a comma or a verb; each a name no one reads as a person's, one
// at least a body's for sure unless the company noun before the list
// says they are bodies. first == last when there is none.
func (r *Resolver) listedBodies(s int32) (first, last int) {
	d := r.d
	sen := d.Sents[s]
	f := sen.First
	if _, a := r.capitalRun(f, 1); a > f && a+1 < sen.Last && r.companyPlural(d.Low[a]) && a-f == 1 && !layer.IsDeterminer(d.Low[f]) {
		f = a + 1 // "Technology firms Tolvane, …"
	}
	sure := f > sen.First // the company noun says what the names are ("firms Sony, Philips …")
	for q := f; ; {
		_, a := r.capitalRun(q, 1)
		if a == q || a >= sen.Last || !r.properBody(q, a, false) {
			return 0, 0
		}
		sure = sure || r.properBody(q, a, true)
		switch {
		case isComma(d, a):
			q = a + 1
			continue
		case layer.IsConjunction(d.Low[a]) && !layer.IsDisjunction(d.Low[a]):
			_, b := r.capitalRun(a+1, 1)
			if b == a+1 || b >= sen.Last || !isComma(d, b) && !r.verbFollows(b, sen.Last) || !r.properBody(a+1, b, false) ||
				!sure && !r.properBody(a+1, b, true) {
				return 0, 0
			}
			return f, b
		default:
			return 0, 0
		}
	}
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
