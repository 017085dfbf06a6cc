package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// pluralSubject returns the entity of the plural noun phrase that is the
// subject of the sentence before token k's, for a "they" there: its
// determiners, numbers, adjectives and nouns up to a plural noun after
// an opening conjunction or adverb, followed by its verb, maybe past a
// relative pronoun or a prepositional phrase ("But fans around the world
// have pitched in …", "Two men who were part of …", "The Communists are
// also hostile …"), a noun of people (not "The proposals were opposed
// …"); -1 when it has none. Such a subject is the people
// "they" means, not a body named before it or inside its sentence ("…
// an advert headed 'Save Star Trek'. They are also asking …").
func (r *Resolver) pluralSubject(k int) int {
	d := r.d
	s := d.Sent[k]
	if s == 0 || d.POS == nil {
		return -1
	}
	for back := 0; back < 3 && s > 1 && r.opensWith(s-1, d.Low[k]); back++ {
		s-- // "Nearly two-thirds of all firms polled … They give three reasons: … - they are worried …, - they fear …": the chain's subject
	}
	sen := d.Sents[s-1]
	first := sen.First
	for first < sen.Last && (r.pos(first) == "CC" || r.pos(first) == "RB") {
		first++ // "But fans …", "Meanwhile, …" has a comma and no subject here
	}
	head := -1
	for j := first; j < sen.Last && j-first < 6; j++ {
		p := r.pos(j)
		if p == "NNS" || p == "NNPS" {
			head = j
			continue
		}
		if head >= 0 || d.Toks[j].Kind != token.Word || !(p == "DT" || p == "CD" || p == "JJ" || p == "NN" || p == "PRP$") {
			break
		}
	}
	head = r.partitiveHead(first, head, sen.Last) // "Nearly two-thirds of all firms polled …"
	if head < 0 || !r.verbFollows(head+1, sen.Last) {
		return -1
	}
	m := r.read(first, head+1)
	if m.Name == "" || r.pos(head) != "NNPS" && !r.peoplePlural(d.Low[head]) {
		return -1 // people, not things: "These scams are illegal", "The proposals were opposed"
	}
	return r.ents.add(entity{name: m.Name, role: m.Role, affiliation: m.Affiliation, typ: claimtrail.SpeakerGroup, head: m.Head,
		at: d.Toks[first].Start, named: -1, described: !hasCapital(m.Name)})
}

// verbFollows reports whether a verb follows token k before end: right
// after it, after an adverb, or after a relative pronoun or a preposition
// opening a phrase of at most five words with no comma.
func (r *Resolver) verbFollows(k, end int) bool {
	for j := k; j < end && j-k < 6; j++ {
		p := r.pos(j)
		switch {
		case strings.HasPrefix(p, "VB") || p == "MD":
			return j == k || r.pos(k) == "RB" || r.pos(k) == "IN" || r.pos(k) == "WP" || r.pos(k) == "WDT"
		case isComma(r.d, j):
			return false
		}
	}
	return false
}

// peoplePlural reports whether the plural noun w names people or
// bodies: a people ending ("prosecutors"), or a singular the roles,
// person-nouns, company-nouns, outlet-nouns or people-plurals tables
// hold ("analysts", "companies", "newspapers", "fans").
func (r *Resolver) peoplePlural(w string) bool {
	if r.mentions.PluralOfPerson(w) || r.mentions.IsPeoplePlural(w) {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	if !ok {
		return false
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		one = stem + "y" // "authorities", "companies"
	}
	return r.peopleNouns.Has(one) || r.mentions.IsRoleWord(one) || r.companies.Has(one) || r.outletNouns.Has(one) || r.personNouns.Has(one)
}

// partitiveHead returns the plural noun a part of a whole is taken from
// when the phrase from token first, whose plural head is h (-1 for none:
// "half"), is followed by "of" and that noun ("two-thirds of all firms
// polled": firms), maybe after determiners and adjectives; else h.
func (r *Resolver) partitiveHead(first, h, end int) int {
	d := r.d
	q := h
	if q < 0 {
		for q = first; q < end && d.Toks[q].Kind == token.Word && (r.pos(q) == "DT" || r.pos(q) == "CD" || r.pos(q) == "JJ" || r.pos(q) == "NN"); q++ {
		}
		q-- // "half"
	}
	if q < first || q+1 >= end || !layer.IsGenitive(d.Low[q+1]) || r.peoplePlural(d.Low[q]) || r.wholeNoun(d.Low[q]) {
		return h // "A party of councillors …", "Analysts of the sector": a whole of its own, no part
	}
	for j := q + 2; j < end && j-q < 6; j++ {
		switch p := r.pos(j); {
		case p == "NNS" || p == "NNPS":
			return j
		case d.Toks[j].Kind != token.Word || !(p == "DT" || p == "PDT" || p == "JJ"):
			return h
		}
	}
	return h
}

// opensWith reports whether sentence i's first word, past list marks and
// an opening conjunction or adverb, is the lower-case word w, or the
// sentence is an item of a list set off by a dash ("- call centre
// operations are …"), which goes on from the sentence that opens it.
func (r *Resolver) opensWith(i int32, w string) bool {
	d := r.d
	sen := d.Sents[i]
	if sen.First < sen.Last && d.Toks[sen.First].Kind == token.Punct && d.Text[d.Toks[sen.First].Start] == '-' && d.Toks[sen.First].End-d.Toks[sen.First].Start == 1 {
		return true
	}
	for q := sen.First; q < sen.Last; q++ {
		if d.Toks[q].Kind != token.Word || r.pos(q) == "CC" || r.pos(q) == "RB" {
			continue
		}
		return d.Low[q] == w
	}
	return false
}

// wholeNoun reports whether the singular noun w names people or a body
// as a whole (roles, person-nouns, company-nouns, people-plurals tables:
// "party", "group"), not a part of one.
func (r *Resolver) wholeNoun(w string) bool {
	return r.mentions.IsRoleWord(w) || r.peopleNouns.Has(w) || r.companies.Has(w) || r.personNouns.Has(w)
}
