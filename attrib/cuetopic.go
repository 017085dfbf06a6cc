package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// cutCueTopic ends a cue run at its reporting verb when the rest of the
// run is a phrase of a topic or addressee preposition
// (cue-topic-prepositions.tsv) that is not what was said: "once said
// [of her dancing]: …", "said [to media representatives]: …", "added
// [of]" with the quotation before it. The phrase tells what or whom the
// words were about or for, not the reporting words, and PolNeAR most
// often marks the verb alone; an adverb between them goes with the
// phrase, as in cutCueAdjunct. A run ending on a preposition before a
// word keeps it, that word being what was said ("warned of | a battle",
// "point to | their record", "wrote to X about | a visit"), and so do a
// particle ("went on"), a multiword cue of the lexicon ("according to")
// and a run with another verb or cue word ("said to be", "went on to
// say").
func (t *Tagger) cutCueTopic(d *layer.Doc, g *Group) {
	if d.POS == nil || len(g.Contents) == 0 {
		return
	}
	head := firstCueWord(d, g)
	switch layer.CueClasses[d.Cue[head].Class] {
	case "speech", "assert", "deny", "question":
	default:
		return
	}
	verb := head + max(1, int(d.Cue[head].N))
	for verb < g.Cue.Last && isAdverb(d.POSNames[d.POS[verb]]) {
		verb++ // "said [later] of", "said [simply] to"
	}
	end := g.Cue.Last
	for end > verb && d.Toks[end-1].Kind == token.Punct {
		end-- // "said of Mr X:" ends on its colon
	}
	if verb >= end || d.POSNames[d.POS[head]][0] != 'V' || !t.topicPreps.Has(d.Low[verb]) ||
		d.POSNames[d.POS[verb]] == "RP" {
		return
	}
	for k := verb; k < end; k++ {
		if d.POSNames[d.POS[k]][0] == 'V' || d.Cue[k].Class != 0 || d.Toks[k].Kind != token.Word {
			return // another verb or cue word: "said to be", "went on to say"
		}
	}
	if endsOnPreposition(d, end) && (contentFollows(d, g, end) || end < len(d.Toks) && d.Toks[end].Kind == token.Word) {
		return // the preposition's object is what was said: "warned of | a battle", "wrote to X about | a visit"
	}
	g.Cue.Last = head + max(1, int(d.Cue[head].N))
}

// contentFollows reports whether one of g's contents opens at token k,
// past quotation marks only.
func contentFollows(d *layer.Doc, g *Group, k int) bool {
	for k < len(d.Toks) && d.Toks[k].Kind == token.Quote {
		k++
	}
	for _, c := range g.Contents {
		if c.First <= k && k < c.Last {
			return true
		}
	}
	return false
}
