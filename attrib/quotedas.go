package attrib

import (
	"slices"
	"sort"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// "X was quoted by Y as saying …" is X's statement cited through Y, the
// passive of "Y quoted X as saying …" (quotedAsSaying). The tagger,
// which sees few of either in PolNeAR, leaves the passive unlabelled or
// takes Y for the source, and applyRules drops a passive cue's subject;
// quotedAsGroups reads both forms by rule where no group has the
// relay's speaker right.

// quotedAsGroups replaces or adds the attribution of each relay verb
// ("quoted", frame-words quote-verb) followed within its sentence by
// "as saying" (quote-as), and returns gs in text order of the cues.
func (t *Tagger) quotedAsGroups(d *layer.Doc, gs []Group) []Group {
	if d.POS == nil {
		return gs
	}
	added := false
	for k := 1; k+3 < len(d.Toks); k++ {
		if t.frameWords.Field(d.Low[k], 0) != "quote-verb" {
			continue
		}
		j, end := t.quoteAsAfter(d, k)
		if j < 0 || end >= d.Sents[d.Sent[k]].Last {
			continue
		}
		g, ok := t.relayGroup(d, k, j, end)
		if !ok || g.Cue.First == j && relayRead(gs, k, j, end) {
			continue // the active form quotedAsSaying read
		}
		gs = dropCuesIn(gs, min(g.Cue.First, k), end)
		gs, added = append(gs, g), true
	}
	if added {
		sort.SliceStable(gs, func(i, j int) bool { return gs[i].Cue.First < gs[j].Cue.First })
	}
	return gs
}

// quoteAsAfter returns where "as saying" starts and ends after the relay
// verb at k, within its sentence and ten tokens; -1 when it does not.
func (t *Tagger) quoteAsAfter(d *layer.Doc, k int) (int, int) {
	s := d.Sents[d.Sent[k]]
	for j := k + 2; j < s.Last && j <= k+10; j++ {
		for _, ph := range t.quoteAs[d.Low[j]] {
			if j+len(ph) <= s.Last && wordsAt(d, j, ph) {
				return j, j + len(ph)
			}
		}
	}
	return -1, -1
}

// relayGroup reads the relay at k with "as saying" at [j, end). Passive
// ("X was quoted by Y as saying"): X speaks, the cue runs from the be
// form, the phrase after "by" or "in" is the via. Active ("Y quoted X as
// saying"): X between the verb and "as" speaks, Y is the via.
func (t *Tagger) relayGroup(d *layer.Doc, k, j, end int) (Group, bool) {
	from := end
	if d.Low[from] == ":" || layer.IsComplementizer(d.Low[from]) {
		from++ // "as saying: …", "as saying that …"
	}
	content := Run{Role: 2, First: from, Last: d.Sents[d.Sent[k]].Last}
	for content.Last > content.First && !wordLike(d, content.Last-1) {
		content.Last--
	}
	if content.Last == content.First && t.beBefore(d, k) < 0 {
		content = saidBeforeRelay(d, k) // '"…," the paper quoted X as saying.'
	}
	if content.Last-content.First < 2 || layer.IsPreposition(d.Low[from]) {
		return Group{}, false // "… as saying in a statement.": the words said came before
	}
	g := Group{Contents: []Run{content}}
	if be := t.beBefore(d, k); be >= 0 {
		subj, ok := nounPhraseBefore(d, be)
		if !ok || k+2 >= j || !layer.IsPreposition(d.Low[k+1]) {
			return Group{}, false
		}
		g.Cue = Run{Role: 1, First: be, Last: end}
		g.Sources, g.Source = []Run{subj}, subj
		g.Vias = []Run{{Role: 0, First: k + 2, Last: j}}
		return g, true
	}
	subj, ok := nounPhraseBefore(d, k)
	if !ok || k+1 >= j {
		return Group{}, false
	}
	src := Run{Role: 0, First: k + 1, Last: j}
	g.Cue = Run{Role: 1, First: j, Last: end}
	g.Sources, g.Source, g.Vias = []Run{src}, src, []Run{subj}
	return g, true
}

// saidBeforeRelay returns the words said before an active relay at k
// that ends its sentence ("Fares are too high," the paper quoted Mr Tarn
// as saying.): from the sentence's start to the comma before the relay's
// subject, without the quotation's marks when one quotation holds them
// all; an empty run when no comma closes them there.
func saidBeforeRelay(d *layer.Doc, k int) Run {
	subj, ok := nounPhraseBefore(d, k)
	s := d.Sents[d.Sent[k]]
	if !ok || subj.First-2 <= s.First {
		return Run{}
	}
	c := Run{Role: 2, First: s.First, Last: subj.First - 1}
	switch {
	case isComma(d, c.Last): // 'Fares are "too high", the paper quoted'
	case d.Toks[c.Last].Kind == token.Quote && isComma(d, c.Last-1) && d.Toks[s.First].Kind == token.Quote:
		c.First, c.Last = s.First+1, c.Last-1 // '"Fares are too high," the paper quoted'
	default:
		return Run{}
	}
	if !mainClause(d, c.First, c.Last) {
		return Run{}
	}
	return c
}

// beBefore returns the be form before the participle at k, adverbs read
// past ("was later quoted"), -1 when there is none.
func (t *Tagger) beBefore(d *layer.Doc, k int) int {
	b := k - 1
	for b > 0 && d.POSNames[d.POS[b]] == "RB" {
		b--
	}
	if t.cueHeads.Field(d.Low[b], 0) == "be" {
		return b
	}
	return -1
}

// nounPhraseBefore returns the noun phrase ending at token k-1, back to a
// determiner, the sentence's start or a word of another kind; it must
// end in a noun.
func nounPhraseBefore(d *layer.Doc, k int) (Run, bool) {
	if k == 0 || d.Sent[k-1] != d.Sent[k] || !nounHead(d, k-1) {
		return Run{}, false
	}
	first, start := k-1, d.Sents[d.Sent[k]].First
	for first > start && nounOrAdjective(d.POSNames[d.POS[first-1]]) {
		first--
	}
	if first > start && layer.IsDeterminer(d.Low[first-1]) {
		first--
	}
	return Run{Role: 0, First: first, Last: k}, true
}

// wordLike reports whether token k is no punctuation or quotation mark.
func wordLike(d *layer.Doc, k int) bool {
	kind := d.Toks[k].Kind
	return kind != token.Punct && kind != token.Quote
}

// relayRead reports whether a group with its cue in [k, end) has its
// source between the relay verb at k and "as" at j, as quotedAsSaying
// leaves it.
func relayRead(gs []Group, k, j, end int) bool {
	for i := range gs {
		g := &gs[i]
		if g.Cue.First >= k && g.Cue.First < end && g.Source.First > k && g.Source.Last <= j {
			return true
		}
	}
	return false
}

// dropCuesAt drops the groups whose cue starts at one of the tokens at,
// telling the trace rule why dropped each.
func (t *Tagger) dropCuesAt(gs []Group, at []int, why string) []Group {
	if len(at) == 0 {
		return gs
	}
	out := gs[:0]
	for i := range gs {
		if slices.Contains(at, gs[i].Cue.First) {
			t.dropped(why, &gs[i])
			continue
		}
		out = append(out, gs[i])
	}
	return out
}

// dropCuesIn drops the groups whose cue starts in tokens [first, last).
func dropCuesIn(gs []Group, first, last int) []Group {
	out := gs[:0]
	for _, g := range gs {
		if g.Cue.First >= first && g.Cue.First < last {
			continue
		}
		out = append(out, g)
	}
	return out
}

// quotedAsSaying reads "X quoted Y as saying …": Y is the speaker and X
// whom the statement is cited through (a via), whether the tagger made
// "quoted Y as saying" the cue or "Y as saying …" part of the content.
// The cue becomes "as saying".
func (t *Tagger) quotedAsSaying(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 {
		return
	}
	src := nearest(g.Sources, g.Cue)
	k := g.Cue.First
	for k < g.Cue.Last && t.frameWords.Field(d.Low[k], 0) != "quote-verb" {
		k++
	}
	if k == g.Cue.Last || src.Last > k {
		return
	}
	s := d.Sents[d.Sent[k]]
	for j := k + 2; j < s.Last && j <= k+10; j++ {
		for _, ph := range t.quoteAs[d.Low[j]] {
			if j+len(ph) > s.Last || !wordsAt(d, j, ph) {
				continue
			}
			end := j + len(ph)
			g.Vias = append(g.Vias, src)
			g.Sources = []Run{{Role: 0, First: k + 1, Last: j}}
			g.Cue = Run{Role: 1, First: j, Last: end}
			var kept []Run
			for _, c := range g.Contents {
				if c.Last <= end {
					continue
				}
				c.First = max(c.First, end)
				kept = append(kept, c)
			}
			g.Contents = kept
			return
		}
	}
}
