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
// object is its subject ("'…,' read the statement").
func (t *Tagger) thingShown(d *layer.Doc, g *Group) bool {
	r := g.Cue
	if d.POS == nil || r.First > 0 && d.Toks[r.First-1].Kind != token.Word && d.Sent[r.First-1] == d.Sent[r.First] {
		return false
	}
	k, _ := t.cueHead(d, r.First, r.Last)
	if k < 0 || layer.CueClasses[d.Cue[k].Class] != "evidence" || Complement(d, k) != CompObj || finiteVerbInPhrase(d, k) {
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
