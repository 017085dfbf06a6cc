package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// Cues whose object is a thing, not a proposition: what is refused or
// disliked must be speech or a proposition for a statement to exist,
// and a participle that modifies a noun ("Russia's proposed
// membership") reports nothing at all.
//
// A refusal reports something said only when what is refused is itself
// speech or a view: "refused to comment", "refuses to rule out a rise",
// "refused to accept that …", "declined to be drawn on …". Refusing an
// act or a thing is the act's news, nobody's statement: "refused to
// sell the painting", "refuse to pay the increase", "refused his
// Academy Award", "refused a severance package" (BBC readers, session
// 12). The refusal verbs and the speech-like verbs the cue lexicon lacks
// are cue-contexts.tsv rows (`refusal`, `refusal-speech`).

// refusedAct reports whether the cue head at token k, with complement
// c, is a refusal verb whose infinitive names an act (a verb neither in
// the cue lexicon as a verb of saying or holding nor a `refusal-speech`
// row, and with no bare object naming something said: "refused to give
// details" reports) or whose bare object names no message ("refused
// entry"; "refused his pleas" is left alone as a message-nouns word).
func (t *Tagger) refusedAct(d *layer.Doc, k int, c Comp) bool {
	if d.POS == nil || t.cueContexts.Field(d.Cue[k].Lemma, 0) != "refusal" || afterQuote(d, k) {
		return false
	}
	switch c {
	case CompObj:
		return !t.messageNouns.Has(objectHead(d, k))
	case CompTo:
		v := infinitiveVerb(d, k)
		return v >= 0 && !t.speechAct(d, v) && !t.messageNouns.Has(objectHead(d, v))
	}
	return false
}

// infinitiveVerb returns the verb of the infinitive after the head word
// at k ("refused [to] sell"), past adverbs and a passive's "be" ("refused
// to be drawn on"), -1 when none follows.
func infinitiveVerb(d *layer.Doc, k int) int {
	end := d.Sents[d.Sent[k]].Last
	j := k + 1
	for j < end && isAdverb(d.POSNames[d.POS[j]]) {
		j++
	}
	if j >= end || !layer.IsInfinitive(d.Low[j]) {
		return -1
	}
	for j++; j < end && (isAdverb(d.POSNames[d.POS[j]]) || layer.IsBareCopula(d.Low[j])); j++ {
	}
	if j >= end || !isVerb(d, j) {
		return -1
	}
	return j
}

// speechAct reports whether the verb at token v says something or holds
// a view: a cue lexicon word of saying, denying, asserting, holding or
// objecting ("comment", "deny", "back"), or a `refusal-speech` row the
// lexicon lacks ("apologise", "speculate", "drawn").
func (t *Tagger) speechAct(d *layer.Doc, v int) bool {
	if t.cueContexts.Field(d.Low[v], 0) == "refusal-speech" {
		return true
	}
	switch layer.CueClasses[d.Cue[v].Class] {
	case "speech", "deny", "assert", "belief", "oppose", "question":
		return true
	}
	return false
}

// attitudeObject reports whether the cue head at token k is a verb of
// attitude (cue-contexts `attitude`) with a bare object and no finite
// verb after it that would make the object a clause's subject: "also
// dislike Russia's energy subsidies" states no proposition, "fears
// civil war at the union could hamper …" does.
func (t *Tagger) attitudeObject(d *layer.Doc, k int, c Comp) bool {
	return c == CompObj && d.POS != nil && t.cueContexts.Field(d.Low[k], 0) == "attitude" && !afterQuote(d, k) && !verbAfterPhrase(d, k)
}

// possessiveModifier reports whether the cue head at token k is a past
// participle or an adjective that modifies the noun after it, right
// after a possessive (adjectives between): "Russia's [proposed]
// membership", "the administration's radical [proposed] overhaul", "his
// [reported] views", "his [favoured] 400m" name a thing; nobody is
// reported saying anything. A quotation or "that" after it is left to
// the other rules.
func possessiveModifier(d *layer.Doc, k int, c Comp) bool {
	if d.POS == nil || c == CompQuote || c == CompThat {
		return false // a "clause" here is the modified noun and the sentence's verb: "[proposed] tax is unpopular"
	}
	if tag := d.POSNames[d.POS[k]]; tag != "VBN" && (tag != "JJ" || !strings.HasSuffix(d.Low[k], "ed")) {
		return false // "Foster's said …": a past tense after a name's "'s" is the name's verb
	}
	j := k - 1
	first := d.Sents[d.Sent[k]].First
	for j >= first && (d.POSNames[d.POS[j]] == "JJ" || isAdverb(d.POSNames[d.POS[j]])) {
		j--
	}
	return j >= first && (d.POSNames[d.POS[j]] == "POS" || d.POSNames[d.POS[j]] == "PRP$")
}

// modifyingGerundRun reports whether every word of the cue lexicon in
// cue run r is a modifying gerund (modifyingGerund): in "took the best
// supporting" the head is "took", and the run's only reporting word
// modifies "actor".
func modifyingGerundRun(d *layer.Doc, r Run) bool {
	found := false
	for k := r.First; k < r.Last; k++ {
		if d.Cue[k].Class == 0 {
			continue
		}
		if !modifyingGerund(d, k) {
			return false
		}
		found = true
	}
	return found
}

// modifyingGerund reports whether the token k is an "-ing"
// word inside a noun phrase, between a possessive or an adjective and
// the common noun it modifies: "took the best
// [supporting] actor award", "her [supporting] role" name a thing, and
// nobody says anything. A noun the cue lexicon knows after it ("the
// [continuing] claims") is left to the other rules.
func modifyingGerund(d *layer.Doc, k int) bool {
	s := d.Sents[d.Sent[k]]
	if d.POS == nil || k == s.First || k+1 >= s.Last || d.POSNames[d.POS[k]] != "VBG" {
		return false
	}
	switch d.POSNames[d.POS[k-1]] {
	case "PRP$", "POS", "JJ", "JJS", "JJR": // not a determiner: "with some [saying] price growth will slow"
	default:
		return false
	}
	next := d.POSNames[d.POS[k+1]]
	return (next == "NN" || next == "NNS") && d.Cue[k+1].Class == 0
}
