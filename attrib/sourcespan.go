package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// relativeSources joins a relative clause the tagger read as an
// attribution of its own to the source it describes: in "…, a
// spokesperson who declined to be named said." the tagger makes "who"
// a source and "declined to be named" a cue, and leaves "said" without
// a source; the speaker is "a spokesperson who declined to be named".
// The clause's cue must end where the next cue starts, and hold no
// content of its own.
func relativeSources(d *layer.Doc, gs []Group) {
	if d.POS == nil {
		return
	}
	for i := 1; i < len(gs); i++ {
		rel, g := &gs[i-1], &gs[i]
		if len(g.Sources) > 0 || len(rel.Contents) > 0 || len(rel.Sources) != 1 || rel.Cue.Last != g.Cue.First {
			continue
		}
		who := rel.Sources[0]
		if who.Last-who.First != 1 || who.Last != rel.Cue.First || !layer.IsRelative(d.Low[who.First]) {
			continue
		}
		first := who.First
		for first > 0 && d.Sent[first-1] == d.Sent[who.First] && isNominal(d.POSNames[d.POS[first-1]]) {
			first--
		}
		if first == who.First {
			continue // no noun phrase for the clause to describe
		}
		g.Sources = []Run{{Role: 0, First: first, Last: rel.Cue.Last}}
		rel.Sources = nil
	}
}

// relativeToMain gives the name a relative clause describes back to the
// main clause's cue: in "Dana Colter, who said she votes Green, said the
// mayor broke his promises" the tagger groups both "Dana Colter" and
// "who" with the clause's "said" and leaves the main "said" without a
// source, which would then share the clause's "who". The clause keeps
// "who" (the resolver reads its antecedent); the main cue, which must
// follow the clause in its sentence, gets the name, marked RelativeCue.
func relativeToMain(d *layer.Doc, gs []Group) {
	for i := 1; i < len(gs); i++ {
		rel, g := &gs[i-1], &gs[i]
		if d.Sent[rel.Cue.First] != d.Sent[g.Cue.First] || !clauseBefore(rel, g.Cue.First) {
			continue
		}
		if n := antecedentRun(d, rel.Sources, rel); n >= 0 && len(g.Sources) == 0 && len(rel.Sources) > 1 {
			g.Sources = []Run{rel.Sources[n]}
			rel.Sources = append(rel.Sources[:n:n], rel.Sources[n+1:]...)
		} else if n := antecedentRun(d, rel.Contents, rel); n >= 0 && len(g.Sources) == 0 && len(rel.Contents) > 1 {
			// the tagger read the name as a content of the clause's cue
			g.Sources = []Run{{Role: 0, First: rel.Contents[n].First, Last: rel.Contents[n].Last}}
			rel.Contents = append(rel.Contents[:n:n], rel.Contents[n+1:]...)
		}
		// "Dana Colter, who said …, said": the main cue's own source
		g.RelativeCue = antecedentRun(d, g.Sources, rel) >= 0
	}
}

// antecedentRun returns the index of the run of srcs that a relative
// pronoun source of rel follows after one comma or dash ("Dana Colter,
// who"), the pronoun before rel's cue, or -1.
func antecedentRun(d *layer.Doc, srcs []Run, rel *Group) int {
	for _, w := range rel.Sources {
		if w.Last-w.First != 1 || w.Last > rel.Cue.First || !layer.IsRelative(d.Low[w.First]) || w.First < 2 {
			continue
		}
		if !isComma(d, w.First-1) && !isDash(d, w.First-1) {
			continue
		}
		for n, s := range srcs {
			if s.Last == w.First-1 {
				return n
			}
		}
	}
	return -1
}

// clauseBefore reports whether the relative clause's cue and contents
// all end before token k, the main clause's cue.
func clauseBefore(rel *Group, k int) bool {
	if rel.Cue.Last > k {
		return false
	}
	for _, c := range rel.Contents {
		if c.Last > k {
			return false
		}
	}
	return true
}

// existentialSource gives a sourceless group whose cue follows an
// existential "there" (POS EX) and holds a reporting noun that word as
// its source: "There were reports that …" is said by no one named, as
// "It is understood that …" (speaker reads both as expletives). A
// feeling no one voices ("there are fears that …") gets none, and is
// dropped (existentialFeeling).
func (t *Tagger) existentialSource(d *layer.Doc, g *Group) {
	k := g.Cue.First
	if len(g.Sources) > 0 || k == 0 || d.POS == nil || d.POSNames[d.POS[k-1]] != "EX" {
		return
	}
	for j := k; j < g.Cue.Last; j++ {
		if t.reportingNouns.Has(d.Low[j]) && voicedNoun(d, j) {
			// "were reports": the noun is the cue; "there is no doubt
			// that …", "are extremely worrying" report no one's words
			g.Sources = []Run{{Role: 0, First: k - 1, Last: k}}
			g.Cue.First = j
			return
		}
	}
}

