package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// Who a name names in full: a title and surname, a source the tagger
// cut off its first words, a role word before a name inside a tagged run.

// titled returns the entity a title and surname ("Mr Evans") name: the
// person named before with that surname, else the one full name the text
// gives before it; -1 when there is none or m is no such mention.
func (r *Resolver) titled(m mention.Mention) int {
	if m.Type != claimtrail.SpeakerPerson {
		return -1
	}
	if title, given := r.mentions.TitledGivenName(m.Name); given != "" {
		return r.givenNamed(title, given) // "Sir Paul": Sir Paul Vell
	}
	surname := r.mentions.TitledSurname(m.Name)
	if surname == "" {
		return r.titledSurnames(m.Name) // no title, or a surname of two words or three
	}
	for i := len(r.ents.list) - 1; i >= 0; i-- {
		e := r.ents.list[i]
		if e.typ == claimtrail.SpeakerPerson && hasSuffixFold(e.name, " "+surname) && !strings.EqualFold(r.mentions.Key(e.name), surname) && r.fullOf(m.Name, e.name) && !namesList(e.name) {
			return i
		}
	}
	full, n := r.fullNameBefore(surname, len(r.d.Text))
	if n > 1 {
		return -1 // "Jonas Quist met Ada Quist"
	}
	found := -1
	for i, p := range r.ents.people {
		if hasSuffixFold(p.name, " "+surname) && r.mentions.IsNameWord(p.name) && !r.isTitled(p.name) && r.fullOf(m.Name, p.name) && !namesList(p.name) { // ("Mr Blair" is no full name)
			if found >= 0 {
				return -1 // two people with that surname
			}
			found = i
		}
	}
	if found >= 0 {
		return r.ents.add(r.ents.people[found])
	}
	if full != "" && r.fullOf(m.Name, full) {
		return r.ents.add(entity{name: full, typ: claimtrail.SpeakerPerson, named: -1})
	}
	return -1
}

// namesList reports whether a name is a list of people's names ("Ada
// Vell and Tom Kell"): it holds a lower-case conjunction. A list is no
// one person's full name: "Mr Kell" is not "Ada Vell and Tom Kell".
func namesList(name string) bool {
	for rest := name; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ") // (not strings.Fields: no slice for each entity asked)
		if w != "" && layer.IsConjunction(w) && !layer.Capitalised(w) {
			return true
		}
	}
	return false
}

// titledSurnames returns the entity a title of a gender and a surname
// of two or three words ("Mr Saumarez Smith", "Mr de Vabres") name: the
// one full name the text gives with those words after a given name
// ("Charles Saumarez Smith"); -1 when it gives none or more than one.
func (r *Resolver) titledSurnames(name string) int {
	title, rest, _ := strings.Cut(name, " ")
	words := strings.Fields(rest)
	if r.mentions.Gender(title) == "" || len(words) < 2 || len(words) > 3 {
		return -1
	}
	full, n := r.fullNameOfWords(words)
	if n != 1 || !r.fullOf(name, full) {
		return -1
	}
	if e := r.ents.named(full); e != nil {
		return r.ents.add(*e)
	}
	return r.ents.add(entity{name: full, typ: claimtrail.SpeakerPerson, named: -1})
}

// fullNameOfWords returns the full name the text gives with the surname
// words after a name word ("Carlos Baez Silva", "Renaud Donnedieu de
// Vabres": two given names the namesFirst way), and how many distinct
// ones it gives; "" unless exactly one.
func (r *Resolver) fullNameOfWords(words []string) (string, int) {
	d := r.d
	full, n := "", 0
	for k := 1; k+len(words) <= len(d.Toks); k++ {
		f, e := k-1, k+len(words)-1
		if !r.writtenAt(k, words) || d.Toks[f].Kind != token.Word || d.Toks[f].End+1 != d.Toks[k].Start || d.Line[f] != d.Line[k] ||
			!r.mentions.IsNameWord(d.Toks[f].Text(d.Text)) || r.stopwords.Has(d.Low[f]) {
			continue
		}
		if r.namesFirst(f) {
			f--
		}
		if name := d.Text[d.Toks[f].Start:d.Toks[e].End]; name != full {
			full, n = name, n+1
		}
	}
	if n != 1 {
		return "", n
	}
	return full, n
}

