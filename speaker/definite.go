package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// asDescription returns m, read at the source run src, as the definite
// description it is when a nation's or a place's word made the mention
// reader take it for a name: "The German giant", "The Australian
// firm", "The Canada-based company" (a company noun or organisation
// word after "the" and modifiers only) point back to a body the text
// names as "the firm" does, when a body spoke by name in its sentence
// or the two before: that body (body, -1 for none); "The Spaniard",
// "the Dutchman" (one capitalised person noun, person-nouns.tsv) to a
// person as "the 34-year-old" does. Any other mention is m unchanged.
func (r *Resolver) asDescription(m mention.Mention, src attrib.Run) (_ mention.Mention, body int) {
	d := r.d
	if m.Kind != mention.Proper && m.Kind != mention.Surname || src.Last-src.First < 2 || !layer.IsDefinite(d.Low[src.First]) {
		return m, -1
	}
	last := src.Last - 1
	for last > src.First && d.Toks[last].Kind == token.Punct {
		last--
	}
	last = r.beforeAside(m, src, last)
	if last == src.First+1 && m.Kind == mention.Surname && r.personNouns.Has(d.Low[last]) {
		m.Kind, m.Type, m.Role, m.Head = mention.Definite, claimtrail.SpeakerPerson, m.Name, d.Low[last]
		return m, -1 // "the Dutchman said"
	}
	head := d.Low[last]
	if m.Kind != mention.Proper || m.Type != claimtrail.SpeakerOrganization || layer.Capitalised(d.Toks[last].Text(d.Text)) ||
		!r.companies.Has(head) && !r.mentions.IsOrganizationWord(head) {
		return m, -1
	}
	nation := false
	for k := src.First + 1; k < last; k++ {
		w := d.Toks[k].Text(d.Text)
		switch {
		case d.Low[k] == "-":
		case d.Toks[k].Kind != token.Word:
			return m, -1
		case modifierWord(w) || layer.Capitalised(w) && d.Low[k+1] == "-":
			nation = true // "Canada-based"
		case layer.Capitalised(w):
			if m.Affiliation == "" || !strings.Contains(m.Name, w) {
				return m, -1 // "The Harbour Group", "the Tolvane company": a name
			}
			nation = true // "German", "US": the reader's affiliation
		}
	}
	if !nation {
		return m, -1
	}
	// the body that spoke by name in its sentence or the two before; no
	// name the entity tags alone mark ("Tolvane announced a deal with
	// Harbour Technologies. The US company said …")
	sent := d.Sent[src.First]
	body = r.organizationSpoke(d.Toks[src.First].Start, windowStart(d, sent))
	if body >= 0 {
		m.Kind, m.Head = mention.Definite, head
	}
	return m, body
}

// modifierWord reports whether w is a capitalised word joined by a
// hyphen to a lower-case one ("Canada-based", "Tolvane-owned"): a
// modifier, no name.
func modifierWord(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h > 0 && h+1 < len(w) && layer.Capitalised(w) && !layer.Capitalised(w[h+1:])
}

// beforeAside returns the last token of the name m gives when an aside
// after a comma or a dash ends the source run ("The Swedish firm, the
// world's largest maker of …": "firm"), last otherwise.
func (r *Resolver) beforeAside(m mention.Mention, src attrib.Run, last int) int {
	d := r.d
	for k := src.First + 2; k < last; k++ {
		if d.Toks[k].Kind == token.Punct && (d.Low[k] == "," || d.Low[k] == "-" && d.Toks[k-1].End < d.Toks[k].Start) {
			if strings.HasSuffix(m.Name, d.Toks[k-1].Text(d.Text)) {
				return k - 1
			}
			return last
		}
	}
	return last
}

// staleHeadMatch returns the body a definite description of a body at
// token k means when the entities resolved it to ei by its head word
// ("the bank" for "Bank of England") though ei was last mentioned before
// the description's sentence and the two before it, while another body
// spoke there by its proper name ("… the Bank of England said. … Halifax
// said prices rose … the bank said"): that body, which the text is
// about now; else ei.
func (r *Resolver) staleHeadMatch(m mention.Mention, k, ei int) int {
	d, es := r.d, &r.ents
	if ei < 0 || m.Kind != mention.Definite || m.Type != claimtrail.SpeakerOrganization || !es.byName(ei) {
		return ei
	}
	from, at := windowStart(d, d.Sent[k]), d.Toks[k].Start
	if es.list[ei].at >= from {
		return ei
	}
	best := -1
	for i, e := range es.list {
		if i != ei && e.typ == claimtrail.SpeakerOrganization && e.end > 0 && e.at >= from && e.at < at && r.properName(e.name) && (best < 0 || e.at > es.list[best].at) {
			best = i
		}
	}
	if best < 0 {
		return ei
	}
	return best
}

// descriptionOnly returns the run src without what follows a comma
// after its first word: the tagger's run may hold a relative clause or
// aside after a description ("The 27-year-old, who captained Dunmore to
// the cup, said"), and the rules that read a description (roleHolder,
// protagonist) read its own words.
func descriptionOnly(d *layer.Doc, src attrib.Run) attrib.Run {
	for k := src.First + 1; k < src.Last; k++ {
		if isComma(d, k) {
			src.Last = k
			break
		}
	}
	return src
}
