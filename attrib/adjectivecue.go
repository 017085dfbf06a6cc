package attrib

import "github.com/claimtrail/claimtrail/layer"

// adjectiveCue reports whether g's one-word cue stands between a
// determiner and a noun, where a participle describes the noun ("The
// proposed scheme would …", "the reported feud between …"): nobody
// proposes or reports anything there. The tagger gives such a group the
// determiner alone as its source, or none.
func adjectiveCue(d *layer.Doc, g *Group) bool {
	k := g.Cue.First
	if d.POS == nil || g.Cue.Last != k+1 || k == 0 || k+1 >= len(d.Toks) || d.Sent[k-1] != d.Sent[k] || d.Sent[k+1] != d.Sent[k] {
		return false
	}
	if d.POSNames[d.POS[k-1]] != "DT" || !layer.IsDeterminer(d.Low[k-1]) {
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "VBN", "VBD", "JJ": // a participle; "This says health screening …" is a document speaking
	default:
		return false
	}
	for _, s := range g.Sources {
		if s.First != k-1 || s.Last != k {
			return false // a source of its own: "the board proposed changes"
		}
	}
	switch d.POSNames[d.POS[k+1]] {
	case "NN", "NNS", "JJ": // "the proposed new law"
		return true
	}
	return false
}
