package attrib

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Addressee phrases a cue run may close on are short: a determiner, an
// adjective and a noun or two ("told the select committee").
const maxAddresseeWords = 4

// cutCueAddressee ends a cue run at its reporting verb when the rest of
// the run is whom the words were said to ("has told [the court]", "is
// to tell [the audience]", "reminded [viewers]", "asked [Pence]"): the
// verb takes an addressee (addressee-cues.tsv) and what was said follows
// the run (a content, "that", a quotation or a colon). PolNeAR marks the
// cue without its addressee, and the reader reads the reporting words.
// So does a run closing on the addressee and the preposition that opens
// what was said ("also cautioned [members against] using …": the cue is
// "also cautioned"; session 17 round 5). An object that is what was
// told ("told a different tale"), a phrase ending on any other
// preposition and a run with no content after it stay.
func (t *Tagger) cutCueAddressee(d *layer.Doc, g *Group) {
	if d.POS == nil {
		return
	}
	verb := -1
	for k := g.Cue.First; k < g.Cue.Last; k++ {
		if (t.toWhom[d.Low[k]] || t.addresseeLemmas.Has(d.Low[k])) && d.POSNames[d.POS[k]][0] == 'V' {
			verb = k
		}
	}
	if verb < 0 {
		return
	}
	end := g.Cue.Last
	for end > verb+1 && d.Toks[end-1].Kind == token.Punct {
		end--
	}
	if end-verb-2 >= 1 && t.openingPreposition(d.Low[verb], d.Low[end-1]) {
		end-- // "cautioned [members] against": the preposition opens what was said
	}
	if end-verb-1 < 1 || end-verb-1 > maxAddresseeWords || !t.addresseePhrase(d, verb+1, end) ||
		!saidAfter(d, g, g.Cue.Last) {
		return
	}
	g.Cue.Last = verb + 1
}

// openingPreposition reports whether prep is a preposition that, after
// the addressee of the verb form w, opens what was said (the third
// field of addressee-cues.tsv: "warned [staff] about", "cautioned
// [members] against").
func (t *Tagger) openingPreposition(w, prep string) bool {
	for _, lemma := range t.addresseeLemmas.Order {
		if lemma != w && !slices.Contains(strings.Split(t.addresseeLemmas.Field(lemma, 0), ","), w) {
			continue
		}
		return slices.Contains(strings.Split(t.addresseeLemmas.Field(lemma, 1), ","), prep)
	}
	return false
}

// addresseePhrase reports whether tokens [from, end) name people or a
// body spoken to: an object pronoun, a name, or a noun phrase whose head
// is a plural noun or a noun of addressee-nouns.tsv ("the court", "the
// audience"), with no preposition or verb inside; not a reflexive ("tell
// itself") or a word the table marks as none ("asked [several times]").
func (t *Tagger) addresseePhrase(d *layer.Doc, from, end int) bool {
	for k := from; k < end; k++ {
		if t.reflexives.Has(d.Low[k]) || t.addresseeNouns.Field(d.Low[k], 0) == notAddressee {
			return false
		}
		tag := d.POSNames[d.POS[k]]
		if d.Toks[k].Kind != token.Word || layer.IsPreposition(d.Low[k]) || tag[0] == 'V' || tag == "IN" || tag == "TO" {
			return false
		}
	}
	switch last := d.POSNames[d.POS[end-1]]; {
	case last == "PRP", last == "NNP", last == "NNPS":
		return true
	case last == "NNS":
		return !t.messageNouns.Has(d.Low[end-1])
	}
	return t.addresseeNouns.Has(d.Low[end-1]) && t.addresseeNouns.Field(d.Low[end-1], 0) != notAddressee
}

// notAddressee marks a word of addressee-nouns.tsv that heads no
// addressee though it is a plural noun after the verb ("times").
const notAddressee = "none"

// saidAfter reports whether what was said follows token k: one of g's
// contents opens there or after "that", or a quotation mark or a colon
// stands there.
func saidAfter(d *layer.Doc, g *Group, k int) bool {
	if k >= len(d.Toks) {
		return false
	}
	for _, c := range g.Contents {
		if c.First == k || c.First == k+1 && layer.IsComplementizer(d.Low[k]) {
			return true
		}
	}
	tok := d.Toks[k]
	return layer.IsComplementizer(d.Low[k]) || tok.Kind == token.Quote ||
		tok.Kind == token.Punct && d.Text[tok.Start] == ':'
}