// dropChannelObjects drops a source that is the object of a channel
// phrase (frame-words "object": "Omar Benedek, in an interview with [the
// Daily Ledger], said …") when the group has another: the outlet is
// where the speaker spoke, not who.
func (t *Tagger) dropChannelObjects(d *layer.Doc, g *Group) {
	if len(g.Sources) < 2 {
		return
	}
	kept := g.Sources[:0]
	for _, s := range g.Sources {
		if s.First > 1 && t.frameWords.Field(d.Low[s.First-1], 0) == "object" && phraseAt(d, t.allChannels, s.First-2, s.First-1) {
			continue // "interview with X"; not "with some fans criticising"
		}
		kept = append(kept, s)
	}
	if len(kept) > 0 {
		g.Sources = kept
	}
}

// nearest returns the source run closest to the cue: a sentence may hold
// a stray source of a cue-less clause ("Amid speculations that …, Iran
// rejects …").
func nearest(srcs []Run, cue Run) Run {
	best := srcs[0]
	for _, s := range srcs[1:] {
		if distance(s, cue) < distance(best, cue) {
			best = s
		}
	}
	return best
}

// outsideAsides returns srcs without the runs governed by a preposition
// in an aside set off by commas between another source and the cue
// ("Lee Dorn, in [her dissent], said", "Tam Osei, after [a long
// pause], said", "the office, when contacted by [Reuters], said"): the
// aside tells where or when the speaker spoke, and the name before it
// speaks. srcs itself when no other source is left.
func outsideAsides(d *layer.Doc, srcs []Run, cue Run) []Run {
	if len(srcs) < 2 || d.POS == nil {
		return srcs
	}
	var kept []Run
	for _, s := range srcs {
		if !inAside(d, srcs, s, cue) {
			kept = append(kept, s)
		}
	}
	if len(kept) == 0 || len(kept) == len(srcs) {
		return srcs
	}
	return kept
}

// inAside reports whether s follows a preposition (its determiners
// aside) after a comma that closes another source of srcs, and a comma
// closes it before cue.
func inAside(d *layer.Doc, srcs []Run, s, cue Run) bool {
	if s.Last > cue.First || !commaIn(d, s.Last-1, cue.First) { // the run may hold the closing comma
		return false
	}
	k := s.First - 1
	for k > 0 && layer.IsDeterminer(d.Low[k]) {
		k--
	}
	if k <= 0 || d.POSNames[d.POS[k]] != "IN" && !layer.IsPreposition(d.Low[k]) {
		return false
	}
	for _, o := range srcs {
		if o.Last <= k && commaIn(d, o.Last, k) && d.Sent[o.First] == d.Sent[s.First] {
			return true
		}
	}
	return false
}

// commaIn reports whether a comma lies in tokens [first, last).
func commaIn(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if isComma(d, k) {
			return true
		}
	}
	return false
}

// trimSource drops a prepositional phrase the tagger swept into a source:
// "[with his counterpart Pekka Haavisto, Foreign Minister Hossein
// Amirabdollahian] said" keeps the part after the comma.
func trimSource(d *layer.Doc, r Run) Run {
	// the run, or the determiners and possessives just before it, must
	// follow a preposition: "with [his counterpart X, Minister Y]"
	k := r.First - 1
	for k >= 0 && layer.IsDeterminer(d.Toks[k].Text(d.Text)) {
		k--
	}
	j := r.First
	for j < r.Last && layer.IsDeterminer(d.Toks[j].Text(d.Text)) {
		j++
	}
	if k < 0 || (!layer.IsPreposition(d.Toks[k].Text(d.Text)) && !(j > r.First && layer.IsPreposition(d.Toks[r.First-1].Text(d.Text)))) {
		return r
	}
	for k := r.Last - 2; k > r.First; k-- {
		if t := d.Toks[k]; t.Kind == token.Punct && d.Text[t.Start] == ',' {
			return Run{Role: r.Role, First: k + 1, Last: r.Last}
		}
	}
	return r
}

// dropTrailingTime drops a time expression the tagger swept into the end
// of a source ("The prime minister [on Sunday] said", "angry Labour MPs
// [this week] warned"): it dates the statement, it is no part of who
// speaks.
func dropTrailingTime(d *layer.Doc, r Run) Run {
	lo, hi := d.Toks[r.First].Start, d.Toks[r.Last-1].End
	tx := d.TimexIn(lo, hi)
	if len(tx) == 0 || tx[len(tx)-1].Span.End != hi {
		return r
	}
	cut := r.Last - 1
	for cut > r.First && d.Toks[cut].Start > tx[len(tx)-1].Span.Start {
		cut--
	}
	if d.POS != nil && cut > r.First && (d.POSNames[d.POS[cut-1]] == "VBN" ||
		cut == r.Last-1 && d.POSNames[d.POS[cut]] == "NNP" && d.POSNames[d.POS[cut-1]] == "NNP") {
		return r // "a poll released last week", "USA Today": the time is part of the name
	}
	if cut > r.First && layer.IsPreposition(d.Toks[cut-1].Text(d.Text)) {
		cut--
	}
	if cut > r.First {
		r.Last = cut
	}
	return r
}
