package speaker

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// markBodiesShown lists in es.bodies the names the entity tags call a
// person somewhere that the text shows to be a body's: "he" and "she"
// mean none of them (entities.bodyShown), and a source by that name is
// an organisation. The entity tags call many a club, firm or party a
// person ("Yukos", "Aguas Argentinas", "Chelsea"), and a name typed so
// was what a later "he" took. The evidence, for a name with no given
// name, title or role word in it that the text gives as no word of a
// longer name ("Vogts" of "Berti Vogts") and after no person's word
// ("actress Imelda Staunton"), is one of:
//   - the tags mark that name an organisation at more of its mentions
//     than a person, twice or more (three times for one word: "Aguas
//     Argentinas" six times a body, three a person);
//   - a one-word name the demonyms table gives as a country's, or a
//     name the aliases table writes as written ("Labour");
//   - a company's noun no person's role shares right before one of its
//     mentions ("exchange operator Euronext", "handset maker Nokia"), or
//     heading a short apposition after it anywhere in the text
//     ("Changyu, the largest wine maker in China");
//   - a plural verb after it as the whole subject ("Chelsea have
//     sacked …"), or a possessive "its" after a linking verb ("Yukos is
//     confident of its right …") (bodyUse).
func (r *Resolver) markBodiesShown(es *entities) {
	es.bodies = es.bodies[:0]
	for i := range es.occ {
		o := &es.occ[i]
		if o.typ != claimtrail.SpeakerPerson || slices.ContainsFunc(es.bodies, func(n string) bool { return strings.EqualFold(n, o.name) }) || !r.noPersonsWords(o.name) {
			continue
		}
		if !r.bodyEvidenceAt(o) && !r.bodyUse(o) && !r.taggedBodyMostly(o.name) {
			continue
		}
		if es.namedInFull(o.name) {
			continue // "Conte" is Victor Conte
		}
		if slices.ContainsFunc(es.occ, func(p occurrence) bool { return strings.EqualFold(p.name, o.name) && r.personsWordBefore(p.start) }) {
			continue // "British actress Imelda Staunton", whatever the tags say
		}
		es.bodies = append(es.bodies, o.name)
	}
}

// taggedBodyMostly reports whether the entity tags mark name an
// organisation at two of its mentions or more and at no fewer than they
// mark it a person: one such mention is the tags' slip as often as not
// ("Gil Cates" once an organisation).
func (r *Resolver) taggedBodyMostly(name string) bool {
	body, person := 0, 0
	for _, o := range r.ents.occ {
		if strings.EqualFold(o.name, name) {
			if o.typ == claimtrail.SpeakerOrganization {
				body++
			} else {
				person++
			}
		}
	}
	least := 2
	if !strings.Contains(name, " ") {
		least = 3 // a one-word name the tags slip on more often ("McPake" twice a body)
	}
	return body >= least && body > person
}

// bodyEvidenceAt reports whether the person occurrence o reads as a
// body's name by its own words or the word before it: a country's one
// word, or a company's noun right before it ("operator Euronext").
func (r *Resolver) bodyEvidenceAt(o *occurrence) bool {
	if o.typ != claimtrail.SpeakerPerson || o.gender != "" {
		return false
	}
	if r.aliases.Has(o.name) {
		return true // a party's name as the aliases table writes it ("Labour")
	}
	if _, ok := r.countries[strings.ToLower(o.name)]; ok {
		return true // the demonyms table's country, not a name's shape ("Jamelia")
	}
	if o.personal {
		return false // "publisher Kimberly Quinn": two name words after a noun a person may be
	}
	if r.describedAsCompany(o.name) {
		return true // "Varnyu, the largest wine maker in Dorn", anywhere in the text
	}
	d := r.d
	k := d.TokenAt(o.start)
	if k <= 0 || d.Sent[k-1] != d.Sent[k] || layer.Capitalised(d.Toks[k-1].Text(d.Text)) {
		return false
	}
	w := d.Low[k-1]
	return r.companies.Has(w) && !r.personsWord(w) // ("producer Gil Cates" is a person's role)
}

// describedAsCompany reports whether name, written anywhere in the text
// as a whole word run, is followed by an apposition a company's noun
// heads (companyApposition): the tagger's runs hold no occurrence where
// the name is a preposition's object ("33% of Varnyu, the largest wine
// maker"), so the text is searched.
func (r *Resolver) describedAsCompany(name string) bool {
	d := r.d
	for at := 0; ; {
		i := strings.Index(d.Text[at:], name+",")
		if i < 0 {
			return false
		}
		start := at + i
		at = start + len(name)
		if k := d.TokenAt(start); k < len(d.Toks) && d.Toks[k].Start == start && r.companyApposition(d.TokenAt(at)) {
			return true
		}
	}
}

