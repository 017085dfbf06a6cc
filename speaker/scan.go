package speaker

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// scanEntities registers the publications named anywhere in the text
// ("… published on 29 August in the Washington Post"), so that "the
// article" can resolve to them, and the people it names.
func (r *Resolver) scanEntities(d *layer.Doc, es *entities) {
	text := d.Text
	r.scanPeople(d, es)
	for i := 0; i < len(d.Toks); {
		if d.Toks[i].Kind != token.Word || !layer.Capitalised(d.Toks[i].Text(text)) {
			i++
			continue
		}
		j := i
		for j < len(d.Toks) && d.Toks[j].Kind == token.Word && layer.Capitalised(d.Toks[j].Text(text)) && (j == i || d.Line[j] == d.Line[i]) {
			j++
		}
		// sentence-initial "The" is part of the run; drop it
		s := i
		for j-s > 1 && layer.IsDeterminer(d.Toks[s].Text(text)) {
			s++
		}
		prev := ""
		if j-s >= 2 {
			prev = d.Low[j-2]
		}
		// (the run is capitalised, so isPublicationName's first test holds)
		if r.mentions.IsPublication(prev, d.Low[j-1]) {
			ws := make([]string, 0, j-s)
			for k := s; k < j; k++ {
				ws = append(ws, d.Toks[k].Text(text))
			}
			es.add(entity{name: strings.Join(ws, " "), typ: claimtrail.SpeakerPublication, head: strings.ToLower(ws[len(ws)-1]), at: d.Toks[i].Start, named: -1})
		}
		i = j
	}
}

// scanPeople lists in es.people the persons of two words or more that the
// entity tags mark, each once, at its first mention; a word opening the
// run that opens no name is left out ("But Umaga", the tags' "But"), a
// first name the tags left out before it is read in (namesFirst).
func (r *Resolver) scanPeople(d *layer.Doc, es *entities) {
	if d.NER == nil {
		return
	}
	for i := 0; i < len(d.Toks); {
		if d.NERNames[d.NER[i]] != "B-PERSON" {
			i++
			continue
		}
		j := i + 1
		for j < len(d.Toks) && d.NERNames[d.NER[j]] == "I-PERSON" && d.Line[j] == d.Line[i] {
			j++
		}
		if j-i >= 2 && (r.mentions.IsOpener(d.Low[i]) || layer.IsPreposition(d.Low[i])) {
			i++
		}
		for j-i >= 2 && !layer.Capitalised(d.Toks[j-1].Text(d.Text)) {
			j--
		}
		for q := j - 3; q >= i; q-- {
			if r.mentions.IsRoleWord(d.Low[q]) {
				i = q + 1 // "Carnegie Mellon Professor Raj Reddy" is Raj Reddy
				break
			}
		}
		if j-i >= 2 && r.namesFirst(i) {
			i-- // "the painter Shani Rhys James": a first name the tags left out
		}
		if j-i >= 2 {
			name := d.Text[d.Toks[i].Start:d.Toks[j-1].End]
			if !slices.ContainsFunc(es.people, func(e entity) bool { return e.name == name }) {
				es.people = append(es.people, entity{name: name, typ: claimtrail.SpeakerPerson, at: d.Toks[i].Start, named: -1})
			}
		}
		i = j
	}
}

