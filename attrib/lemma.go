package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// HeadLemma returns the lemma of the head of cue run r, for a cue that
// holds no lexicon word: the head as the cue filter reads it (cueHead:
// past auxiliaries, negations, adverbs and forms of "be"), its regular
// ending taken off ("have welcomed" → "welcome", "ruled" → "rule",
// "planned" → "plan"). Of the base forms an ending allows, the one
// PolNeAR's cue counts know (cue-heads.tsv) is taken, else the one the
// spelling rules of English endings give. WordNet would know more, but
// loading it costs extraction half a second and 50 MB a process.
func (t *Tagger) HeadLemma(d *layer.Doc, r Run) string {
	k, _ := t.cueHead(d, r.First, r.Last)
	if k < 0 {
		return d.Low[r.First] // a transcript's colon
	}
	w := d.Low[k]
	forms := baseForms(w)
	for _, c := range forms {
		if t.headStats[c] != nil {
			return c
		}
	}
	if len(forms) > 0 {
		return forms[0]
	}
	return w
}

// baseForms returns the base forms a regular English ending of w allows,
// the likeliest by spelling first: "ruled" → "rule", "rul"; "planned" →
// "plan", "plann"; "thanked" → "thank", "thanke"; none when w has no
// such ending. A final "e" dropped (eDropped) comes back, and a final
// consonant doubled after a short vowel is single ("planned"; not l, s,
// f or z).
func baseForms(w string) []string {
	for _, end := range []string{"ied", "ies", "ed", "ing", "es", "s"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || len(stem) < 2 || end == "s" && strings.HasSuffix(w, "ss") {
			continue
		}
		switch end {
		case "ied", "ies":
			return []string{stem + "y"}
		case "s":
			if strings.HasSuffix(stem, "u") {
				return nil // "focus", "furious"
			}
			return []string{stem}
		}
		if e := stem + "e"; eDropped(stem) {
			return []string{e, stem}
		}
		n := len(stem)
		if last := stem[n-1]; last == stem[n-2] && !strings.ContainsRune("lsfz", rune(last)) {
			return []string{stem[:n-1], stem}
		}
		return []string{stem, stem + "e"}
	}
	return nil
}

// eDropped reports whether the spelling of stem says an "e" was dropped
// before an ending: after c, v, z or u ("produced", "argued"), g or l
// after a consonant ("urged", "singled"), s after a vowel but u ("raised",
// "caused"; not "focused"), n after a single i ("outlined"; not
// "maintained").
func eDropped(stem string) bool {
	n := len(stem)
	last, before := stem[n-1], stem[n-2]
	third := byte('x')
	if n > 2 {
		third = stem[n-3]
	}
	switch last {
	case 'c', 'v', 'z', 'u':
		return true
	case 'g', 'l':
		return !vowel(before) && before != 'n' && before != last
	case 's':
		return vowel(before) && (before != 'u' || vowel(third))
	case 'n':
		return before == 'i' && !vowel(third)
	}
	return false
}

func vowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
