package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// studyOwner returns the owner of the document a bare definite
// description of one at src means ("the report", "The survey, conducted
// by …") when no author of it spoke: the one owner the text gives a
// document before the description's end — written before the noun ("the
// annual Tolvane survey", documentOwner) or after it and a word naming
// the author ("a report from analysts Kessel", "The study, for security
// firm Tolvane", "research carried out by Tolvane": document-nouns.tsv,
// document-owners.tsv) — and the entity it names; -1 when the text gives
// none, or documents of two owners, which one, the text does not say.
func (r *Resolver) studyOwner(m mention.Mention, src attrib.Run) int {
	d := r.d
	if !layer.IsDefinite(d.Low[src.First]) || hasCapital(m.Name) || r.outletNouns.Has(m.Head) {
		return -1 // "the paper" may be a newspaper
	}
	i := r.documentsOwner(src.Last, m.Head)
	if i >= 0 {
		r.ents.list[i].document = m.Head
	}
	return i
}

// voicesOwner returns the owner of the study whose authors a source at
// src names ("the authors", "the researchers": study-voices.tsv) when
// nothing resolved it (ei < 0) or only a description did: the one owner
// the text gives a document before it (documentsOwner); else ei. A
// survey's respondents ("59% of people", "those questioned") speak for
// themselves, never for the body that ran or paid for the poll: they
// stay as written.
func (r *Resolver) voicesOwner(m mention.Mention, src attrib.Run, ei int) int {
	if r.ents.byName(ei) {
		return ei
	}
	if oi := r.voicesOf(m, src); oi >= 0 {
		return oi
	}
	return ei
}

// respondentsAsWritten gives m the words of its source at src, a group,
// when they name a survey's respondents (a "respondent" word of
// study-voices.tsv) and m's own reading left no name or one word: "70%",
// "those questioned" are the respondents as the text names them, no
// one's figure and no participle alone.
func (r *Resolver) respondentsAsWritten(m *mention.Mention, src attrib.Run, ei int) {
	d := r.d
	last := src.Last
	for last > src.First && d.Toks[last-1].Kind == token.Punct && d.Low[last-1] != ")" {
		last-- // "17%," as the tagger ran it
	}
	if ei >= 0 || m.Kind == mention.Pronoun || strings.Contains(m.Name, " ") || hasCapital(m.Name) || last <= src.First ||
		r.ents.inContent(d.Toks[src.First].Start) {
		return // "B&B - which has a 22% share … - said": B&B
	}
	for k := src.First; k < last; k++ {
		if r.voices.Field(d.Low[k], 0) == "respondent" {
			m.Kind, m.Type = mention.Descriptor, claimtrail.SpeakerGroup
			m.Name = d.Text[d.Toks[src.First].Start:d.Toks[last-1].End]
			return
		}
	}
}

// voicesOf returns the owner voicesOwner gives, -1 when there is none.
func (r *Resolver) voicesOf(m mention.Mention, src attrib.Run) int {
	d := r.d
	voices := layer.IsDefinite(d.Low[src.First]) && r.voices.Field(m.Head, 0) == "author" && !hasCapital(m.Name)
	for k := src.First; k < src.Last && voices; k++ {
		voices = r.voices.Field(d.Low[k], 0) != "respondent" // "the authors polled": respondents
	}
	if !voices || r.ents.inContent(d.Toks[src.First].Start) {
		return -1
	}
	return r.documentsOwner(src.First, "") // any study noun of study-voices.tsv
}

// documentsOwner returns the entity of the one owner the text gives a
// document a description with head may mean (documentAt) before token
// end, -1 when it gives none or two; head "" means any study noun.
func (r *Resolver) documentsOwner(end int, head string) int {
	owner, clash := r.oneDocumentOwner(0, end, head, true)
	if clash {
		return -1 // "a Tolvane survey … a report by Kessel": which, the text does not say
	}
	if owner[0] == owner[1] {
		return -1
	}
	return r.ownerEntity(owner[0], owner[1])
}

// ownerOfDocumentAt returns the tokens of the owner the text gives the
// document whose noun is at token q, before it ("the annual Tolvane
// survey") or after it ("a report by Kessel Research"); first == last
// when it gives none.
func (r *Resolver) ownerOfDocumentAt(q int) (first, last int) {
	f, l := r.ownerBefore(q)
	if r.authoredDocs.Field(r.d.Low[q], 0) == "document" {
		f, l = 0, 0 // "a Kessel Party members' newsletter": the words before a letter are seldom its author
	}
	if f < l && r.mentions.IsDocument(r.d.Low[l-1]) {
		return 0, 0 // "its latest Beige Book report": the document's own name
	}
	if f >= l {
		f, l = r.ownerAfter(q)
	}
	return f, l
}