// antecedent returns the token range of the noun phrase a relative
// pronoun at token k refers to, in its sentence: the name just before it
// ("Paul Orsic, who …", with particles and joiners: "Rodrigo de Rato, who …",
// "the Court of Appeal, which …") unless,
// with no comma between, a preposition governs the name ("people from
// outside the European Union who …": the head lies further back), else
// the phrase back to its article or possessive ("the company, which …"),
// else, when people is set (the pronoun may mean people: "who", not
// "which"), a noun phrase without an article (bareNounPhrase); first ==
// last when there is none.
//
// A comma or dash sets the pronoun off alike ("Souness - who …"), and an
// age set off before it is skipped ("Staunton, 49, who …"); the agent
// of a passive (agent: "by") is the antecedent with no comma between
// ("criticised by the Harbour Party which accused …").
func (r *Resolver) antecedent(k int, people bool) (first, last int) {
	d := r.d
	e, comma := k-1, false
	if e >= 0 && setOff(d, e) {
		if d.Text[d.Toks[e].Start] != ',' && dashBefore(d, e) {
			return 0, 0 // "critics in the US - where it …, in its opening week - who …": a dash closing an aside
		}
		e, comma = e-1, true
		if e >= 2 && d.Toks[e].Kind == token.Number && setOff(d, e-1) {
			e -= 2 // "Staunton, 49, who …"
		}
	}
	if comma && e >= 0 {
		e = skipParenthesis(d, e) // "the Harbour Trust (HT), which …"
	}
	if comma && e > 0 && r.mentions.IsReflexive(d.Low[e]) {
		e-- // "Ada Quill herself, who …"
	}
	if e < 0 || d.Sent[e] != d.Sent[k] || d.Toks[e].Kind != token.Word {
		return 0, 0
	}
	s := e
	if dotted(d, e) {
		s -= 2 // "HollowSky.com, which …"
	}
	if layer.Capitalised(d.Toks[s].Text(d.Text)) {
		for s > 0 && d.Sent[s-1] == d.Sent[k] && d.Toks[s-1].Kind == token.Word || pluralOwner(d, s) {
			if pluralOwner(d, s) {
				s -= 2 // "the Music Makers' Forum (MMF), who …"
				continue
			}
			w := d.Toks[s-1].Text(d.Text)
			if !layer.Capitalised(w) && !((layer.IsNameParticle(w) || r.joiners.Has(w)) && s-2 >= 0 && layer.Capitalised(d.Toks[s-2].Text(d.Text))) {
				break
			}
			s--
		}
		// without a comma the clause may restrict a head further back
		b := s - 1
		if b >= 0 && layer.IsDefinite(d.Low[b]) {
			b--
		}
		// (a person's name of two words or more before "who" is the
		// antecedent all the same: "a message repeated by Home
		// Secretary Charles Clarke who said …")
		person := r.personRelative(d.Low[k]) && e-s >= 1 && d.NER != nil && strings.HasSuffix(d.NERNames[d.NER[e]], "PERSON")
		if !comma && !person && b >= 0 && d.Sent[b] == d.Sent[k] && layer.OpensPhrase(d.Low[b]) && !r.mentions.IsAgent(d.Low[b]) {
			return 0, 0
		}
		return s, e + 1
	}
	for s > 0 && e-s < 5 && d.Sent[s-1] == d.Sent[k] && d.Toks[s-1].Kind == token.Word {
		s--
		if layer.IsSureDeterminer(d.Low[s]) {
			return s, e + 1
		}
		if layer.OpensPhrase(d.Low[s]) || d.POS != nil && strings.HasPrefix(d.POSNames[d.POS[s]], "VB") {
			break // "The bank published figures which …": no phrase of "The"
		}
	}
	if !people {
		return 0, 0
	}
	return r.bareNounPhrase(e)
}

// skipParenthesis returns the token before a parenthesis of one to three
// words that token e closes ("the Harbour Trust (HT)"), else e.
func skipParenthesis(d *layer.Doc, e int) int {
	if d.Toks[e].Kind != token.Punct || d.Text[d.Toks[e].Start] != ')' {
		return e
	}
	for o := e - 1; o > 0 && e-o <= 4 && d.Sent[o] == d.Sent[e]; o-- {
		if d.Toks[o].Kind == token.Punct && d.Text[d.Toks[o].Start] == '(' {
			if o == e-1 {
				return e
			}
			return o - 1
		}
		if d.Toks[o].Kind != token.Word {
			return e
		}
	}
	return e
}

// pluralOwner reports whether a plural's apostrophe stands right before
// token s after a capitalised word ending in s ("Makers' Forum").
func pluralOwner(d *layer.Doc, s int) bool {
	if s < 2 || d.Sent[s-2] != d.Sent[s] || d.Toks[s-1].Text(d.Text) != "'" || d.Toks[s-2].Kind != token.Word {
		return false
	}
	w := d.Toks[s-2].Text(d.Text)
	return layer.Capitalised(w) && strings.HasSuffix(w, "s")
}

// setOff reports whether token e is a comma or a dash, which set off a
// relative clause or an apposition.
func setOff(d *layer.Doc, e int) bool {
	if d.Toks[e].Kind != token.Punct {
		return false
	}
	switch d.Text[d.Toks[e].Start:d.Toks[e].End] {
	case ",", "-", "–", "—":
		return true
	}
	return false
}

