package speaker

import "strings"

// reportParticiple returns where the noun phrase starts that a
// participle cue at token k right after it modifies, when its head names
// a report or a claim ("X has denied a report claiming he warned …", "a
// BBC story claiming …", "with forecasts suggesting …"): what the
// participle says is the report's, not the subject's of the clause it
// stands in, who may deny it. ok is false for any other cue.
// clauseSource keeps a source the tagger ended right before the cue:
// "the latest labor department report showing …" is the department's.
func (r *Resolver) reportParticiple(k int) (first int, ok bool) {
	d := r.d
	h := k - 1
	if !strings.HasSuffix(d.Low[k], "ing") || !strings.HasPrefix(r.pos(k), "VBG") || !strings.HasPrefix(r.pos(h), "NN") ||
		!r.reportNouns.Has(d.Low[h]) && !r.mentions.IsDocument(d.Low[h]) {
		return 0, false
	}
	first = h
	for first > 0 && h-first < 5 && d.Sent[first-1] == d.Sent[k] && nounPhraseWord(r.pos(first-1)) {
		first--
	}
	if first > 0 && d.Sent[first-1] == d.Sent[k] && (r.pos(first-1) == "DT" || r.pos(first-1) == "PRP$") {
		first-- // "a report", "his book"
	}
	return first, true
}

// nounPhraseWord reports whether a word tagged pos may stand before a
// noun phrase's head: an adjective, a noun, a number, a possessive.
func nounPhraseWord(pos string) bool {
	return strings.HasPrefix(pos, "NN") || strings.HasPrefix(pos, "JJ") || pos == "CD" || pos == "POS"
}
