package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// bodyDescribed returns the body a definite description m at src means
// when ei, what resolution found so far, is none or a description the
// text left unnamed: the one body the article names with its head word
// ("the Making Decisions Alliance … the alliance said", bodyByHead),
// else a place's government (placeGovernment); else ei.
func (r *Resolver) bodyDescribed(m mention.Mention, src attrib.Run, ei int) int {
	if r.ents.byName(ei) {
		return ei
	}
	if (m.Kind == mention.Definite || m.Definite) && (m.Type == claimtrail.SpeakerOrganization || m.Type == claimtrail.SpeakerUnknown) {
		if b := r.bodyByHead(src.First, src.Last); b >= 0 {
			return b
		}
	}
	if m.Kind == mention.Definite {
		if g := r.placeGovernment(m, src.First); g >= 0 {
			return g // "India seeks to boost construction … The government hopes …"
		}
	}
	return ei
}

// placeGovernment returns the entity a definite description of a
// place's body at token k ("the government") means when no speaker
// before resolved it: the one government the article names by its place
// ("the Indian government", "Russia's government", "the government in
// Cairo": a place the demonyms table knows), else, when the article
// names none so, the one country the headline's subject is ("China
// keeps tight rein on credit"). An article naming the governments of
// several places, or none, leaves the description as it is: a wrong
// government is worse than none. -1 when there is none.
func (r *Resolver) placeGovernment(m mention.Mention, k int) int {
	d := r.d
	pattern := r.placeBodies.Field(m.Head, 0)
	if pattern == "" || m.Type != claimtrail.SpeakerGovernment {
		return -1
	}
	place, first, last := "", 0, 0
	for i := range d.Low {
		if d.Low[i] != m.Head || i == k {
			continue
		}
		p, f, l := r.governmentPlace(i)
		if p == "" && r.otherGovernment(i) {
			return -1 // "the Sri Lankan government", a place the table does not know
		}
		if p == "" {
			continue
		}
		if place != "" && p != place {
			return -1 // "the Indonesian government … the Sri Lankan government"
		}
		if place == "" {
			place, first, last = p, f, l
		}
	}
	name := ""
	if place != "" {
		name = r.read(first, last).Name // the name the text gives: "Indian government"
	} else if place = r.headlineCountry(); place == "" {
		return -1
	}
	if !hasCapital(name) {
		name = strings.Replace(pattern, "{place}", place, 1)
	}
	return r.ents.add(entity{name: name, affiliation: place, typ: claimtrail.SpeakerGovernment, head: m.Head, at: d.Toks[k].Start, named: -1})
}

// governmentPlace returns the place whose body the noun at token i is by
// the words around it — a place's adjective or name before it ("the
// French government", "Russia's government") or after a preposition
// ("the government of Peru") — and the tokens [first, last) naming the
// body; "" when none is (a party's "Conservative government").
func (r *Resolver) governmentPlace(i int) (place string, first, last int) {
	d := r.d
	same := func(j int) bool { return j >= 0 && j < len(d.Low) && d.Sent[j] == d.Sent[i] }
	if same(i - 1) {
		if p := r.placeOf(i - 1); p != "" {
			return p, i - 1, i + 1
		}
	}
	if same(i-2) && r.possessive(i-1) {
		if p := r.placeOf(i - 2); p != "" {
			return p, i - 2, i + 1
		}
	}
	if same(i+2) && layer.IsPreposition(d.Low[i+1]) {
		if p := r.placeOf(i + 2); p != "" {
			return p, i, i + 3
		}
	}
	return "", 0, 0
}

// otherGovernment reports whether a capitalised word inside its sentence
// qualifies the noun at token i ("the Sri Lankan government", "a
// Conservative government"): a government other than one the demonyms
// table's places name, so no one government is the article's.
func (r *Resolver) otherGovernment(i int) bool {
	d := r.d
	j := i - 1
	if j < 0 || d.Sent[j] != d.Sent[i] || j == d.Sents[d.Sent[i]].First || d.Toks[j].Kind != token.Word {
		return false
	}
	return layer.Capitalised(d.Toks[j].Text(d.Text)) && !layer.IsDeterminer(d.Low[j])
}

// placeOf returns the country or city the capitalised word at token j
// names by the demonyms table ("Indian": India), "" when it names none
// or a body ("Kremlin").
func (r *Resolver) placeOf(j int) string {
	d := r.d
	w := d.Toks[j].Text(d.Text)
	if !layer.Capitalised(w) || r.demonyms.Field(d.Low[j], 1) == "body" {
		return ""
	}
	if p := r.demonyms.Field(d.Low[j], 0); p != "" {
		return p
	}
	return r.countries[d.Low[j]] // "Venezuela", which the table gives only as a place
}

// headlineCountry returns the one country the article opens with as
// its subject: a country's name right before the headline's verb ("China
// keeps …", "Italy to get …") or opening the lead before its verb or
// as a possessive ("South Korea will boost …", "Brazil's unemployment
// rate fell …"); "" when there is none or more than one. A country that
// only qualifies the headline's subject ("Iraq advice claim sparks new
// row") is what the article is about, not whose government speaks.
func (r *Resolver) headlineCountry() string {
	d := r.d
	if d.POS == nil || len(d.Sents) < 2 {
		return ""
	}
	found := ""
	for sent, s := range d.Sents[:2] {
		for j := s.First; j+1 < s.Last && (sent == 0 || j == s.First); j++ {
			p, n := r.countryAt(j, s.Last)
			if p == "" || j+n >= s.Last {
				continue
			}
			if next := r.pos(j + n); !strings.HasPrefix(next, "VB") && next != "MD" && next != "TO" && (sent == 0 || !r.possessive(j+n)) {
				continue
			}
			if found != "" && found != p {
				return ""
			}
			found = p
		}
	}
	return found
}

// countryAt returns the country the capitalised words at token j name
// ("Venezuela", "South Korea", "Turkish") and how many words name it;
// "" when they name none.
func (r *Resolver) countryAt(j, end int) (place string, n int) {
	d := r.d
	if j+1 < end && layer.Capitalised(d.Toks[j+1].Text(d.Text)) {
		if p := r.countries[d.Low[j]+" "+d.Low[j+1]]; p != "" {
			return p, 2
		}
	}
	if r.demonyms.Field(d.Low[j], 1) == "country" || r.countries[d.Low[j]] != "" {
		if p := r.placeOf(j); p != "" {
			return p, 1
		}
	}
	return "", 0
}
