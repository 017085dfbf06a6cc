package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// documentOwned returns the speaker of a source run src that names a
// document by its owner before its noun (document-nouns.tsv): "the
// Harbour Institute report", "a Tolvane Group survey", "Mr Kell's
// report", "Tolvane's own monthly figures" are the owner's statements,
// as "An IAAF statement" is the IAAF's (statementBy). The owner becomes
// the document's author (a later "the report" is its) and an "It" just
// after means it. ok is false when src names no such document or its
// owner is no one the text names.
func (r *Resolver) documentOwned(src attrib.Run) (claimtrail.Speaker, bool) {
	d := r.d
	noun := src.Last - 1
	for noun > src.First && d.Toks[noun].Kind == token.Punct {
		noun--
	}
	w := d.Toks[noun].Text(d.Text)
	if noun <= src.First || layer.Capitalised(w) || !r.mentions.IsDocument(d.Low[noun]) {
		return claimtrail.Speaker{}, false // "the Stern Review" names the document itself
	}
	first, last := r.documentOwner(src.First, noun)
	if first >= last {
		return claimtrail.Speaker{}, false
	}
	m := r.read(first, last)
	switch {
	case last-first == 1 && m.Type == claimtrail.SpeakerGovernment:
		return claimtrail.Speaker{}, false // "US research", "Varnian figures": a nation owns no document
	case m.Kind == mention.Proper || m.Kind == mention.Surname:
	case m.Kind == mention.Definite && r.possessive(last):
		// "the committee's report": whom the description means
	default:
		return claimtrail.Speaker{}, false // "Government figures", "his report"
	}
	lastEnt, spokeEnt := r.lastEnt, r.spokeEnt
	who := r.source(attrib.Run{Role: src.Role, First: first, Last: last})
	if who.Name == "" || r.lastEnt < 0 || !layer.Capitalised(who.Name) {
		// "a spokesman for Tolvane" the owner's name resolved to is no owner
		r.lastEnt, r.spokeEnt = lastEnt, spokeEnt
		return claimtrail.Speaker{}, false
	}
	e := &r.ents.list[r.lastEnt]
	e.document = d.Low[noun]
	if e.typ == claimtrail.SpeakerUnknown || e.weak && e.typ == claimtrail.SpeakerPerson {
		// "the Hefce report", "Tolvane's research": a body's, as "a
		// study by Hefce" is; a person has a title or a given name
		e.typ = claimtrail.SpeakerOrganization
		who.Type = e.typ
	}
	if !r.possessive(last) && e.typ != claimtrail.SpeakerPerson {
		e.weak, e.byTags = false, false // more than the entity tags' word: a "he" after it means someone else
	}
	if e.typ == claimtrail.SpeakerPerson {
		// "Mr Kell's book claimed …": the book spoke, not its author in
		// person; a "he" after it means whom it meant before
		r.lastEnt, r.spokeEnt = lastEnt, spokeEnt
	}
	sp := claimtrail.Span{Start: d.Toks[src.First].Start, End: d.Toks[src.Last-1].End}
	who.Mention, who.Span = d.Text[sp.Start:sp.End], &sp
	r.notedSent = d.Sent[src.First]
	return who, true
}

// documentOwner returns the tokens [first, last) of the owner written
// before a document's noun at token noun in a mention opening at token
// from: a possessive's words ("Mr Kell's latest report": Mr Kell), or
// a proper name's capitalised words, after a determiner, a number and
// up to two lower-case modifiers and before up to two more ("a
// preliminary Harbour Trust report", "A Tolvane quarterly survey");
// first == last when there is none. A sentence's first word must be
// tagged a proper noun ("Previous research", "Press reports" name no
// owner).
func (r *Resolver) documentOwner(from, noun int) (first, last int) {
	d := r.d
	for p := noun - 1; p > from && noun-p <= 4; p-- {
		if r.possessive(p) {
			if r.commaIn(from, p) {
				return 0, 0
			}
			return from, p // "the Harbour Trust's own figures"
		}
		if d.Toks[p].Kind != token.Word || layer.Capitalised(d.Toks[p].Text(d.Text)) || layer.IsPreposition(d.Low[p]) {
			break // "X, Tolvane's director of research" names no document
		}
	}
	last = noun
	for k := 0; k < 2 && last > from && r.lowerWord(last-1); k++ {
		last-- // "quarterly", "annual": after the owner's name
	}
	first = from
	if first < last && layer.IsDeterminer(d.Low[first]) {
		first++
	}
	for k := 0; k < 3 && first < last && (r.lowerWord(first) || d.Toks[first].Kind == token.Number); k++ {
		first++ // "preliminary", "2004"
	}
	if first >= last || !r.ownerRun(first, last) {
		return 0, 0
	}
	return first, last
}