// companyApposition reports whether the tokens from end, right after a
// name, are an apposition a company's noun heads: a comma, an article,
// at most four lower-case words the last of which is a company noun no
// person's role shares, then a preposition, a comma or the sentence's
// end ("Varnyu, the largest wine maker in Dorn"; not "Ada Vell, the
// firm's chairman", whose head is before the possessive).
func (r *Resolver) companyApposition(end int) bool {
	d := r.d
	if end+2 >= len(d.Toks) || d.Sent[end] != d.Sent[end+2] || d.Toks[end].Text(d.Text) != "," || !layer.IsArticle(d.Low[end+1]) {
		return false
	}
	head := -1
	for k := end + 2; k <= end+6; k++ {
		if k == len(d.Toks) || d.Sent[k] != d.Sent[end] {
			break // the sentence's end
		}
		w := d.Toks[k].Text(d.Text)
		if layer.IsPreposition(w) || w == "," || w == "." {
			break
		}
		if layer.Capitalised(w) || d.Toks[k].Kind != token.Word || k == end+6 {
			return false // a name, a mark or a fifth word: no short description
		}
		head = k
	}
	return head >= 0 && r.companies.Has(d.Low[head]) && !r.personsWord(d.Low[head])
}

// bodyUse reports whether the text uses the person occurrence o as a
// body's name by the words after it: a plural verb after a name that no
// other name is coordinated with ("Chelsea have sacked …", "Wales are"),
// or, opening its sentence before a linking verb, a possessive "its"
// within six words ("Yukos is confident of its right"), which a person's
// name does not take.
func (r *Resolver) bodyUse(o *occurrence) bool {
	d := r.d
	first := d.TokenAt(o.start)
	end := d.TokenAt(o.start + len(o.name))
	if d.POS == nil || end >= len(d.Toks) || d.Sent[end] != d.Sent[first] || o.possessive {
		return false
	}
	if r.pos(end) == "VBP" {
		return r.wholeSubject(first) // ("Barbara Broccoli and Michael G Wilson expect": people both)
	}
	if !o.opens || !r.copula(end) {
		return false
	}
	for k := end + 1; k < len(d.Toks) && k <= end+6 && d.Sent[k] == d.Sent[end]; k++ {
		if w := d.Low[k]; r.thingRefs.Has(w) && !layer.IsEmptySubject(w) {
			return true
		}
		if layer.Capitalised(d.Toks[k].Text(d.Text)) {
			return false // another name the possessive may be of
		}
	}
	return false
}

// wholeSubject reports whether the name at token first is its
// sentence's whole subject: at most three words before it, none a
// conjunction, preposition, comma, participle or name ("But Wales
// have", not "Britney Spears … as well as Arnold Schwarzenegger have").
func (r *Resolver) wholeSubject(first int) bool {
	d := r.d
	start := d.Sents[d.Sent[first]].First
	if first-start > 3 {
		return false
	}
	for k := start; k < first; k++ {
		switch p := r.pos(k); {
		case p == "CC" || p == "IN" || p == "VBG" || p == "NNP" || p == "NNPS" || isComma(d, k):
			return false
		}
	}
	return true
}

// personsWordBefore reports whether the word right before byte at, in
// its sentence and in lower case, is a person's role word or person noun
// ("actress", "producer").
func (r *Resolver) personsWordBefore(at int) bool {
	d := r.d
	k := d.TokenAt(at)
	if k <= 0 || d.Sent[k-1] != d.Sent[k] || layer.Capitalised(d.Toks[k-1].Text(d.Text)) {
		return false
	}
	return r.personsWord(d.Low[k-1])
}

// personsWord reports whether the lower-case w is a person's role word
// or person noun ("actress", "producer"), no body's ("firm").
func (r *Resolver) personsWord(w string) bool {
	return r.mentions.IsRoleWord(w) && !r.mentions.IsOrganizationWord(w) || r.personNouns.Has(w)
}

// noPersonsWords reports whether name holds no word that makes it a
// person's: a given name, a title or a role word, each capitalised.
func (r *Resolver) noPersonsWords(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if !layer.Capitalised(w) || r.mentions.IsTitle(w) || r.mentions.IsRoleWord(w) || r.givenNames.HasFold(w) {
			return false
		}
	}
	return true
}

// bodyShown reports whether name is one the text shows to be a body's
// (markBodiesShown): no antecedent of "he" or "she".
func (es *entities) bodyShown(name string) bool {
	return slices.ContainsFunc(es.bodies, func(n string) bool { return strings.EqualFold(n, name) })
}

// namedInFull reports whether the one-word name is a word of a
// person's name the text gives in full, or the last word of a longer
// name it tags ("Henry" of "Thierry Henry", "Vogts" of "Berti Vogts",
// which the tags may call a body).
func (es *entities) namedInFull(name string) bool {
	return slices.ContainsFunc(es.people, func(p entity) bool { return p.name != name && containsWordFold(p.name, name) }) ||
		!strings.Contains(name, " ") && slices.ContainsFunc(es.occ, func(p occurrence) bool { return hasSuffixFold(p.name, " "+name) })
}

// givenPersonName reports whether name reads as a person's whatever the
// entity tags call it: two to four capitalised name words opening with a
// given name or a title ("Malcolm Glazer", which the tags may call an
// organisation), no firm of partners ("Ernst & Young").
func (r *Resolver) givenPersonName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return (r.givenNames.HasFold(first) || r.mentions.IsTitle(first)) && r.personalName(name) && !partners(name)
}
