package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// firstCueWord returns the first token of g's cue that the lexicon marks as
// a cue (the reporting word after its auxiliaries), else the cue's first.
func firstCueWord(d *layer.Doc, g *Group) int {
	for k := g.Cue.First; k < g.Cue.Last; k++ {
		if d.Cue[k].Class != 0 {
			return k
		}
	}
	return g.Cue.First
}

// cutCueAdjunct ends a cue run at its reporting word when what follows
// it in the run is an adjunct that closes the run: a time expression
// ("said [last week]", "announced [in November]", "warned [only last
// month]") — the statement's date reads it (dating) — or a phrase of a
// channel preposition ("said [in a note to investors]", "said [on
// television station X]", "has said [in the past]") — the channel reads
// it (frame). A particle ("pointed out"), an object ("repeated his view
// on Friday") or a phrasal preposition the cue ends on ("argued in
// favour of") stays.
func (t *Tagger) cutCueAdjunct(d *layer.Doc, g *Group) {
	if d.POS == nil {
		return
	}
	head := firstCueWord(d, g)
	verb := head + max(1, int(d.Cue[head].N))
	for verb < g.Cue.Last && d.POSNames[d.POS[verb]] == "RP" {
		verb++ // "pointed out" keeps its particle
	}
	p := verb
	for p < g.Cue.Last && isAdverb(d.POSNames[d.POS[p]]) {
		p++ // "said earlier on ZDF", "warned only last month"
	}
	end := g.Cue.Last
	for end > p && d.Toks[end-1].Kind == token.Punct {
		end-- // "went on:" is not "went [on the matter]"
	}
	if p+1 >= end {
		return // one word: a particle the lexicon does not join
	}
	for k := p; k < end; k++ {
		if d.Cue[k].Class != 0 && d.POSNames[d.POS[k]][0] == 'V' {
			return // another verb of saying: "went on to say"; a noun ("in a note") is no verb
		}
	}
	if trailingTimex(d, verb, p, end) || t.trailingChannel(d, p, end) {
		g.Cue.Last = verb
	}
}

// trailingTimex reports whether tokens [p, end) are a time expression,
// after a preposition ("in November") or not ("last week"), that may
// take in the adverbs between the verb and p ("earlier this week").
func trailingTimex(d *layer.Doc, verb, p, end int) bool {
	if layer.IsPreposition(d.Low[p]) && p+1 < end {
		p++
	}
	tx := d.TimexIn(d.Toks[p].Start, d.Toks[end-1].End)
	if len(tx) == 0 || tx[0].Span.Start < d.Toks[verb].Start || tx[0].Span.Start > d.Toks[p].Start {
		return false
	}
	return tx[len(tx)-1].Span.End >= d.Toks[end-1].End
}

// trailingChannel reports whether tokens [p, end) are a phrase of a
// channel preposition with a determiner ("in a newspaper article", "in
// its filing to") or a phrase that does not end on a preposition ("on
// television station X"): not a phrasal preposition ("in favour of").
func (t *Tagger) trailingChannel(d *layer.Doc, p, end int) bool {
	if !t.channelPreps.Has(d.Low[p]) || p+1 >= end {
		return false
	}
	return layer.IsDeterminer(d.Low[p+1]) || !endsOnPreposition(d, end)
}

// endsOnPreposition reports whether the run ending at end closes on a
// preposition or particle, by word class or tag ("in favour of",
// "weighed in Friday about").
func endsOnPreposition(d *layer.Doc, end int) bool {
	switch d.POSNames[d.POS[end-1]] {
	case "IN", "TO", "RP":
		return true
	}
	return layer.IsPreposition(d.Low[end-1])
}
