package attrib

import (
	"sort"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A reporting noun with a "that" clause reports what someone said even
// when the noun phrase is a sentence's subject and no reporting verb
// stands near it: in "Tolvane's announcement that it would close the
// plant came as a shock" Tolvane announced that it would close the plant.
// The tagger, trained on PolNeAR where such nouns are few, leaves most of
// them unlabelled; nounClauseGroups reads them by rule: the possessor is
// the source, the noun the cue, and the clause, up to the sentence's main
// verb (stopAtMainVerb), the content.

// nounClauseGroups appends to gs the attribution of each "X's NOUN that
// …" and "There were NOUN that …" (its source the expletive "there")
// that no group covers, and returns gs in text order of the cues.
func (t *Tagger) nounClauseGroups(d *layer.Doc, gs []Group) []Group {
	if d.POS == nil {
		return gs
	}
	n := len(gs)
	for k := 2; k+2 < len(d.Toks); k++ {
		if !t.reportingNouns.Has(d.Low[k]) || !layer.IsComplementizer(d.Low[k+1]) || covered(gs[:n], k) {
			continue
		}
		var srcs []Run
		switch {
		case possessive(d.Low[k-1]):
			src, ok := possessor(d, k-1)
			if !ok {
				continue
			}
			srcs = []Run{src}
		case d.POSNames[d.POS[k-2]] == "EX" && t.cueHeads.Field(d.Low[k-1], 0) == "be" && voicedNoun(d, k):
			// "There were reports that …": said, by no one named; "there are fears that …": no one fears (existential.go)
			srcs = []Run{{Role: 0, First: k - 2, Last: k - 1}}
		default:
			continue
		}
		end := d.Sents[d.Sent[k]].Last
		for end > k+2 && d.Toks[end-1].Kind != token.Word {
			end--
		}
		g := Group{Cue: Run{Role: 1, First: k, Last: k + 1}, Sources: srcs,
			Contents: []Run{{Role: 2, First: k + 1, Last: end}}}
		if len(srcs) > 0 {
			g.Source = srcs[0]
		}
		t.stopAtMainVerb(d, &g)
		if c := g.Contents[0]; c.Last-c.First < 3 {
			continue // "that" and a word: no clause
		}
		gs = append(gs, g)
	}
	if len(gs) > n {
		sort.SliceStable(gs, func(i, j int) bool { return gs[i].Cue.First < gs[j].Cue.First })
	}
	return gs
}

func possessive(w string) bool { return w == "'s" || w == "’s" }

// covered reports whether token k lies in a group's cue, source or
// content.
func covered(gs []Group, k int) bool {
	for i := range gs {
		g := &gs[i]
		runs := append([]Run{g.Cue}, g.Sources...)
		for _, r := range append(runs, g.Contents...) {
			if r.First <= k && k < r.Last {
				return true
			}
		}
	}
	return false
}

// possessor returns the noun phrase ending before the possessive mark at
// token p ("the minister" in "the minister's promise"): nouns, proper
// nouns and adjectives back to a determiner or the phrase's start. It
// must end in a noun.
func possessor(d *layer.Doc, p int) (Run, bool) {
	if p == 0 || !nounHead(d, p-1) || d.POSNames[d.POS[p-1]] == "PRP" {
		return Run{}, false
	}
	first, start := p-1, d.Sents[d.Sent[p]].First
	for first > start && nounOrAdjective(d.POSNames[d.POS[first-1]]) {
		first--
	}
	if first > start && layer.IsDeterminer(d.Low[first-1]) {
		first--
	}
	return Run{Role: 0, First: first, Last: p}, true
}

func nounOrAdjective(tag string) bool {
	switch tag {
	case "NN", "NNS", "NNP", "NNPS", "JJ":
		return true
	}
	return false
}
