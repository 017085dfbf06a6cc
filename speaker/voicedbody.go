package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// voicedBody returns the name of the body a bare indefinite description
// of its voice at src ("A spokesman said", body-voices.tsv) speaks for:
// the organisation or government that spoke by name in its sentence or
// the two before ("ACPO said it would review the guidance. A spokesman
// said …"), else the one body the headline, its paragraph and the one
// before name (soleBodyName: "Delta flight diverted … A spokesperson
// said"); "" when the mention says more ("a Tolvane spokesman", "a
// spokesman for …"), stands in someone's words, or the text names two
// bodies there, which one it does not say (a wrong body is worse than
// the description as written).
func (r *Resolver) voicedBody(m mention.Mention, src attrib.Run) string {
	d := r.d
	ws := strings.Fields(strings.ToLower(m.Name))
	if len(ws) != 2 || !layer.IsArticle(ws[0]) || layer.IsDefinite(ws[0]) || !r.bodyVoices.Has(ws[1]) || m.Role != "" && !strings.EqualFold(m.Role, ws[1]) || m.Affiliation != "" {
		return ""
	}
	if r.ents.inContent(d.Toks[src.First].Start) {
		return ""
	}
	if name, at := r.bodySpokeBefore(src.First); name != "" {
		if r.nameCut(name, at) {
			return ""
		}
		return name
	}
	if r.personSpokeInParagraph(src.First) {
		return "" // "Mr Vell said: '…' A spokesman later said": maybe his
	}
	name, at := r.soleBodyName(src.First)
	if name == "" || r.nameCut(name, at) {
		return ""
	}
	return name
}

// maxNameLead is how far past a mention's start (bytes) its name is
// looked for: the words describing a body before its name.
const maxNameLead = 200

// nameCut reports whether the name given at byte at (or first after it,
// in its mention) is part of a longer
// one the capitalised run left out: a capitalised word or a figure right
// before it ("Downing [Street]", "the 1955 [Oscars]") or right after it,
// or an article, a name's joiner or a conjunction and a capitalised word
// after it ("[Transport] 2000", "[Save] the Scottish Regiments", "[Tolvane
// Group] and Kessel Bank": two bodies, which one the text does not say).
func (r *Resolver) nameCut(name string, at int) bool {
	d := r.d
	if i := strings.Index(d.Text[at:min(at+maxNameLead, len(d.Text))], name); i > 0 {
		at += i // "Environmental group Transport 2000 said": the name inside its mention
	}
	f := -1
	for i := range d.Toks {
		if d.Toks[i].Start == at {
			f = i
			break
		}
	}
	if f < 0 || !strings.HasPrefix(d.Text[at:], name) {
		return false
	}
	l := f
	for l < len(d.Toks) && d.Toks[l].End <= at+len(name) {
		l++
	}
	nameLike := func(k int) bool {
		if k < 0 || k >= len(d.Toks) || d.Sent[k] != d.Sent[f] || d.Toks[k].Kind == token.Punct || d.Toks[k].Kind == token.Quote {
			return false
		}
		w := d.Toks[k].Text(d.Text)
		return layer.Capitalised(w) && k != d.Sents[d.Sent[k]].First || w != "" && w[0] >= '0' && w[0] <= '9'
	}
	if nameLike(f-1) || nameLike(l) {
		return true
	}
	return l+1 < len(d.Toks) && (layer.IsArticle(d.Low[l]) || r.joiners.Has(d.Low[l]) || layer.IsConjunction(d.Low[l])) && nameLike(l+1)
}

// personSpokeInParagraph reports whether the last statement's speaker
// is a person named by name whose statement stands in the paragraph of
// token k: a spokesman after it may be that person's.
func (r *Resolver) personSpokeInParagraph(k int) bool {
	d, es := r.d, &r.ents
	if r.spokeEnt < 0 || r.spokeEnt >= len(es.list) {
		return false
	}
	e := es.list[r.spokeEnt]
	if e.typ != claimtrail.SpeakerPerson || !es.byName(r.spokeEnt) || e.end == 0 {
		return false
	}
	for q := k - 1; q >= 0 && d.Sents[d.Sent[q]].Para == d.Sents[d.Sent[k]].Para; q-- {
		if d.Toks[q].Start <= e.at {
			return true
		}
	}
	return false
}

// bodySpokeBefore returns the name of the latest organisation or
// government that spoke by name in the sentence of token k, before k,
// or in the sentence before (or in the one before that, by its name
// written there, not a pronoun meaning it), and the byte where it
// spoke; "" when none did.
func (r *Resolver) bodySpokeBefore(k int) (string, int) {
	d, es := r.d, &r.ents
	at := d.Toks[k].Start
	from := windowStart(d, d.Sent[k])
	near := d.Toks[d.Sents[max(d.Sent[k]-1, 0)].First].Start
	best := -1
	for i, e := range es.list {
		if e.end == 0 || e.at >= at || e.at < from || !es.byName(i) || !r.properName(e.name) {
			continue
		}
		if e.at < near && !strings.Contains(d.Text[e.at:e.end], e.name) {
			continue // two sentences back, a pronoun that meant it ("They felt …"), not its name
		}
		if (e.typ == claimtrail.SpeakerOrganization || e.typ == claimtrail.SpeakerGovernment) && (best < 0 || e.at > es.list[best].at) {
			best = i
		}
	}
	if best < 0 {
		return "", 0
	}
	return es.list[best].name, es.list[best].at
}
