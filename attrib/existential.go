package attrib

import "github.com/claimtrail/claimtrail/layer"

// "There are fears that …" (session 15). existentialSource gives a
// reporting noun after an existential "there" that word as its source,
// an unnamed speaker: "there were [reports] that …", "there is
// [speculation] that …" tell of words someone spread. A feeling or a
// wish of the lexicon (cue class belief or intent) is no such word:
// "there are [fears] that the economy is doomed", "there are [hopes]
// that the talks will succeed" tell of a mood the writer observes, with
// no one who fears or hopes; the BBC readers call them statements that
// should not exist (5 of the 6 BBC rows with "there" and an empty
// speaker). Where the article says whose fears they are, it says so in
// a statement of its own ("investors fear that …"), which stays.

// voicedNoun reports whether the reporting noun at token k names
// something voiced: no feeling or wish (cue class belief or intent).
func voicedNoun(d *layer.Doc, k int) bool {
	switch layer.CueClasses[d.Cue[k].Class] {
	case "belief", "intent":
		return false
	}
	return true
}

// existentialFeeling reports whether g has no source and its cue, right
// after an existential "there" (POS EX), holds a noun of the cue
// lexicon (adverbs between: "there are also fears") that is no voiced word (voicedNoun): "There [are fears] that
// …", "there [are hopes] that …".
func existentialFeeling(d *layer.Doc, g *Group) bool {
	k := g.Cue.First
	if len(g.Sources) > 0 || k == 0 || d.POS == nil || d.POSNames[d.POS[k-1]] != "EX" {
		return false
	}
	for j := k; j < g.Cue.Last; j++ {
		switch d.POSNames[d.POS[j]] {
		case "NN", "NNS", "VBZ": // "there are also [fears/VBZ] about …": a plural the tags read as a verb
			if d.Cue[j].Class != 0 {
				return !voicedNoun(d, j)
			}
		}
	}
	return false
}
