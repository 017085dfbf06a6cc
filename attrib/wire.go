package attrib

import "github.com/claimtrail/claimtrail/layer"

// cutWire moves the start of each source and content that opens inside
// the wire dateline of d (layer.Doc.Wire: "(Reuters) - Tolvane said …",
// "Oct 6 (Reuters) - Tolvane said …") to the dateline's end: the agency
// that filed the story is neither the speaker nor a word of the claim.
// The tagger reads the line whole, as it was trained, so the cut is
// made on its runs.
func cutWire(d *layer.Doc, gs []Group) []Group {
	if d.Wire == 0 {
		return gs
	}
	for i := range gs {
		g := &gs[i]
		for k := range g.Sources {
			cutRun(&g.Sources[k], d.Wire)
		}
		for k := range g.Contents {
			cutRun(&g.Contents[k], d.Wire)
		}
		cutRun(&g.Source, d.Wire)
	}
	return gs
}

// cutRun starts r at token at when it opens before it and goes on past it.
func cutRun(r *Run, at int) {
	if r.First < at && r.Last > at {
		r.First = at
	}
}
