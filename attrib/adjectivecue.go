package attrib

import "github.com/claimtrail/claimtrail/layer"

// adjectiveCue reports whether g's one-word cue stands between a
// determiner and a noun, where a participle describes the noun ("The
// proposed scheme would …", "the reported feud between …"): nobody
// proposes or reports anything there. The tagger gives such a group the
// determiner alone as its source, or none; after a number or an
// adjective ("a total of 10 proposed domains", "the other proposed
// names") the phrase ending there (session 17 round 2).
func adjectiveCue(d *layer.Doc, g *Group) bool {
	k := g.Cue.First
	if d.POS == nil || g.Cue.Last != k+1 || k == 0 || k+1 >= len(d.Toks) || d.Sent[k-1] != d.Sent[k] || d.Sent[k+1] != d.Sent[k] {
		return false
	}
	before := d.POSNames[d.POS[k-1]]
	counted := before == "CD" || before == "JJ" // "10 proposed domains", "the other proposed names"
	if !counted && (before != "DT" || !layer.IsDeterminer(d.Low[k-1])) {
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "VBN", "JJ":
	case "VBD": // a participle; "This says health screening …" is a document speaking
		if counted {
			return false // a past tense: "Andre 3000 thanked fans", "the 31-year-old admitted interest …"
		}
	default:
		return false
	}
	for _, s := range g.Sources {
		if s.Last != k || !counted && s.First != k-1 {
			return false // a source of its own: "the board proposed changes"
		}
	}
	switch d.POSNames[d.POS[k+1]] {
	case "NN", "NNS", "JJ": // "the proposed new law"
		return true
	}
	return false
}