// ownerEntity returns the entity of the owner a document's tokens
// first…last name, -1 when they name no body or person that can own one.
func (r *Resolver) ownerEntity(first, last int) int {
	d := r.d
	owner := [2]int{first, last}
	mm := r.read(owner[0], owner[1])
	if mm.Kind != mention.Proper && mm.Kind != mention.Surname || owner[1]-owner[0] == 1 && mm.Type == claimtrail.SpeakerGovernment {
		return -1 // "US research": a nation owns no document
	}
	typ := mm.Type
	if typ == claimtrail.SpeakerUnknown || typ == claimtrail.SpeakerPerson && !r.surePerson(mm.Name) {
		typ = claimtrail.SpeakerOrganization // "the Hefce report", "research from Kessel": a body's
	}
	name := mm.Name
	if typ != claimtrail.SpeakerPerson {
		name = d.Text[d.Toks[owner[0]].Start:d.Toks[owner[1]-1].End] // "Centre for Economic Research" whole
	}
	i := r.ents.add(entity{name: name, role: mm.Role, affiliation: mm.Affiliation, typ: typ, at: d.Toks[owner[0]].Start, named: -1})
	if e := &r.ents.list[i]; e.typ == claimtrail.SpeakerPerson && typ != claimtrail.SpeakerPerson {
		e.typ, e.weak = typ, false // "analysts Tolvane Insight", typed person for want of a reading, owns a report
	}
	return i
}

// documentAt reports whether token q is a lower-case document noun that
// a description with head may mean: the same noun, or a study's singular
// one (study-voices.tsv: "research from Tolvane … the report said"; "two
// powerful figures", "the MSCI World index" are no "report"), not one
// modifying a noun after it ("a research group").
func (r *Resolver) documentAt(q int, head string) bool {
	d := r.d
	authored := r.authoredDocs.Field(d.Low[q], 0) == "document" // "An Open Letter from …" is a letter too
	if d.Toks[q].Kind != token.Word || layer.Capitalised(d.Toks[q].Text(d.Text)) && !authored || !r.documentHead(d.Low[q]) {
		return false
	}
	if q+1 < len(d.Toks) && d.Sent[q+1] == d.Sent[q] && r.lowerWord(q+1) && strings.HasPrefix(r.pos(q+1), "NN") {
		return false
	}
	return d.Low[q] == head || r.voices.Field(d.Low[q], 0) == "study" && r.pos(q) != "NNS" && (head == "" || r.mentions.IsDocument(head))
}

// ownerBefore returns the owner's tokens written before the document's
// noun at token q ("the annual Tolvane survey", "Kessel's report"), the
// noun phrase opening after the nearest word that cannot be in it;
// first == last when there is none.
func (r *Resolver) ownerBefore(q int) (first, last int) {
	d := r.d
	from := q
	for from > d.Sents[d.Sent[q]].First && q-from < 7 {
		p := from - 1
		if d.Toks[p].Kind != token.Word && !r.possessive(p) && !r.joiners.Has(d.Low[p]) && d.Low[p] != "/" || layer.IsPreposition(d.Low[p]) || r.verbal(p) {
			break // "Reuters/Ipsos", "Kell & Sons" stay whole
		}
		from = p
	}
	if from == q {
		return 0, 0
	}
	return r.documentOwner(from, q)
}

// ownerAfter returns the owner's tokens written after the document's
// noun at token q: maybe a comma and a participle of making it
// ("conducted", "carried out"), then a word naming its author ("by",
// "from", "for"), maybe "the" and up to three lower-case words
// describing the owner ("analysts", "net security firm"), then a proper
// name; first == last when there is none.
func (r *Resolver) ownerAfter(q int) (first, last int) {
	d := r.d
	k := q + 1
	same := func(k int) bool { return k < len(d.Toks) && d.Sent[k] == d.Sent[q] }
	if same(k) && isComma(d, k) {
		k++
	}
	for n := 0; n < 2 && same(k) && r.maker(k); n++ {
		k++ // "conducted", "carried out"
	}
	if !same(k) || !r.mentions.IsAgent(d.Low[k]) && !r.ownerWords.Has(d.Low[k]) || r.addressedAfter(q, k) {
		return 0, 0
	}
	k++
	if same(k) && layer.IsDeterminer(d.Low[k]) {
		k++
	}
	for n := 0; n < 3 && same(k) && r.lowerWord(k); n++ {
		k++ // "technology analysts", "telecoms giant"
	}
	if !same(k) {
		return 0, 0
	}
	f, l := r.nameRunAt(k)
	if f >= l || !r.ownerRun(f, l) && !r.joinedBody(f, l) {
		return 0, 0
	}
	if n := r.lowerRun(l); n > 0 {
		// "by Sunday Telegraph journalist Ravi Kell": the person, of the paper
		if f2, l2 := r.nameRunAt(l + n); f2 < l2 && r.ownerRun(f2, l2) {
			return f2, l2
		}
		return 0, 0
	}
	if f2, l2 := r.personAfterTitle(l); f2 < l2 {
		return f2, l2 // "from Tolvane chief executive Ada Vell": "chief" an adjective to the tagger
	}
	if l < len(d.Toks) && same(l) && layer.IsConjunction(d.Low[l]) {
		return 0, 0 // "by Tolvane and the Kessel Group": two owners
	}
	return f, l
}

