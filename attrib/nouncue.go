package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// The rules here drop groups whose cue is no word of saying at all
// (session 16, issue 14, the BBC readers' "should not exist"): an
// auxiliary or a copula alone, a noun whose one-word source only
// modifies it, a participle describing the noun after it.

// auxiliaryCue reports whether every word of g's cue is an auxiliary,
// a modal or a form of "be" (cue-heads `skip` and `be`): "Calls [are]
// received and placed just like …", "the Tories [were] the official
// Opposition", "the SEC [would] 'continue to be sensitive …'" have no
// head that reports anything.
// Every word must be a verb, a modal or "to" by its part of speech: a
// colon cue ("Sir Alex Ferguson: …") has no word, and "reportedly" is
// an adverb the head search reads past.
func (t *Tagger) auxiliaryCue(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	verbs := 0
	for k := g.Cue.First; k < g.Cue.Last; k++ {
		if d.Toks[k].Kind != token.Word {
			continue
		}
		switch tag := d.POSNames[d.POS[k]]; {
		case tag == "MD", strings.HasPrefix(tag, "VB"):
			verbs++
		case tag != "TO":
			return false
		}
	}
	head, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	return verbs > 0 && head < 0
}

// modifierSource reports whether g's cue opens with a noun and its one
// source is a single adjective or quantifier right before it: "likely
// to spark [fresh] criticism of …", "Facing [stem] criticism for …",
// "to [much] criticism that …" describe the noun and name no one.
func (t *Tagger) modifierSource(d *layer.Doc, g *Group) bool {
	k := g.Cue.First
	if d.POS == nil || len(g.Sources) != 1 || k == 0 || !strings.HasPrefix(d.POSNames[d.POS[k]], "NN") || strings.HasPrefix(d.POSNames[d.POS[k]], "NNP") {
		return false
	}
	src := g.Sources[0]
	if src.Last != k || src.Last-src.First != 1 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(d.Text[d.Toks[src.First].Start:]); !unicode.IsLower(r) {
		return false // "Heretic writes", a name the tags misread
	}
	switch d.POSNames[d.POS[src.First]] {
	case "JJ", "JJR", "JJS", "RB":
		return true
	}
	return false
}

// prepositionParticiple reports whether g, with no source, has a one-word
// participle cue between a preposition (or the sentence's start) and a
// noun: "[Predicted] chart-topper X is expected to …", "In [written]
// evidence to the committee, Lord Woolf said: …" describes the evidence
// (the statement is the "said" after it), as adjectiveCue's "the
// proposed scheme" does after a determiner.
func prepositionParticiple(d *layer.Doc, g *Group) bool {
	k := g.Cue.First
	if d.POS == nil || len(g.Sources) > 0 || g.Cue.Last != k+1 || k+1 >= len(d.Toks) || d.Sent[k+1] != d.Sent[k] {
		return false
	}
	opens := k == d.Sents[d.Sent[k]].First // "Predicted chart-topper X is expected to …"
	if !opens && (d.POSNames[d.POS[k-1]] != "IN" || !layer.OpensPhrase(d.Low[k-1])) {
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "VBN", "JJ":
	default:
		return false
	}
	switch d.POSNames[d.POS[k+1]] {
	case "NN", "NNS":
		return true
	}
	return false
}
