package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// soleCompany returns the company a definite description of one at src
// ("the firm", "The global sports giant", "the former monopoly":
// sole-name-heads.tsv, kind company), or of any other body with no name
// of its own ("the think-tank", "the watchdog": kind body), means when nothing else resolved
// it (ei < 0, or an entity only a description named): the one proper
// name of a body the headline, the description's paragraph and the
// paragraph before it give before it ("Shares in Tolvane Energy jumped
// after the firm said …"). Two bodies named there, which one the text
// does not say: the description stays as written (a wrong company is
// worse than a description). Names of people, places, nations, dates
// and publications are no company's, nor is a name modifying a noun
// after it ("Kessel sneakers").
func (r *Resolver) soleCompany(m mention.Mention, src attrib.Run, ei int) int {
	es := &r.ents
	if !r.bodyDescription(m, src) {
		return ei
	}
	if es.byName(ei) && es.list[ei].name != m.Name || es.inContent(r.d.Toks[src.First].Start) {
		return ei
	}
	if r.headBeforeName(m.Head, src.First) {
		return ei // "Security firm iDefence … The security firm says": the name the tables cannot read
	}
	name, at := r.soleBodyName(src.First)
	if name == "" || r.nameCut(name, at) || r.capitalBefore(at) {
		return ei // "Man Utd": the run left "Man" out
	}
	i := es.add(entity{name: name, typ: claimtrail.SpeakerOrganization, at: at, named: -1})
	if e := &es.list[i]; e.typ == claimtrail.SpeakerPerson || e.typ == claimtrail.SpeakerUnknown {
		e.typ, e.weak = claimtrail.SpeakerOrganization, false // "Renault said …" typed person for want of a reading
	}
	return i
}

// bodyDescription reports whether m, read at src, is a definite
// description of a body (sole-name-heads.tsv) with no name of its own:
// "the firm", "the think-tank", or "The US regulator", which the mention
// reader took for a name for its nation's word.
func (r *Resolver) bodyDescription(m mention.Mention, src attrib.Run) bool {
	d := r.d
	head := m.Head
	switch {
	case m.Kind == mention.Definite || m.Kind == mention.Descriptor && m.Definite:
	case m.Kind == mention.Proper && layer.IsDefinite(d.Low[src.First]) && !hasCapital(lastWord(m.Name)):
		head = lastWord(m.Name) // "The US regulator"
	default:
		return false
	}
	return !r.namesMore(m.Name) && r.soleHeads.Field(head, 0) != ""
}

// namesMore reports whether a description's words hold a capitalised
// word other than a nation's or a country's name ("the Tolvane firm":
// a name; "The US regulator": a description still).
func (r *Resolver) namesMore(desc string) bool {
	for w := range strings.FieldsSeq(desc) {
		if hasCapital(w) && !r.mentions.IsCountryName(w) && !r.demonyms.HasFold(w) {
			return true
		}
	}
	return false
}

// soleBodyName returns the one body's name (its longest form) the
// headline and the paragraphs of token k and the one before give before
// k, and where it was first given; "" when there is none or more than
// one.
func (r *Resolver) soleBodyName(k int) (name string, at int) {
	d := r.d
	para := d.Sents[d.Sent[k]].Para
	for q := 0; q < k; {
		s := d.Sents[d.Sent[q]]
		if !s.Headline() && s.Para < para-1 {
			q = s.Last
			continue
		}
		f, l := r.capitalRunAt(q, k)
		if l <= f {
			q++
			continue
		}
		q = l
		cand, fit := r.bodyCandidate(f, l)
		if fit != notBody && f > 0 && layer.IsConjunction(d.Low[f-1]) {
			return "", 0 // "Tolvane Networks and Kessel Securities": two bodies named together
		}
		if fit == notBody || r.governedRun(f) || r.listedAfterName(f) || r.ents.inContent(d.Toks[f].Start) {
			continue // "a dunking on Wall Street", "a threat to Tolvane's player": no subject
		}
		switch {
		case fit == maybeBody && !sameBody(name, cand):
			return "", 0 // "Fosters", "Tolvane": a place's name by the tags, maybe a company's
		case name == "":
			name, at = cand, d.Toks[f].Start
		case sameBody(name, cand):
			if len(cand) > len(name) {
				name = cand
			}
		default:
			return "", 0 // "Tolvane … Kessel": which one, the text does not say
		}
	}
	return name, at
}

