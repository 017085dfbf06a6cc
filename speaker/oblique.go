package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// describedOverOblique returns the person a pronoun at token k (gender
// as it says) means instead of ei, the person a name near it resolved
// it to, when that name stands only after a preposition in a sentence
// whose subject is a description of a person: "The 29-year-old was
// third behind Ana Rush … but she prefers the track", "The Kenyan was
// unsure after her tussle with Ana Rush. She said …" mean the one the
// description means (describedPerson: the person named just before, the
// role's holder, the article's protagonist), not Ana Rush, who is what
// the preposition governs. The sentence is the pronoun's own when it
// names ei before the pronoun, else the one before. -1 when the rule
// does not apply.
func (r *Resolver) describedOverOblique(k int, gender string, ei int) int {
	d, es := r.d, &r.ents
	if ei < 0 || d.POS == nil || es.list[ei].typ != claimtrail.SpeakerPerson {
		return -1
	}
	at := d.Toks[k].Start
	for _, s := range []int32{d.Sent[k], d.Sent[k] - 1} {
		if s < 0 {
			return -1
		}
		named, oblique := r.namedIn(s, at, es.list[ei].name)
		if !named {
			continue
		}
		if !oblique {
			return -1
		}
		first, end := r.describedSubjectRun(s)
		if first == end {
			return -1
		}
		di := r.describedPerson(attrib.Run{First: first, Last: end}, -1)
		if di < 0 || di == ei || !sameGender(es.genderOf(di), gender) || es.namedInContent(es.list[di].name, titledSurname) {
			return -1
		}
		return di
	}
	return -1
}

// namedIn reports whether sentence s names the person name before byte
// at (its full name, or its surname, in the tags' person names), and
// whether every such mention is a preposition's object
// (afterPreposition).
func (r *Resolver) namedIn(s int32, at int, name string) (named, oblique bool) {
	d := r.d
	oblique = true
	for i := range r.ents.occ {
		o := &r.ents.occ[i]
		if o.sent != s || o.start >= at || o.typ != claimtrail.SpeakerPerson || o.name != name && !hasSuffixFold(name, " "+lastWord(o.name)) {
			continue
		}
		named = true
		k := d.TokenAt(o.start)
		if !r.afterPreposition(k) {
			oblique = false
		}
	}
	return named, named && oblique
}

// afterPreposition reports whether the name at token k is the object of
// the preposition right before it (tagged IN or TO: "behind", "with",
// "against", "than"): no complementizer ("that"), no passive's "by"
// ("was echoed by Ana Rush" names the agent) and no subordinate
// clause's subject ("after Ana Rush left").
func (r *Resolver) afterPreposition(k int) bool {
	d := r.d
	first := d.Sents[d.Sent[k]].First
	if k <= first || r.pos(k-1) != "IN" && r.pos(k-1) != "TO" || layer.IsComplementizer(d.Low[k-1]) {
		return false
	}
	if r.passiveAgent(k) {
		return false
	}
	end := r.nameEnd(k)
	return end >= d.Sents[d.Sent[k]].Last || !r.finite(end) && r.pos(end) != "MD"
}

// describedSubjectRun returns the tokens of the subject of sentence s
// when it is a definite description of a person ("The 29-year-old",
// "The Kenyan", "The prime minister"): "the" and the words before the
// first verb, which the mention reader reads as a person's description
// (asDescription: "The Kenyan" is no surname);
// first == end when it is none.
func (r *Resolver) describedSubjectRun(s int32) (first, end int) {
	d := r.d
	sen := d.Sents[s]
	first = sen.First
	if first < sen.Last && r.mentions.IsOpener(d.Low[first]) {
		first++
	}
	if first >= sen.Last || !layer.IsDefinite(d.Low[first]) {
		return 0, 0
	}
	end = first + 1
	for end < sen.Last && end-first < 6 && !strings.HasPrefix(r.pos(end), "VB") && r.pos(end) != "MD" {
		if isComma(d, end) || d.Toks[end].Kind == token.Quote {
			return 0, 0 // "The man, who …": no plain subject
		}
		end++
	}
	if end == first+1 || end >= sen.Last || !strings.HasPrefix(r.pos(end), "VB") && r.pos(end) != "MD" {
		return 0, 0
	}
	m, _ := r.asDescription(r.read(first, end), attrib.Run{First: first, Last: end}) // "The Kenyan"
	if m.Kind != mention.Definite || m.Type != claimtrail.SpeakerPerson {
		return 0, 0
	}
	return first, end
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }
