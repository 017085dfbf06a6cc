package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// stopAtMainVerb ends the "that" clause of a reporting noun where the
// sentence's main verb starts: in "Kessler's claim that the vote was
// rigged has not been proven" the claim is "the vote was rigged". The
// main verb is a finite verb after the clause's own one, not chained to
// it by an auxiliary ("had misled") nor opening a new clause after a
// conjunction or comma ("… and said").
func (t *Tagger) stopAtMainVerb(d *layer.Doc, g *Group) {
	if d.POS == nil || len(g.Contents) == 0 || !t.reportingNouns.Has(d.Low[g.Cue.Last-1]) {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First < g.Cue.Last || !layer.IsComplementizer(d.Low[c.First]) {
		return
	}
	seen := false
	for k := c.First + 1; k < c.Last; k++ {
		if d.Quote[k] >= 0 {
			return
		}
		if d.Toks[k].Kind != token.Word || strings.ContainsAny(d.Low[k], "'’") {
			continue // "the bank's": no verb
		}
		switch d.POSNames[d.POS[k]] {
		case "VBD", "VBZ", "VBP", "MD":
		case "VBN":
			if seen && t.participleMainVerb(d, g, k) {
				c.Last = k
				return
			}
			continue // "the man arrested", "had been paid"
		case "CC", ",", ":", "WDT", "WP", "IN":
			if seen && t.frameWords.Field(d.Low[k], 0) != "agent" {
				return // a new clause: leave it to the tagger
			}
			continue
		default:
			continue
		}
		// chained to an auxiliary ("had misled") it is the clause's own;
		// after a word that heads no cue, or after another verb ("would
		// keep running was"), the main one
		if seen && t.mainVerbAfter(d, k-1) {
			c.Last = k
			return
		}
		seen = true
	}
}

// mainVerbAfter reports whether a finite verb after token p, in a
// reporting noun's clause that has its verb, is the sentence's main
// verb: p is no auxiliary nor adverb, and heads no cue or is a verb.
func (t *Tagger) mainVerbAfter(d *layer.Doc, p int) bool {
	tag := d.POSNames[d.POS[p]]
	switch h := t.cueHeads.Field(d.Low[p], 0); {
	case tag == "RB" || h == "skip" || h == "be":
		return false
	case h == "":
		return true
	}
	return strings.HasPrefix(tag, "VB")
}

// participleMainVerb reports whether the participle at token k, after
// the "that" clause's own verb, is the sentence's main verb: in "[The
// union's warning] that the strike could spread alarmed ministers" the
// noun phrase is the subject and the POS tagger read the past tense as
// a participle. It must have an object and no auxiliary, and no verb may
// stand before the reporting noun ("rejected reports that it had sold
// armed boats": the participle is an adjective).
func (t *Tagger) participleMainVerb(d *layer.Doc, g *Group, k int) bool {
	h := t.cueHeads.Field(d.Low[k-1], 0)
	return h != "skip" && h != "be" && d.POSNames[d.POS[k-1]] != "RB" && objectAfter(d, k) && !verbBefore(d, g.Cue.Last-1)
}

// verbBefore reports whether a verb stands in token k's sentence before
// it.
func verbBefore(d *layer.Doc, k int) bool {
	for j := d.Sents[d.Sent[k]].First; j < k; j++ {
		if isVerb(d, j) {
			return true
		}
	}
	return false
}

// objectAfter reports whether a noun phrase opens after token k: a
// determiner, a noun or a pronoun.
func objectAfter(d *layer.Doc, k int) bool {
	if k+1 >= len(d.Toks) {
		return false
	}
	switch d.POSNames[d.POS[k+1]] {
	case "DT", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$":
		return true
	}
	return false
}