// headBeforeName reports whether the head word of a description at
// token k stands before k, in its paragraph or the one before, right
// before a proper noun that opens in lower case ("firm iDefence"): a
// company the text described with that word, whose name no capital
// marks.
func (r *Resolver) headBeforeName(head string, k int) bool {
	d := r.d
	para := d.Sents[d.Sent[k]].Para
	for q := k - 2; q >= 0 && d.Sents[d.Sent[q]].Para >= para-1; q-- {
		if d.Low[q] == head && d.Toks[q+1].Kind == token.Word && !layer.Capitalised(d.Toks[q+1].Text(d.Text)) && strings.HasPrefix(r.pos(q+1), "NNP") {
			return true
		}
	}
	return false
}

// governedRun reports whether the name opening at token f is the object
// of a preposition, a determiner maybe between ("on the London Stock
// Exchange"), other than a passive's "by": a place or a thing the
// sentence is about, not the company it tells of.
func (r *Resolver) governedRun(f int) bool {
	d := r.d
	p := f - 1
	for p >= 0 && (layer.IsDeterminer(d.Low[p]) || r.pos(p) == "JJ") {
		p-- // "on the London Stock Exchange", "outside western Europe"
	}
	if p < d.Sents[d.Sent[f]].First {
		return false
	}
	return (r.pos(p) == "IN" || r.pos(p) == "TO") && !layer.IsComplementizer(d.Low[p]) && !r.mentions.IsAgent(d.Low[p])
}

// capitalBefore reports whether a capitalised word stands right before
// the token at byte at in its sentence, even the word opening it: a
// name's first word the proper-noun run left out ("Man Utd to open
// books": "Man" is no common noun here).
func (r *Resolver) capitalBefore(at int) bool {
	d := r.d
	f := d.TokenAt(at)
	return f > 0 && f < len(d.Toks) && d.Toks[f].Start == at && d.Sent[f-1] == d.Sent[f] && d.Toks[f-1].Kind == token.Word && layer.Capitalised(d.Toks[f-1].Text(d.Text))
}

// listedAfterName reports whether the name opening at token f follows
// another name and a comma: an item of a list ("in the House of
// Commons, Kessel Parliament, …"), which the list's first item's
// preposition governs as much.
func (r *Resolver) listedAfterName(f int) bool {
	return f >= 2 && isComma(r.d, f-1) && r.d.Sent[f-2] == r.d.Sent[f] && r.properWord(f-2)
}

// capitalRunAt returns the run of proper-noun words (with the joiners
// of a name, "Bank of Kessel", and "&") that opens at token q, before
// token k and in q's sentence; l <= f when no such run opens at q.
func (r *Resolver) capitalRunAt(q, k int) (f, l int) {
	d := r.d
	if !r.properWord(q) || q > 0 && d.Sent[q-1] == d.Sent[q] && r.properWord(q-1) {
		return 0, 0
	}
	l = q + 1
	for l < k && d.Sent[l] == d.Sent[q] {
		switch {
		case r.properWord(l):
			l++
		case (r.joiners.Has(d.Low[l]) || d.Low[l] == "&") && l+1 < k && r.properWord(l+1) && d.Sent[l+1] == d.Sent[q]:
			l += 2
		default:
			return q, l
		}
	}
	return q, l
}

// properWord reports whether token q is a capitalised word the POS
// tagger reads as a proper noun.
func (r *Resolver) properWord(q int) bool {
	d := r.d
	if d.Toks[q].Kind != token.Word || !layer.Capitalised(d.Toks[q].Text(d.Text)) || d.POS == nil {
		return false
	}
	p := r.pos(q)
	if p == "NNP" || p == "NNPS" {
		return true
	}
	return strings.HasPrefix(p, "NN") && q == d.Sents[d.Sent[q]].First && r.capitalisedInside(q)
}

// capitalisedInside reports whether the word at token q, which opens its
// sentence, is written capitalised inside a sentence somewhere in the
// text: a name the POS tagger took for a common noun ("Fosters bought
// …", "the prospect of Fosters").
func (r *Resolver) capitalisedInside(q int) bool {
	d := r.d
	for i := range d.Toks {
		if i != q && d.Low[i] == d.Low[q] && i != d.Sents[d.Sent[i]].First && layer.Capitalised(d.Toks[i].Text(d.Text)) {
			return true
		}
	}
	return false
}