// writtenAt reports whether the tokens from k are the words, as written,
// one space apart on one line.
func (r *Resolver) writtenAt(k int, words []string) bool {
	d := r.d
	for i, w := range words {
		q := k + i
		if d.Toks[q].Text(d.Text) != w || i > 0 && (d.Toks[q-1].End+1 != d.Toks[q].Start || d.Line[q] != d.Line[k]) {
			return false
		}
	}
	return true
}

// givenNamed returns the entity a title and given name ("Sir Paul")
// name: the one person the text names in full with them ("Sir Paul
// Vell", one or two name words after the given name), -1 when it names
// none or more than one.
func (r *Resolver) givenNamed(title, given string) int {
	d := r.d
	full := ""
	for k := 0; k+2 < len(d.Toks); k++ {
		if !strings.EqualFold(d.Toks[k].Text(d.Text), title) || d.Toks[k+1].Text(d.Text) != given {
			continue
		}
		e := k + 2
		for e < len(d.Toks) && e < k+4 && d.Line[e] == d.Line[k] && d.Toks[e].Kind == token.Word && d.Toks[e-1].End+1 == d.Toks[e].Start &&
			r.mentions.IsNameWord(d.Toks[e].Text(d.Text)) && !r.stopwords.Has(d.Low[e]) {
			e++
		}
		if e == k+2 {
			continue
		}
		if name := d.Text[d.Toks[k].Start:d.Toks[e-1].End]; full == "" {
			full = name
		} else if name != full {
			return -1 // "Sir Ian Vell" and "Sir Ian Kell"
		}
	}
	if full == "" {
		return -1
	}
	if e := r.ents.named(full); e != nil {
		return r.ents.add(*e)
	}
	return r.ents.add(entity{name: full, typ: claimtrail.SpeakerPerson, named: -1})
}

// fullOf reports whether full may be the full name of the person a
// title and surname titled names: no other gender by its given name ("Mr
// Campbell" is no Naomi Campbell, "Mrs Howard" no Michael Howard; the
// table's blank gender, either's, tells nothing), and a first word that
// is a name's, not an initial or a person noun ("W Bush", "MP Howard").
func (r *Resolver) fullOf(titled, full string) bool {
	first, _, _ := strings.Cut(full, " ")
	if len(first) < 2 || r.personNouns.HasFold(first) {
		return false
	}
	return sameGender(r.mentions.Gender(titled), r.mentions.NameGender(full))
}

// fullNameBefore returns the full name the text gives before byte at
// with the surname, a name word right before it ("… said Jonny Evans. Mr
// Evans said …"), and how many distinct ones it gives: the name is ""
// unless there is exactly one. It reads what the entity tags missed.
func (r *Resolver) fullNameBefore(surname string, at int) (string, int) {
	return r.fullNameBetween(surname, 1, at)
}

// fullNameBetween is fullNameBefore over the tokens from first on only:
// a search within a few sentences keeps a long text's cost linear.
func (r *Resolver) fullNameBetween(surname string, first, at int) (string, int) {
	d := r.d
	full, n := "", 0
	for k := max(first, 1); k < len(d.Toks) && d.Toks[k].End <= at; k++ {
		f := k - 1
		if d.Toks[k].Text(d.Text) != surname || d.Toks[f].Kind != token.Word || d.Toks[f].End+1 != d.Toks[k].Start ||
			d.Line[f] != d.Line[k] || !r.mentions.IsNameWord(d.Toks[f].Text(d.Text)) || r.stopwords.Has(d.Low[f]) || r.gluedOpener(f, k+1) || r.mentions.IsOpener(d.Low[f]) {
			continue // ("Troubled Marsh", "Although Marsh" are no full name of Marsh)
		}
		if r.namesFirst(f) {
			f-- // "Shani Rhys James" for "Ms James"
		}
		name := d.Text[d.Toks[f].Start:d.Toks[k].End]
		if name != full {
			full, n = name, n+1
		}
	}
	if n != 1 {
		return "", n
	}
	return full, n
}

