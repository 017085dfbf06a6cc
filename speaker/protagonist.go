package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// protagonist returns the person a definite description of what someone
// is at tokens [k, last) ("the 34-year-old", "the Spaniard":
// person-nouns.tsv; a one-word office, "the minister", whose holder the
// text names in other words, "Trade Secretary", or not at all) names
// when nothing near it did: the person the text
// names latest before it, in its sentence or the three before (a
// possessive only opening its sentence), when the
// headline (the first sentence) holds that person's surname — the
// article is about them ("Agassi fear for Melbourne … Andre Agassi
// pulled out … 'My hip was cramping,' said the 34-year-old"). A person
// named since, even one the headline does not name ("Hewitt … Minar,
// ranked 158th, … said the 20-year-old"), keeps it from anyone, unless,
// for a description of what someone is, that name is not the
// headline's and a verb or preposition of a clause with a subject of its
// own governs it ("Vell was serving … to Ana Rush when …",
// Resolver.governedName; the headline's too when another the headline
// names acts on it, headlinerBefore), and no sentence since opens with a name the
// headline does not hold; -1 when none fits.
func (r *Resolver) protagonist(k, last int) int {
	d, es := r.d, &r.ents
	at := d.Toks[k].Start
	if last-k != 2 || !r.personNoun(d.Low[k+1]) && !r.mentions.IsRoleWord(d.Low[k+1]) || es.inContent(at) || d.Sent[k] == 0 {
		return -1
	}
	skipped := false
	for i := len(es.occ) - 1; i >= 0; i-- {
		o := &es.occ[i]
		if o.start >= at || es.inContent(o.start) || inRanges(es.said, o.start) {
			continue // whom a statement speaks of is not, for that, the topic
		}
		if o.sent < d.Sent[k]-3 || o.sent == 0 {
			return -1
		}
		if o.typ != claimtrail.SpeakerPerson {
			continue
		}
		if r.personNoun(d.Low[k+1]) && (!r.inHeadline(lastField(o.name)) || r.headlinerBefore(i)) && r.governedName(o.start, at, false) {
			skipped = true // "Agassi was serving … to fellow American Andy Roddick when …": no topic
			continue
		}
		if skipped && r.openedByName(o.sent+1, d.Sent[k]) {
			return -1 // "… meet Arnaud Clement. Minar, ranked 158th, …": someone the tags missed
		}
		if o.ofPerson || o.possessive && d.Toks[d.Sents[o.sent].First].Start != o.start {
			// "Bellamy's agent said": someone else speaks for them; "…
			// faster than Vell's mark. [A name the text lost] won …":
			// a possessive inside its sentence is no topic
			return -1
		}
		if !r.inHeadline(lastField(o.name)) {
			return -1
		}
		if full := es.fullName(o); r.personalName(full) {
			return es.addNamed(o)
		}
		lo, _ := r.sentenceWindow(d.Sent[k], bodyReach)
		if full, _ := r.fullNameBetween(o.name[strings.LastIndexByte(o.name, ' ')+1:], lo, at); full != "" && r.personalName(full) {
			return es.add(entity{name: full, typ: claimtrail.SpeakerPerson, at: at, named: -1, gender: r.mentions.Gender(full)}) // what the tags missed
		}
		return -1
	}
	return -1
}

// personNoun reports whether the lower-case word w names a person by
// what they are (person-nouns.tsv), an age's number and hyphen left
// out ("34-year-old").
func (r *Resolver) personNoun(w string) bool {
	if r.personNouns.Has(w) {
		return true
	}
	rest := strings.TrimLeft(w, "0123456789")
	return rest != w && strings.HasPrefix(rest, "-") && r.personNouns.Has(rest[1:])
}

// inHeadline reports whether the text's first sentence holds the
// lower-case word w written capitalised.
func (r *Resolver) inHeadline(w string) bool {
	d := r.d
	if len(d.Sents) == 0 {
		return false
	}
	s := d.Sents[0]
	for q := s.First; q < s.Last; q++ {
		if d.Low[q] == w && layer.Capitalised(d.Toks[q].Text(d.Text)) {
			return true
		}
	}
	return false
}

// headlinerBefore reports whether a person's name of two words or more
// whose surname the headline holds stands before occurrence i in its
// sentence ("Everton manager David Moyes will discipline striker James
// Beattie": Moyes acts, Beattie is acted on).
func (r *Resolver) headlinerBefore(i int) bool {
	es := &r.ents
	for j := i - 1; j >= 0 && es.occ[j].sent == es.occ[i].sent; j-- {
		if o := &es.occ[j]; o.typ == claimtrail.SpeakerPerson && o.personal && r.inHeadline(lastField(o.name)) {
			return true
		}
	}
	return false
}

// openedByName reports whether a sentence from from to to opens with a
// proper name the headline does not hold ("Minar, ranked 158th, …"):
// a person the entity tags may have missed.
func (r *Resolver) openedByName(from, to int32) bool {
	d := r.d
	for s := from; s <= to && int(s) < len(d.Sents); s++ {
		f := d.Sents[s].First
		if d.Toks[f].Kind == token.Word && strings.HasPrefix(r.pos(f), "NNP") && !r.inHeadline(d.Low[f]) {
			return true
		}
	}
	return false
}
