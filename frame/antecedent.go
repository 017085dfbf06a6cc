package frame

import (
	"strings"
	"unicode"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// withAntecedent gives a content that opens right after its cue with a
// finite verb, its subject missing, the noun phrase that subject stands
// for when a relative pronoun opens the reporting clause: in "proposals
// which the Tories say would save £4bn" or "a console that it says will
// change games" what was said is "proposals … would save £4bn"; the
// pronoun's antecedent goes in as a fragment of its own before the cue.
// The content may run in fragments after the cue ("which Churchill
// decided had to go since … the average constable could not …").
// A relative with no pronoun ("a move ministers say should …") or a
// free relative ("what Jamie hopes will …") is left as it is.
func (r *Reader) withAntecedent(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 || len(g.Sources) == 0 || g.Contents[0].First != g.Cue.Last || !d.FiniteVerb(g.Cue.Last) {
		return
	}
	rel := g.Source.First - 1
	if rel < 1 || d.Toks[rel].Kind != token.Word || !r.clauseRole(d.Low[rel], "relative") || d.Sent[rel] != d.Sent[g.Cue.First] {
		return
	}
	end := rel
	if isComma(d, end-1) {
		end-- // "The bill, which ministers claim will …"
	}
	first := antecedentStart(d, end)
	if first < 0 {
		return
	}
	g.Contents = append([]attrib.Run{{Role: g.Contents[0].Role, First: first, Last: end}}, g.Contents...)
}

// antecedentStart returns where the noun phrase that ends before token
// end starts: back over nouns, adjectives, numbers, possessives and a
// determiner, at most maxObject words, the last word a noun; -1 when no
// such phrase ends there.
func antecedentStart(d *layer.Doc, end int) int {
	if end < 1 || !strings.HasPrefix(d.POSNames[d.POS[end-1]], "NN") || !unicode.IsLetter([]rune(d.Low[end-1])[0]) {
		return -1 // "margins were 14.1%, which it said could …": a figure is no antecedent to read
	}
	k := end - 1
	for k > 0 && end-k < maxObject && d.Sent[k-1] == d.Sent[end-1] && d.Toks[k-1].Kind == token.Word {
		tag := d.POSNames[d.POS[k-1]]
		if !nominalTag(tag) {
			break
		}
		k--
		if tag == "DT" || tag == "PRP$" {
			break // "the New Deal scheme": the determiner opens it
		}
	}
	return k
}