// nameRunAt returns the capitalised words from token k in its sentence,
// with the words joining them ("Pew Internet and American Life Project",
// "Kell & Sons", "Centre for Economic Research"), whatever the POS tagger calls
// them; l <= f when no capitalised word opens at k.
func (r *Resolver) nameRunAt(k int) (f, l int) {
	d := r.d
	capital := func(k int) bool {
		return k < len(d.Toks) && d.Sent[k] == d.Sent[f] && d.Toks[k].Kind == token.Word && layer.Capitalised(d.Toks[k].Text(d.Text))
	}
	f, l = k, k
	for capital(l) {
		l++
		for j := l; j < len(d.Toks) && d.Sent[j] == d.Sent[f] && (r.joiners.Has(d.Low[j]) || layer.IsConjunction(d.Low[j]) || layer.IsArticle(d.Low[j]) || r.bodyJoiner(j)); j++ {
			if capital(j + 1) {
				l = j + 1
				break
			}
		}
	}
	return f, l
}

// joinedBody reports whether tokens [f, l) are a body's name whose words
// a body's joiner joins ("Centre for Economic Research"), which
// ownerRun does not read.
func (r *Resolver) joinedBody(f, l int) bool {
	d := r.d
	joined := false
	for k := f; k < l; k++ {
		switch {
		case r.bodyJoiner(k):
			joined = true
		case d.Toks[k].Kind != token.Word || !layer.Capitalised(d.Toks[k].Text(d.Text)) && !r.joiners.Has(d.Low[k]) && !layer.IsArticle(d.Low[k]):
			return false
		}
	}
	return joined
}

// bodyJoiner reports whether token j joins the words of a body's name
// after a body's word (document-owners.tsv, kind joins: "Centre for
// Economic Research", "Institute for Fiscal Studies").
func (r *Resolver) bodyJoiner(j int) bool {
	d := r.d
	if j == 0 || r.ownerWords.Field(d.Low[j], 0) != "joins" {
		return false
	}
	w := d.Low[j-1]
	return r.nameHeads.Has(w) || r.mentions.IsOrganizationWord(w)
}

// lowerRun returns how many lower-case nouns follow from token k in its
// sentence ("journalist", "research group").
func (r *Resolver) lowerRun(k int) int {
	d := r.d
	n := 0
	for k+n < len(d.Toks) && d.Sent[k+n] == d.Sent[k] && r.lowerWord(k+n) && strings.HasPrefix(r.pos(k+n), "NN") {
		n++
	}
	return n
}

// maker reports whether token k is a participle of making a document
// ("conducted", "compiled") or the particle after one ("carried out").
func (r *Resolver) maker(k int) bool {
	d := r.d
	maker := func(k int) bool { return r.docWords.Field(d.Low[k], 0) == "maker" }
	return maker(k) || k > 0 && maker(k-1) && r.pos(k) == "RP"
}

// verbal reports whether token k is a verb or a word opening a clause:
// the noun phrase of a document's owner starts after it.
func (r *Resolver) verbal(k int) bool {
	p := r.pos(k)
	return len(p) >= 2 && p[:2] == "VB" || p == "MD" || p == "WDT" || p == "IN" || p == "CC"
}

// oneDocumentOwner reads the documents (of head; "" any study noun) in
// tokens [lo, hi), last first when backward, and returns the tokens of
// the first owner named for one; clash when two name different bodies.
func (r *Resolver) oneDocumentOwner(lo, hi int, head string, backward bool) (owner [2]int, clash bool) {
	d := r.d
	for i := lo; i < hi; i++ {
		q := i
		if backward {
			q = hi - 1 - (i - lo)
		}
		if !r.documentAt(q, head) {
			continue
		}
		f, l := r.ownerOfDocumentAt(q)
		if f >= l {
			continue
		}
		switch name := d.Text[d.Toks[f].Start:d.Toks[l-1].End]; {
		case owner[0] == owner[1]:
			owner = [2]int{f, l}
		case !sameBody(name, d.Text[d.Toks[owner[0]].Start:d.Toks[owner[1]-1].End]):
			return owner, true
		}
	}
	return owner, false
}