// dashBefore reports whether a set-off mark other than a comma stands
// before token e in its sentence: the dash at e may close an aside.
func dashBefore(d *layer.Doc, e int) bool {
	for q := e - 1; q >= 0 && d.Sent[q] == d.Sent[e]; q-- {
		if setOff(d, q) && d.Text[d.Toks[q].Start] != ',' {
			return true
		}
	}
	return false
}

// nameBeforeDescription returns the tokens of the name a description set
// off by commas or dashes follows, when a relative pronoun for people at
// token k follows the description ("Lord Vell, head of the council's
// ethics unit, who …": Lord Vell); first == last when there is none. The
// description opens with a determiner or a role word within fifteen
// tokens of the pronoun ("Ada Quill, the council's spokeswoman, who …":
// Ada Quill), and no preposition but the agent's governs the name.
func (r *Resolver) nameBeforeDescription(k int) (first, last int) {
	d := r.d
	if k < 1 || !setOff(d, k-1) {
		return 0, 0
	}
	for c := k - 3; c > 0 && k-c <= 15 && d.Sent[c] == d.Sent[k]; c-- {
		if !setOff(d, c) {
			continue
		}
		opens := d.Low[c+1]
		if d.Toks[c+1].Kind != token.Word || layer.Capitalised(d.Toks[c+1].Text(d.Text)) || !layer.IsSureDeterminer(opens) && !r.mentions.IsRoleWord(opens) ||
			d.Toks[c-1].Kind != token.Word || !layer.Capitalised(d.Toks[c-1].Text(d.Text)) {
			return 0, 0
		}
		s := c - 1
		for s > 0 && d.Sent[s-1] == d.Sent[k] && d.Toks[s-1].Kind == token.Word && (layer.Capitalised(d.Toks[s-1].Text(d.Text)) ||
			r.joiners.Has(d.Low[s-1]) && s > 1 && layer.Capitalised(d.Toks[s-2].Text(d.Text))) {
			s-- // ("Princess Ada of Varnia, the eldest daughter of …, who …")
		}
		if s > 0 && d.Sent[s-1] == d.Sent[k] && layer.OpensPhrase(d.Low[s-1]) && !r.mentions.IsAgent(d.Low[s-1]) {
			return 0, 0 // "In Varnia, the nurse, who …": a place, no name described
		}
		return s, c
	}
	return 0, 0
}

// bareNounPhrase returns the noun phrase without a determiner that ends
// in the common noun at token e: its adjectives, numbers and nouns
// and names before it, through a conjunction between nouns ("one
// dealer, who …", "UKIP spokesman, who …",
// "activists and farmers who …", "senior police officers who …"); first
// == last when e is no common noun, the tags are missing, or a
// preposition governs the phrase, unless it is the agent's ("by party
// spokesman, who …") or the phrase is a plural after one that joins no
// name ("backed by charities who say …", "he wrote to members, who said
// …"; not "the chagrin of lawmakers who …": the head may lie further
// back).
func (r *Resolver) bareNounPhrase(e int) (first, last int) {
	d := r.d
	if d.POS == nil {
		return 0, 0
	}
	pos := func(k int) string { return d.POSNames[d.POS[k]] }
	if p := pos(e); p != "NN" && p != "NNS" {
		return 0, 0
	}
	s := e
	for s > 0 && e-s < 6 && d.Sent[s-1] == d.Sent[e] && d.Toks[s-1].Kind == token.Word {
		switch p := pos(s - 1); {
		case p == "NN" || p == "NNS" || p == "NNP" || p == "JJ" || p == "CD":
		case p == "CC" && s > 1 && (pos(s-2) == "NN" || pos(s-2) == "NNS"):
		default:
			if w := d.Low[s-1]; layer.OpensPhrase(w) && !r.mentions.IsAgent(w) && (r.joiners.Has(w) || pos(e) != "NNS") || p == "POS" {
				return 0, 0 // ("X, head of the council's unit, who …", "X, an expert on code-breaking, who …": X)
			}
			return s, e + 1
		}
		s--
	}
	return s, e + 1
}

