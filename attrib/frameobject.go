package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// Two frames the complement alone misreads (session 16, the BBC
// readers' "should not exist"): a relative clause on a frame word's
// bare object looks like the object's "that"-clause ("offered tickets
// that were 50% cheaper", "many now offer ways that do a better job"),
// and a score a count-verb adds may run on into an infinitive ("added
// the conversion to become the fourth player to …").

// relativeObject reports whether the complementizer after the bare
// object of the head word at k opens a relative clause on that object:
// a finite verb right after it ("tickets that were cheaper"). What was
// said has a subject of its own between ("told reporters that prices
// would rise", "offered assurances that it would …").
func relativeObject(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	m := nounPhraseEnd(d, k+1, end)
	return m > k+1 && m+1 < end && layer.IsComplementizer(d.Low[m]) && d.FiniteVerb(m+1)
}

// scoreToInfinitive reports whether the head word at k is a count-verb
// (act-objects.tsv) whose bare object, before an infinitive, is a
// score: "added the conversion to become …", "added a second to seal
// the win"; "added a warning to …" is no score and is left alone.
func (t *Tagger) scoreToInfinitive(d *layer.Doc, k int, c Comp) bool {
	return c == CompObjTo && t.actObjects.Field(d.Cue[k].Lemma, 0) == "count-verb" &&
		t.actObjects.Field(objectHead(d, k), 0) == actObjectKind["count-verb"] && !afterQuote(d, k)
}

// actLemma returns the lemma under which act-objects.tsv lists the cue
// head at k: the cue lexicon's lemma when the table lists it, else the
// base form (or the word) the table lists — for a head the lexicon
// lacks ("accepted" → "accept": "Forest accepted a cash-plus-players
// offer") or lists as a noun of its own ("claims" → "claim": "Federer
// claims Dubai crown").
func (t *Tagger) actLemma(d *layer.Doc, k int) string {
	l := d.Cue[k].Lemma
	if l != "" && t.actObjects.Field(l, 0) != "" {
		return l
	}
	w := d.Low[k]
	f, seen := t.actForms[w]
	if !seen {
		f = t.actForm(w)
		if t.actForms == nil || len(t.actForms) >= maxActForms {
			t.actForms = make(map[string]string, 256)
		}
		// once a word: heads repeat, and baseForms allocates; the key is
		// copied, so that it holds no document's text
		t.actForms[strings.Clone(w)] = f
	}
	if f != "" {
		return f
	}
	return l
}

// maxActForms bounds the words actLemma remembers.
const maxActForms = 1 << 14

// actForm returns the base form of word w (or w) that act-objects.tsv
// lists, "" for none.
func (t *Tagger) actForm(w string) string {
	for _, f := range append(baseForms(w), w) {
		if t.actObjects.Field(f, 0) != "" {
			return f
		}
	}
	return ""
}

// interestShown reports whether the head word at k is a verb of
// expressing (act-objects `interest-verb`) whose bare object, alone or
// before an infinitive, is an interest or a wish to act (`interest`):
// "expressed an interest in the firm", "expressed a willingness to
// move" tell of an intention, nothing claimed. A display verb's does too
// ("have shown little interest in politics": an attitude seen, nobody's
// statement; session 17 round 2).
func (t *Tagger) interestShown(d *layer.Doc, k int, c Comp) bool {
	kind := t.actObjects.Field(t.actLemma(d, k), 0)
	return (c == CompObj || c == CompObjTo) && (kind == "interest-verb" || kind == "display-verb") &&
		t.actObjects.Field(objectHead(d, k), 0) == "interest" && !afterQuote(d, k)
}

// prizeObject reports whether object is a prize (act-objects `prize`)
// that a verb of kind verbKind wins or holds: any prize for a verb of
// claiming ("claimed the top spot"), one marked `defended` for a verb of
// defending ("will defend his title", "defend their seats"; not "defended
// her record"); a lead or an attack's thrusts (`assault`) only for a
// verb of defending ("Scotland defended the initial thrusts").
func (t *Tagger) prizeObject(verbKind, object string) bool {
	kind := t.actObjects.Field(object, 0)
	switch verbKind {
	case "prize-verb":
		return kind == "prize"
	case "defence-verb":
		return (kind == "prize" || kind == "assault") && t.actObjects.Field(object, 1) == "defended"
	}
	return false
}
