package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/mention"
)

// A company the text names once in passing near "the company" is seldom
// the company the article is about: "Varnmoor is to cut jobs … Drinks
// maker Quelbrook last year closed plants … The company said …" means
// Varnmoor, the body of the headline or lead and of most mentions.

// articleOverPassing returns the entity of the article's company
// (articleCompany) in place of entity ei, the body a company
// description m ("the company", "the firm": a company head of
// sole-name-heads.tsv or company-nouns.tsv) was read to mean, when the
// text names ei's body only once; ei otherwise (also when the article
// has no clear company). "The union", "the organisation" are left
// alone: a union or charity named once is often the one that speaks.
func (r *Resolver) articleOverPassing(m mention.Mention, ei int) int {
	es := &r.ents
	if ei < 0 || r.soleHeads.Field(m.Head, 0) != "company" && !r.companies.Has(m.Head) || r.namedTimes(es.list[ei].name) > 1 {
		return ei
	}
	main := r.articleCompany()
	if main == nil || sameBody(main.name, es.list[ei].name) {
		return ei
	}
	i := es.addNamed(main)
	if e := &es.list[i]; e.typ != claimtrail.SpeakerOrganization {
		e.typ, e.byTags, e.weak = claimtrail.SpeakerOrganization, false, false // the tags' person that the text shows a body
	}
	return i
}

// namedTimes returns how often the text names the body name as a whole
// word, in the form given or a longer one ("Varnmoor" in "Varnmoor
// Foods").
func (r *Resolver) namedTimes(name string) int {
	text, n := r.d.Text, 0
	for at := 0; name != ""; {
		k := strings.Index(text[at:], name)
		if k < 0 {
			break
		}
		k += at
		end := k + len(name)
		if (k == 0 || !wordByte(text[k-1])) && (end == len(text) || !wordByte(text[end])) {
			n++
		}
		at = end
	}
	return n
}

// wordByte reports whether byte c continues a word.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// articleCompany returns the first occurrence of the company the
// article is about: a body the headline or the lead sentence names and
// that spoke by name before,
// typed organisation there or shown to be a body elsewhere, that the
// text names at least three times and more often than any other body
// it names; nil when there is none or two compete (no clear winner).
func (r *Resolver) articleCompany() *occurrence {
	es := &r.ents
	var best *occurrence
	bestN := 0
	for i := range es.occ {
		o := &es.occ[i]
		if o.sent > 1 || !(o.typ == claimtrail.SpeakerOrganization || es.bodyShown(o.name)) || r.givenPersonName(o.name) {
			continue
		}
		if best != nil && sameBody(best.name, o.name) || !r.spokeByName(o.name) {
			continue // (a product, "Windows", is named often but never speaks)
		}
		if n := r.namedTimes(o.name); n > bestN {
			best, bestN = o, n
		}
	}
	if best == nil || bestN < 3 {
		return nil
	}
	for i := range es.occ { // any other body named as often competes
		if o := &es.occ[i]; (o.typ == claimtrail.SpeakerOrganization || es.bodyShown(o.name)) && !sameBody(o.name, best.name) && !sameBody(best.name, o.name) && r.namedTimes(o.name) >= bestN {
			return nil
		}
	}
	return best
}

// spokeByName reports whether a speaker so far was the body name by
// name (or by a longer or shorter form of it).
func (r *Resolver) spokeByName(name string) bool {
	for _, e := range r.ents.list {
		if e.end > 0 && !e.unsaid && (sameBody(e.name, name) || sameBody(name, e.name)) {
			return true
		}
	}
	return false
}