// articleRef returns the publication a statement's sentence points at with
// "In the article" (or report, story), or nil.
func (r *Resolver) articleRef(d *layer.Doc, es *entities, g attrib.Group) *entity {
	s := d.Sents[d.Sent[g.Cue.First]]
	first, last := s.First, s.Last
	for k := first; k+2 < last && k < first+4; k++ {
		if strings.EqualFold(d.Toks[k].Text(d.Text), "in") && strings.EqualFold(d.Toks[k+1].Text(d.Text), "the") &&
			r.publications.FieldFold(d.Toks[k+2].Text(d.Text), 0) == "noun" {
			at := d.Toks[k].Start
			best := -1
			for i, e := range es.list {
				if e.typ == claimtrail.SpeakerPublication && e.at < at && (best < 0 || e.at > es.list[best].at) {
					best = i
				}
			}
			if best >= 0 {
				return &es.list[best]
			}
		}
	}
	return nil
}

// dotted reports whether word token e ends a name the tokenizer split at
// a period with no space ("HollowSky . com"): a capitalised word, a
// period and e, touching.
func dotted(d *layer.Doc, e int) bool {
	return e >= 2 && d.Toks[e-1].Kind == token.Punct && d.Text[d.Toks[e-1].Start] == '.' &&
		d.Toks[e-2].End == d.Toks[e-1].Start && d.Toks[e-1].End == d.Toks[e].Start &&
		d.Toks[e-2].Kind == token.Word && layer.Capitalised(d.Toks[e-2].Text(d.Text))
}

// ownerOfRelative returns where the antecedent [f, l) of a relative
// pronoun starts when it is "who", set off by a comma after a body's
// name that a preposition governs after a described person: the noun
// phrase back to its article ("a nurse at the Hillview clinic, who …"
// is the nurse's, not the clinic's); f otherwise.
func (r *Resolver) ownerOfRelative(f, l int, pronoun string) int {
	d := r.d
	if !r.personRelative(pronoun) || f < 3 || d.POS == nil || !layer.IsPreposition(d.Low[f-1]) || !strings.HasPrefix(d.POSNames[d.POS[f-2]], "NN") {
		return f
	}
	if m := r.read(f, l); m.Type != claimtrail.SpeakerOrganization || l >= len(d.Toks) || !isComma(d, l) {
		return f // "a friend of Ada Vell, who …": hers; "through the eyes of a photographer who …": his
	}
	for s := f - 3; s >= 0 && f-1-s <= 5 && d.Sent[s] == d.Sent[f]; s-- {
		if layer.IsArticle(d.Low[s]) {
			return s
		}
		if p := d.POSNames[d.POS[s]]; d.Toks[s].Kind != token.Word || !strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "JJ") {
			return f
		}
	}
	return f
}

// namesFirst reports whether the word before a person's name of two
// words at token i is its first name: a name word on its line (no title,
// role, demonym, opener, country or common word: "Australian Lynton
// Crosby"), no initialism ("MP Richard Allan"), after a word that is not
// capitalised (so no other name ends there), and a given name or one the
// tags call a person's ("the painter Bethan Rhys Morgan", "Juan Carlos
// Ferrero").
func (r *Resolver) namesFirst(i int) bool {
	d := r.d
	k := i - 1
	if k < 0 || d.Line[k] != d.Line[i] || d.Sent[k] != d.Sent[i] || d.Toks[k].Kind != token.Word || d.Toks[k].End+1 != d.Toks[i].Start ||
		d.NER != nil && d.NERNames[d.NER[k]] != "O" && !strings.HasSuffix(d.NERNames[d.NER[k]], "PERSON") {
		return false
	}
	w, lw := d.Toks[k].Text(d.Text), d.Low[k]
	if !r.mentions.IsNameWord(w) || strings.ToUpper(w) == w || r.mentions.IsRoleWord(lw) || r.mentions.IsOpener(lw) || r.mentions.IsCountryName(w) || r.stopwords.Has(lw) {
		return false
	}
	if k > d.Sents[d.Sent[k]].First && layer.Capitalised(d.Toks[k-1].Text(d.Text)) {
		return false
	}
	return r.givenNames.Has(lw) || d.NER != nil && strings.HasSuffix(d.NERNames[d.NER[k]], "PERSON")
}

// personRelative reports whether w is a relative pronoun that may mean a
// person ("who", pronoun table: one that may refer to anyone), not only
// a thing ("which").
func (r *Resolver) personRelative(w string) bool {
	return layer.IsRelative(w) && r.pronouns.Field(w, 0) == "any"
}
