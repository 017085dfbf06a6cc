package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// A "that" clause goes to the nearest cue, and between a verb of saying
// and its clause the tagger sometimes marks a word of the phrase that
// says where it was said: a noun ("Ada Quill wrote in her 1990
// [autobiography] that …") or a participle describing it ("Kestrel
// contended in its letter, [written] by a vice president, that …"). The
// verb is left with no content and dropped, and the word keeps a clause
// it does not govern. thatAfterChannel gives the clause back.

// maxChannelGap is how many tokens may part a verb of saying from the
// "that" clause it governs across a channel phrase.
const maxChannelGap = 15

// thatAfterChannel moves the "that" clause of a group whose cue is a
// noun inside a prepositional phrase, or a past participle set off by a
// comma, to the contentless verb of saying just before it in the
// sentence, when no finite verb comes between them, and drops the
// group.
func (t *Tagger) thatAfterChannel(d *layer.Doc, gs []Group) []Group {
	if d.POS == nil {
		return gs
	}
	var words []int // the channel words' cues, by their first token
	for i := 1; i < len(gs); i++ {
		v, w := &gs[i-1], &gs[i]
		if len(v.Contents) > 0 || len(w.Contents) == 0 || !saysByVerb(d, v.Cue) || !thatClause(d, w.Contents[0]) ||
			d.Sent[v.Cue.First] != d.Sent[w.Contents[0].First] || w.Contents[0].First-v.Cue.Last > maxChannelGap ||
			w.Cue.Last > w.Contents[0].First || hasFiniteVerb(d, v.Cue.Last, w.Contents[0].First) || !t.channelWord(d, v.Cue, w.Cue) {
			continue
		}
		v.Contents, w.Contents = w.Contents, nil
		words = append(words, w.Cue.First)
	}
	return t.dropCuesAt(gs, words, "that-after-channel")
}

// channelWord reports whether cue run w, after verb cue v, is one word
// of a phrase that a channel preposition opens after v ("wrote [in] her
// [autobiography]", "contended [in] its letter, [written] by …"): a
// noun, or a past participle after a comma. Another preposition first
// makes the noun v's object and its clause the noun's own ("pointed
// to the institute's predictions that …").
func (t *Tagger) channelWord(d *layer.Doc, v, w Run) bool {
	if w.Last-w.First != 1 || w.First <= v.Last {
		return false
	}
	switch tag := d.POSNames[d.POS[w.First]]; {
	case tag == "VBN" && isComma(d, w.First-1), strings.HasPrefix(tag, "NN"):
	default:
		return false
	}
	for k := v.Last; k < w.First; k++ {
		if isPreposition(d, k) {
			return t.channelPreps.Has(d.Low[k])
		}
	}
	return false
}

// isPreposition reports whether token k is tagged a preposition.
func isPreposition(d *layer.Doc, k int) bool {
	return d.POSNames[d.POS[k]] == "IN" && !layer.IsComplementizer(d.Low[k])
}
