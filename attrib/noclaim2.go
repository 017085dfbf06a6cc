package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
)

// Four more frames in which a word of saying states no claim (the BBC
// readers' "should not exist", session 17 round 5): a headline refusal
// ("Varnfield refuse to rule out Brell move"), the reporter's guess of
// what may follow ("may mean shop owners ask for more") and an act on a
// product ("the update added tools"); and a naming ("named that The
// Harbour").

// headlineRefusal reports whether g's cue is a refusal verb
// (cue-contexts `refusal`) with an infinitive in a headline: "Varnfield
// refuse to rule out Brell move" tells that someone would not say; the
// story's body carries what was said, if anything.
func (t *Tagger) headlineRefusal(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || !d.Sents[d.Sent[k]].Headline() || t.cueContexts.Field(d.Cue[k].Lemma, 0) != "refusal" {
		return false
	}
	return infinitiveVerb(d, k) >= 0
}

// guessedSpeaker reports whether g's nearest source opens the clause
// that is the object of a verb of consequence (act-objects
// `consequence-verb`: "mean"), with or without "that" between: "the strike may mean
// [shop owners] ask for more help" is the reporter's guess, and the
// shop owners said nothing.
func (t *Tagger) guessedSpeaker(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(g.Sources) == 0 {
		return false
	}
	src := nearest(g.Sources, g.Cue)
	j := src.First - 1
	first := d.Sents[d.Sent[src.First]].First
	if j >= first && layer.IsComplementizer(d.Low[j]) {
		j--
	}
	return j >= first && src.Last <= g.Cue.First && d.POSNames[d.POS[j]][0] == 'V' &&
		t.actObjects.Field(d.Low[j], 0) == "consequence-verb"
}

// productAdded reports whether g's cue is a `count-verb` marked
// `product` ("add")
// outside any quotation whose subject is a thing (a common noun naming
// no person) and whose bare object names nothing said: "the update
// added tools that made it easier …", "the company has added what it
// calls folders" act on a product. "the firm added that …" and "added a
// warning" stay.
func (t *Tagger) productAdded(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(t.turns) > 0 || len(g.Sources) == 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || d.Quote[k] >= 0 || t.actObjects.Field(t.actLemma(d, k), 2) != "product" || afterQuote(d, k) {
		return false
	}
	switch Complement(d, k) {
	case CompObj, CompWh:
	case CompObjThat: // "added features that made …": a relative clause, no "that" of saying
		end := d.Sents[d.Sent[k]].Last
		if m := nounPhraseEnd(d, k+1, end); m == k+1 || m >= end || d.POSNames[d.POS[m]] != "WDT" {
			return false
		}
	default:
		return false
	}
	if t.messageNouns.Has(objectHead(d, k)) {
		return false
	}
	head := subjectHead(d, nearest(g.Sources, g.Cue))
	return head >= 0 && t.thingNoun(d, head)
}

// namedDemonstrative reports whether g's cue head is a naming word
// (act-objects `naming`: "named", "called") outside any quotation
// followed by a demonstrative and a name that ends the clause: "the
// band took over a courtroom and named that The Harbour" gives a
// name, and "that" is no "that" of saying. "called that suggestion
// disgraceful" (a common noun) is left to the other rules.
func (t *Tagger) namedDemonstrative(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || d.Quote[k] >= 0 || t.actObjects.Field(d.Low[k], 0) != "naming" {
		return false
	}
	end := d.Sents[d.Sent[k]].Last
	if tag := d.POSNames[d.POS[min(k+1, end-1)]]; k+2 >= end || tag != "DT" && tag != "IN" && tag != "WDT" {
		return false // the tagger reads the demonstrative "that" as any of these
	}
	m := k + 2
	for m < end && (d.POSNames[d.POS[m]] == "NNP" || d.POSNames[d.POS[m]] == "NNPS" || m == k+2 && d.POSNames[d.POS[m]] == "DT") {
		m++
	}
	return m > k+2 && d.POSNames[d.POS[m-1]] != "DT" && (m == end || d.POSNames[d.POS[m]] == "." || d.POSNames[d.POS[m]] == ",")
}