// ownerRun reports whether tokens [first, last) are a proper name's:
// capitalised words and the words joining them ("Forum for the
// Future"), a parenthesised acronym.
func (r *Resolver) ownerRun(first, last int) bool {
	d := r.d
	if !layer.Capitalised(d.Toks[first].Text(d.Text)) || !layer.Capitalised(d.Toks[last-1].Text(d.Text)) && d.Low[last-1] != ")" {
		return false
	}
	nameWord := func(k int, tag string) bool {
		return strings.HasPrefix(r.pos(k), tag) || acronym(d.Toks[k].Text(d.Text)) || d.Low[k] == ")"
	}
	if d.POS != nil && (!nameWord(first, "NNP") || !nameWord(last-1, "NN")) {
		return false // "Previous research", "Latest figures", "South Korean figures"
	}
	if first == d.Sents[d.Sent[first]].First && last-first == 1 && d.NER != nil && d.NERNames[d.NER[first]] == "O" {
		return false // "Press reports": a common noun opening its sentence
	}
	for k := first; k < last; k++ {
		w := d.Toks[k].Text(d.Text)
		if h := strings.LastIndexByte(w, '-'); h >= 0 && h+1 < len(w) && !layer.Capitalised(w[h+1:]) {
			return false // "Tolvane-based", "Kell-sponsored": a modifier, no name
		}
		if d.Toks[k].Kind == token.Word && !layer.Capitalised(w) && !r.joiners.Has(d.Low[k]) && !layer.IsArticle(d.Low[k]) {
			return false
		}
	}
	return true
}

// lowerWord reports whether token k is a lower-case word.
func (r *Resolver) lowerWord(k int) bool {
	d := r.d
	return d.Toks[k].Kind == token.Word && !layer.Capitalised(d.Toks[k].Text(d.Text))
}

// commaIn reports whether tokens [first, last) hold a comma.
func (r *Resolver) commaIn(first, last int) bool {
	for k := first; k < last; k++ {
		if isComma(r.d, k) {
			return true
		}
	}
	return false
}

// acronym reports whether w is written in capitals, two letters or
// more ("HIER"): a name whatever the tagger calls it.
func acronym(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// bodyThatSpoke returns the body a bare definite description of a
// document at src means ("the report", "The survey" and nothing else)
// when no author of it is known: the last speaker, when it is a body
// the text names (an organisation or a government, not a description)
// and spoke last in the description's sentence or the two before ("Tolvane
// said sales rose. The survey found …"; "The IAAF statement …" reads
// so for channel nouns, statementBy); -1 when there is none: a person
// who spoke of a report is no report's author.
func (r *Resolver) bodyThatSpoke(src attrib.Run) int {
	d, es, k := r.d, &r.ents, src.First
	if src.Last-k != 2 || !layer.IsDefinite(d.Low[k]) || r.outletNouns.Has(d.Low[k+1]) || r.spokeEnt < 0 || r.spokeEnt >= len(es.list) {
		return -1 // "the paper" may be a newspaper
	}
	e := es.list[r.spokeEnt]
	if e.typ != claimtrail.SpeakerOrganization && e.typ != claimtrail.SpeakerGovernment || e.described || !layer.Capitalised(e.name) {
		return -1
	}
	if e.at < windowStart(d, d.Sent[k]) {
		return -1
	}
	return r.spokeEnt
}