// nameStart returns where the name the source run src opens with
// starts: before src when the tagger cut it off its first words — the
// entity tags' name runs on from before it ("Juan [Carlos Ferrero]"),
// or a title or given name stands right before it ("Ms [Vell]", "Tony
// [Blair]"), or the source opens with a word that ends a name
// (endsName: "Downing [Street]", "the Sunday [Telegraph report]") — else
// src.First. The statement's span stays the tagger's;
// only the name is read in full.
func (r *Resolver) nameStart(src attrib.Run) int {
	d := r.d
	f := src.First
	if f >= len(d.Toks) || d.Toks[f].Kind != token.Word || !layer.Capitalised(d.Toks[f].Text(d.Text)) {
		return f
	}
	headFirst := r.endsName(d.Low[f])
	for n := 0; n < 3 && f > 0; n++ {
		k := f - 1
		if d.Sent[k] != d.Sent[f] || d.Line[k] != d.Line[f] || d.Toks[k].Kind != token.Word || d.Toks[k].End+1 != d.Toks[f].Start ||
			!layer.Capitalised(d.Toks[k].Text(d.Text)) || r.stopwords.Has(d.Low[k]) && !r.mentions.IsTitle(d.Low[k]) || r.mentions.IsOpener(d.Low[k]) ||
			r.gluedOpener(k, f+1) {
			break // ("in Thaliand [Hingis]": a place, no first name)
		}
		inside := d.NER != nil && strings.HasPrefix(d.NERNames[d.NER[f]], "I-") && d.NERNames[d.NER[k]][2:] == d.NERNames[d.NER[f]][2:]
		if !inside && !headFirst && !r.mentions.IsTitle(d.Low[k]) && !(r.givenNames.Has(d.Low[k]) && !r.givenNames.Has(d.Low[f])) {
			break
		}
		f = k
	}
	return f
}

// endsName reports whether the lower-case word w ends a name and names
// nothing alone: a body's or place's last word (name-heads.tsv:
// "street") or a publication's ("telegraph"). A source the tagger
// opened with that word was cut off the capitalised words before it
// ("Downing [Street]", "the Sunday [Telegraph]").
func (r *Resolver) endsName(w string) bool {
	return r.nameHeads.Has(w) || r.mentions.IsPublication("", w)
}

// untaggedTitled returns the end of a gendered title and a surname at
// token i that the entity tags mark as nothing ("Mr Blair", "Mrs
// Quinn"), else i.
func (r *Resolver) untaggedTitled(i int) int {
	d := r.d
	if r.mentions.Gender(d.Low[i]) == "" || i+1 >= len(d.Toks) || d.Line[i+1] != d.Line[i] || d.NERNames[d.NER[i+1]] != "O" {
		return i
	}
	if w := d.Toks[i+1].Text(d.Text); d.Toks[i+1].Kind != token.Word || !layer.Capitalised(w) || !r.mentions.IsNameWordLow(d.Low[i+1]) || r.stopwords.Has(d.Low[i+1]) {
		return i
	}
	return i + 2
}

// roleBeforeName returns where the person's name of a tagged run [i, j)
// starts when a role word inside it is followed by two or three
// capitalised name words ("England prop Phil Vickery", "UK Chancellor
// Gordon Brown"), else i.
func (r *Resolver) roleBeforeName(i, j int) int {
	low := r.d.Low
	for q := j - 3; q >= i && q >= j-4; q-- {
		if r.mentions.IsRoleWord(low[q]) && r.personal(q+1, j) && r.mentions.Gender(low[q+1]) == "" {
			return q + 1
		}
	}
	return i
}

// knownPerson returns the person entity, spoken or named, whose name
// name ends with ("Songwriter Guy Chambers" is Guy Chambers), -1 when
// there is none or more than one.
func (es *entities) knownPerson(name string) int {
	for i := len(es.list) - 1; i >= 0; i-- {
		if e := es.list[i]; e.typ == claimtrail.SpeakerPerson && strings.Contains(e.name, " ") && (e.name == name || hasSuffixFold(name, " "+e.name)) {
			return i
		}
	}
	found := -1
	for i, p := range es.people {
		if p.name == name || hasSuffixFold(name, " "+p.name) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	if found < 0 {
		return -1
	}
	return es.add(es.people[found])
}

// roledPerson reports whether m reads as a person's name after a role
// word ("UK Chancellor Gordon Brown", "Finance Minister Ada Vell"): a
// person, whatever the entity tags call the run.
func (r *Resolver) roledPerson(m mention.Mention) bool {
	return m.Kind == mention.Proper && m.Type == claimtrail.SpeakerPerson && m.Role != "" && r.personalName(m.Name)
}