// A name's fitness to be the company a description means (bodyCandidate).
const (
	notBody   = iota // a person's, a date's, a nation's, a publication's: never
	maybeBody        // a place's by the tags alone ("Fosters", "Cincinnati"): which, the text does not say
	body             // a company's or another body's
)

// bodyCandidate returns the name tokens [f, l) give and whether it is a
// company's: never a person's (a title, a given name, a role word before
// it, the entity tags' person of two words or more, the surname of a person the text named
// in full), a nation's, a date's, a publication's, a name modifying a
// common noun after it ("Kessel sneakers", "Tolvane boss") or a common
// word opening a sentence that the text writes once, nor a place of two
// words or more by the tags that ends in no body's word; a place of one
// word by the tags alone maybe one (their places are often companies'
// names), surely when it opens a name they call an organisation
// ("Delta", "Delta Air Lines").
func (r *Resolver) bodyCandidate(f, l int) (string, int) {
	d := r.d
	name := d.Text[d.Toks[f].Start:d.Toks[l-1].End]
	if l < len(d.Toks) && d.Sent[l] == d.Sent[f] && d.Toks[l].Kind == token.Word && !layer.Capitalised(d.Toks[l].Text(d.Text)) && strings.HasPrefix(r.pos(l), "NN") {
		return "", notBody
	}
	if f >= 2 && r.possessive(f-1) && r.properWord(f-2) {
		return "", notBody // "Kessel Munich's Champions Cup match": the owner's thing
	}
	lw := d.Low[f]
	if r.mentions.IsTitle(lw) || r.mentions.IsRoleWord(lw) || l-f > 1 && r.givenNames.Has(lw) || r.mentions.Gender(name) != "" || f > 0 && r.mentions.IsRoleWord(d.Low[f-1]) {
		return "", notBody
	}
	tag := ""
	if d.NER != nil {
		tag = d.NERNames[d.NER[f]]
	}
	switch {
	case r.mentions.IsCountryName(name), r.demonyms.HasFold(name), r.timeAt(f, l), r.months.Has(lw), r.days.Has(lw):
		return "", notBody
	case r.publications.HasFold(name), r.holdsPublication(name):
		return "", notBody
	case l-f == 1 && r.surnameNamed(name, d.Toks[f].Start):
		return "", notBody
	case l-f == 1 && tag == "O" && r.opensSentence(f) && strings.Count(d.Text, name) < 2 && !acronym(name):
		return "", notBody // "Rain fell": a common word the tags name nothing, written once; "SEC to rethink" is a name
	case strings.HasSuffix(tag, "PERSON") && l-f > 1 && !r.bodyName(name):
		return "", notBody
	case strings.HasSuffix(tag, "LOCATION") && l-f > 1 && !r.bodyName(name):
		return "", notBody // "Wall Street"; "Tolvane Networks", whatever the tags call it, is a body
	case strings.HasSuffix(tag, "LOCATION") && !r.opensOrganization(name):
		return name, maybeBody
	}
	return name, body
}

// opensOrganization reports whether the entity tags call name, or a
// longer name it opens, an organisation anywhere in the text.
func (r *Resolver) opensOrganization(name string) bool {
	for i := range r.ents.occ {
		if o := &r.ents.occ[i]; o.typ == claimtrail.SpeakerOrganization && (o.name == name || strings.HasPrefix(o.name, name+" ")) {
			return true
		}
	}
	return false
}

// surnameNamed reports whether the one word w is the last word of a
// person's name the entity tags mark before byte at ("Louis Vell …
// Vell said").
func (r *Resolver) surnameNamed(w string, at int) bool {
	for _, o := range r.ents.occ {
		if o.start >= at {
			break
		}
		if o.typ == claimtrail.SpeakerPerson && o.personal && lastWord(o.name) == w {
			return true
		}
	}
	return false
}

// sameBody reports whether two names name one body: one the other's
// opening words ("Tolvane" and "Tolvane Energy"), or an acronym of the
// other's capitalised words ("TEG", "Tolvane Energy Group").
func sameBody(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == b || strings.HasPrefix(b, a+" ") {
		return true
	}
	if !acronym(a) {
		return false
	}
	var initials strings.Builder
	for w := range strings.FieldsSeq(b) {
		if layer.Capitalised(w) {
			initials.WriteByte(w[0])
		}
	}
	return initials.String() == a
}
