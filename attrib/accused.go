package attrib

import "github.com/claimtrail/claimtrail/layer"

// accusedSubject reports whether g's cue is a passive accusation whose
// source, if any, is its subject, the accused: "Yukos accused of lying to court",
// "they have both been accused of …", "X, previously accused of …". The
// accuser is someone the clause does not name; a "by" agent ("was
// accused by the agency of …") or a source after the cue ("… was
// criticised by the party") is left as it is.
func (t *Tagger) accusedSubject(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	src := Run{First: -1}
	if len(g.Sources) > 0 {
		// with none, the accusation still borrows no speaker from the
		// statement before ("X said …, Y, previously accused of …")
		src = nearest(g.Sources, g.Cue)
		if src.Last > g.Cue.First {
			return false
		}
	}
	k := g.Cue.First
	be := false
	for ; k < g.Cue.Last && !t.accusations.Has(d.Low[k]); k++ {
		switch head := t.cueHeads.Field(d.Low[k], 0); {
		case head == "be":
			be = true
		case head == "skip", isAdverb(d.POSNames[d.POS[k]]), d.POSNames[d.POS[k]] == "DT":
			// "have [both] been accused of", "[previously] accused of"
		default:
			return false // "had accused", "accused Gazprom of": the subject accuses
		}
	}
	if k >= g.Cue.Last || t.agentAfter(d, k) {
		return false
	}
	if be {
		return true
	}
	// no "be": a reduced passive only when the participle has no object,
	// its preposition right after it ("Yukos accused of …"), and no
	// auxiliary opens it ("which the US have blamed for …")
	if k+1 >= len(d.Toks) || d.Low[k+1] != t.accusations.Field(d.Low[k], 0) {
		return false
	}
	for j := g.Cue.First; j < k; j++ {
		if isAuxiliary(d, j) {
			return false // "had accused of", "'ve blamed for"
		}
	}
	if src.First > 0 && relativeWord(d, src.First-1) {
		return false // "firms which hardliners accused of …": the relative is the accused
	}
	return g.Cue.First == 0 || !isAuxiliary(d, g.Cue.First-1)
}

// relativeWord reports whether the token at k opens a relative clause
// ("which", "whom", "that"), whose subject is the one who accuses.
func relativeWord(d *layer.Doc, k int) bool {
	switch d.POSNames[d.POS[k]] {
	case "WDT", "WP", "WP$":
		return true
	}
	return layer.IsComplementizer(d.Low[k])
}

// agentAfter reports whether an agent word ("by") follows the
// participle at k, adverbs aside: "accused by the agency of …".
func (t *Tagger) agentAfter(d *layer.Doc, k int) bool {
	for j := k + 1; j < len(d.Toks) && j <= k+3; j++ {
		if t.frameWords.Field(d.Low[j], 0) == "agent" {
			return true
		}
		if !isAdverb(d.POSNames[d.POS[j]]) {
			return false
		}
	}
	return false
}

// isAuxiliary reports whether the token at k is a verb or modal that
// would make the participle after it active ("had accused of").
func isAuxiliary(d *layer.Doc, k int) bool {
	tag := d.POSNames[d.POS[k]]
	return tag == "MD" || len(tag) >= 2 && tag[:2] == "VB"
}

// clearAccused takes the accused out of g's sources: the statement has
// no named speaker, and none carries over to it.
func (t *Tagger) clearAccused(d *layer.Doc, g *Group) {
	if !t.accusedSubject(d, g) {
		return
	}
	g.Sources, g.Source, g.TimedEnd = nil, Run{}, 0
	g.Accused, g.Impersonal = true, true
}
