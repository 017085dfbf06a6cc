package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// thingShown reports whether g's cue is a word of evidence ("show",
// "find", "appear": the lexicon's evidence class) whose object is a thing
// and no clause before the phrase's comma, and whose source is no
// document or finding: "the film shows Mr Howard laughing", "police found
// a cache of weapons", "Morris appears almost evangelical" show no claim.
// A survey's or report's finding stays one ("A survey by the trade body
// showed a sharp rise": document-nouns.tsv), as does a clause ("showed
// that …", "found output had risen") and a cue after a quotation, whose
// object is its subject ("'…,' read the statement"). A word or two in
// quotation marks ending the object is still an object (scareQuoted).
func (t *Tagger) thingShown(d *layer.Doc, g *Group) bool {
	r := g.Cue
	if d.POS == nil || r.First > 0 && d.Toks[r.First-1].Kind != token.Word && d.Sent[r.First-1] == d.Sent[r.First] {
		return false
	}
	k, _ := t.cueHead(d, r.First, r.Last)
	if k < 0 || layer.CueClasses[d.Cue[k].Class] != "evidence" || Complement(d, k) != CompObj && !scareQuoted(d, k) || finiteVerbInPhrase(d, k) {
		return false
	}
	for _, s := range g.Sources {
		for j := s.First; j < s.Last; j++ {
			if t.documents.Has(d.Low[j]) {
				return false
			}
		}
	}
	return true
}

// maxScareWords bounds the words of a quotation that marks a word of the
// writer's rather than quoting anyone: "real "bouncebackability"".
const maxScareWords = 3

// scareQuoted reports whether the complement after the head word at k
// is an object whose last words are set in quotation marks and end the
// sentence — no more than maxScareWords of them, no finite verb before
// or in them: "Paula showed real "bouncebackability".", "only one showed
// her flight "wings"." mark the writer's words; Complement reads the
// quotation mark as what was said (CompObjThat).
func scareQuoted(d *layer.Doc, k int) bool {
	if Complement(d, k) != CompObjThat {
		return false
	}
	end := d.Sents[d.Sent[k]].Last
	open := k + 1
	for open < end && d.Toks[open].Kind != token.Quote {
		if d.FiniteVerb(open) {
			return false
		}
		open++
	}
	for _, q := range d.Quotes {
		if q.Open != open || q.Close <= open || q.Close >= end {
			continue
		}
		words := 0
		for j := open + 1; j < q.Close; j++ {
			if d.FiniteVerb(j) {
				return false
			}
			if d.Toks[j].Kind == token.Word {
				words++
			}
		}
		for j := q.Close + 1; j < end; j++ {
			if d.Toks[j].Kind == token.Word {
				return false // "showed "wings" to the court": the object goes on
			}
		}
		return words > 0 && words <= maxScareWords
	}
	return false
}
