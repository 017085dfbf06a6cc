package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// documentNamedAfter returns the owner of the document a description of
// one at src means ("…, a survey suggests.", "research shows", "The
// study found") when nothing before it resolved it (ei < 0) and the text
// names the document's one owner from the description to the end of the
// paragraph that introduces it (introducedBy): the report introduces
// what its lead describes ("…, a
// new study has found. The study, for security firm Tolvane, …", "A
// report by Kessel Research said …", "The annual Tolvane survey …").
// Documents of two owners there, or none, leave ei; so does a
// description with a capitalised word of its own ("The Daily Kessel
// poll": its own name).
func (r *Resolver) documentNamedAfter(m mention.Mention, src attrib.Run, ei int) int {
	d := r.d
	if ei >= 0 || m.Kind == mention.Pronoun || m.Kind == mention.Proper || m.Kind == mention.Surname || src.First >= src.Last ||
		!r.documentHead(m.Head) || r.outletNouns.Has(m.Head) || r.ents.inContent(d.Toks[src.First].Start) {
		return ei
	}
	for k := src.First; k < src.Last; k++ {
		if d.Toks[k].Kind == token.Word && layer.Capitalised(d.Toks[k].Text(d.Text)) && k != d.Sents[d.Sent[k]].First {
			return ei
		}
	}
	owner, clash := r.oneDocumentOwner(src.First, r.introducedBy(src.First), m.Head, false)
	if clash {
		return ei // "a Tolvane survey … a report by Kessel": which, the text does not say
	}
	if owner[0] == owner[1] {
		if s := int(d.Sent[src.First]) + 1; s < len(d.Sents) {
			if ai := r.authorOpening(s); ai >= 0 {
				r.ents.list[ai].document = m.Head
				return ai // "…, a survey suggests. A survey of 280 firms by Tolvane said …"
			}
		}
		return r.authoredBefore(m, src, ei)
	}
	oi := r.ownerEntity(owner[0], owner[1])
	if oi >= 0 {
		r.ents.list[oi].document = m.Head // "the survey" after it is the same owner's
		return oi
	}
	return ei
}

// introducedBy returns the token ending the text that introduces what a
// description at token k describes: the next paragraph when k's sentence
// ends its own (a lead and the paragraph after it), else the rest of
// k's paragraph; at most three sentences after k's.
func (r *Resolver) introducedBy(k int) int {
	d := r.d
	s := int(d.Sent[k])
	if s+1 >= len(d.Sents) {
		return d.Sents[s].Last
	}
	para := d.Sents[s+1].Para
	last := s + 1
	for last+1 < len(d.Sents) && last+1 <= s+3 && d.Sents[last+1].Para == para {
		last++
	}
	return d.Sents[last].Last
}

// authorOpening returns the entity of the author whom the subject of
// sentence s names by a document of theirs, the words before its first
// verb of saying read as one mention ("A study by the Harbour Centre
// found", "A survey of 280 firms by Tolvane Data said": the mention's
// author of a document); -1 when the subject names none.
func (r *Resolver) authorOpening(s int) int {
	d := r.d
	sen := d.Sents[s]
	k := sen.First
	for k < sen.Last && k-sen.First <= 14 && (d.Cue[k].Class == 0 || !r.verbal(k)) {
		k++
	}
	if k >= sen.Last || k-sen.First > 14 || k == sen.First || r.ents.inContent(d.Toks[sen.First].Start) {
		return -1
	}
	m := r.read(sen.First, k)
	if m.Document == "" || m.Kind != mention.Proper || m.Name == "" || !hasCapital(m.Name) {
		return -1
	}
	typ := m.Type
	if typ == claimtrail.SpeakerUnknown || typ == claimtrail.SpeakerPerson && !r.surePerson(m.Name) {
		typ = claimtrail.SpeakerOrganization // "a study by Tolvane": a body's
	}
	if i := r.ents.knownPerson(m.Name); i >= 0 && typ == claimtrail.SpeakerPerson {
		return i
	}
	return r.ents.add(entity{name: m.Name, role: m.Role, affiliation: m.Affiliation, typ: typ, at: d.Toks[sen.First].Start, named: -1})
}

// documentHead reports whether w (lower-case) names a document that
// speaks for its author: document-nouns.tsv's, or authored-documents.tsv's
// ("letter", "newsletter"), which the tagger does not read.
func (r *Resolver) documentHead(w string) bool {
	return r.mentions.IsDocument(w) || r.authoredDocs.Field(w, 0) == "document"
}

// addressedAfter reports whether token k, after the authored document
// whose noun is at q, names whom the document was written to: "a memo
// for the minister" is no minister's.
func (r *Resolver) addressedAfter(q, k int) bool {
	d := r.d
	return r.authoredDocs.Field(d.Low[q], 0) == "document" && r.authoredDocs.Field(d.Low[k], 0) == "addressed"
}

// authoredBefore returns the author of the one authored document
// (authored-documents.tsv) the text names before a definite description
// of one at src ("Tolvane sent a letter from its chief Ada Vell … The
// letter says"), ei when it names none or documents of two authors.
func (r *Resolver) authoredBefore(m mention.Mention, src attrib.Run, ei int) int {
	if r.authoredDocs.Field(m.Head, 0) != "document" || !layer.IsDefinite(r.d.Low[src.First]) {
		return ei
	}
	if oi := r.documentsOwner(src.First, m.Head); oi >= 0 {
		r.ents.list[oi].document = m.Head
		return oi
	}
	return ei
}

// personAfterTitle returns the name after an adjective and the nouns of a
// title at token l ("chief executive Ada Vell"), first == last when
// l opens no such title or no owner's name follows it: "by Tolvane last
// week" keeps Tolvane.
func (r *Resolver) personAfterTitle(l int) (first, last int) {
	d := r.d
	if l+1 >= len(d.Toks) || d.Sent[l] != d.Sent[l+1] || !r.lowerWord(l) || r.pos(l) != "JJ" {
		return 0, 0
	}
	n := r.lowerRun(l + 1)
	if n == 0 {
		return 0, 0
	}
	if f, l2 := r.nameRunAt(l + 1 + n); f < l2 && r.ownerRun(f, l2) {
		return f, l2
	}
	return 0, 0
}
