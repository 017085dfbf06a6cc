package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// nameWordCue reports whether g's cue is a word of a name: every word of
// the cue is capitalised and follows a capitalised word on its line
// inside the sentence ("Stevie Wonder", "the Polar Express", "Hayley
// Yelling", the song "You Said No"). A verb of saying is written in
// lower case there; only a title-case line (a headline "Blair Says Poll
// Is Near") capitalises it, and such a line is left alone.
func nameWordCue(d *layer.Doc, g *Group) bool {
	k := g.Cue.First
	s := d.Sents[d.Sent[k]]
	if k <= s.First || !capitalWord(d, k-1) || titleCase(d, s) && !innerNameWord(d, g) {
		return false
	}
	words := 0 // a colon is no word of a name
	for j := g.Cue.First; j < g.Cue.Last; j++ {
		if d.Toks[j].Kind != token.Word {
			continue
		}
		if !capitalWord(d, j) {
			return false
		}
		words++
	}
	return words > 0
}

// innerNameWord reports whether g's one-word cue, an adjective or a
// participle, stands between two capitalised words: "named ITV London
// Most Promising Newcomer" is a prize's title even where the sentence's
// many names make it look title case; a headline's "Blair Says Poll" has a verb (or a
// noun, as the tags may read it) and no full stop.
func innerNameWord(d *layer.Doc, g *Group) bool {
	k := g.Cue.First
	if d.POS == nil || g.Cue.Last != k+1 || k+1 >= len(d.Toks) || d.Sent[k+1] != d.Sent[k] || !capitalWord(d, k+1) {
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "JJ", "VBG", "VBN": // an adjective or a participle: "Most Promising Newcomer"
	default:
		return false // "Chris Christie Calls Hillary Clinton …", a headline's verb read as a noun
	}
	s := d.Sents[d.Sent[k]]
	return s.Last > s.First && d.POSNames[d.POS[s.Last-1]] == "." // a headline has no full stop
}

// capitalWord reports whether token k is a capitalised word on the line
// of the token before it.
func capitalWord(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	return t.Kind == token.Word && (k == 0 || t.Lines == 0) && layer.Capitalised(t.Text(d.Text))
}

// A sentence is written in title case when more than half of its words,
// at least three, are capitalised: it counts every word, function words
// too, which a headline may leave in lower case ("Blair Says Poll Is
// Near"), hence half and not all.
const (
	titleCaseShare = 0.5
	titleCaseLeast = 3
)

// titleCase reports whether sentence s is written in title case
// (titleCaseShare of its words, at least titleCaseLeast).
func titleCase(d *layer.Doc, s layer.Sentence) bool {
	words, caps := 0, 0
	for k := s.First; k < s.Last; k++ {
		if d.Toks[k].Kind == token.Word {
			words++
			if layer.Capitalised(d.Toks[k].Text(d.Text)) {
				caps++
			}
		}
	}
	return token.TitleCase(words, caps, titleCaseLeast, titleCaseShare)
}

// namedNoun reports whether g's cue ends in a naming participle
// (act-objects `naming`: "called", "named") that names the noun right
// before it, not a verb whose subject calls something by a name: the
// noun opens with an indefinite article ("a trade group called The
// Harbour Partnership") or stands where no subject does, after a verb or
// a preposition ("released a song dedicated to Dorn called Harbour
// Lights", "a tool for its phones called Beacon"), or the participle
// follows a comma and the name ends its sentence or phrase (", called
// The Ferry Years."); the cue may have swallowed the noun ("sent along a
// woman called"). A name must follow with no second phrase after it:
// "Ilsa Varn called Tomas Brell a liar", "named Dorn as the safest port"
// and "the mayor called the plan "a disgrace"" report.
func (t *Tagger) namedNoun(d *layer.Doc, g *Group) bool {
	k := g.Cue.Last - 1
	s := d.Sents[d.Sent[k]]
	if d.POS == nil || k == s.First || k+1 >= s.Last || t.actObjects.Field(d.Low[k], 0) != "naming" {
		return false
	}
	if tag := d.POSNames[d.POS[k]]; tag != "VBN" && tag != "VBD" || Complement(d, k) == CompObjAs {
		return false
	}
	after, ok := t.nameAfter(d, k+1, s.Last)
	if !ok || after < s.Last && !t.nameEnds(d, after) {
		return false
	}
	if isComma(d, k-1) && g.Cue.First == k {
		// an appositive: the name closes the phrase ("Ted Varn, for one, called
		// "a disgrace"" is lower case; a list of names is what one named)
		return capitalWord(d, quoteSkip(d, k+1)) && (after >= s.Last-1 || isComma(d, after) && after+1 < s.Last && d.Toks[after+1].Kind != token.Quote)
	}
	prev := d.POSNames[d.POS[k-1]]
	if prev != "NN" && prev != "NNS" && prev != "NNP" && prev != "NNPS" {
		return false // "has called", "who he called": a clause's verb
	}
	first := k - 1
	for first > s.First && d.Toks[first-1].Kind == token.Word && isNominal(d.POSNames[d.POS[first-1]]) {
		first--
	}
	if layer.IsArticle(d.Low[first]) && !layer.IsDefinite(d.Low[first]) || first > g.Cue.First {
		return true // "a group called …"; a noun inside the cue: "sent along a woman called"
	}
	if first == s.First {
		return false // "Tomas Brell called …": the subject's verb
	}
	before := d.POSNames[d.POS[first-1]]
	return before == "IN" || before == "TO" || strings.HasPrefix(before, "VB")
}

// quoteSkip returns k, or the token after it when k is a quotation mark.
func quoteSkip(d *layer.Doc, k int) int {
	if k+1 < len(d.Toks) && d.Toks[k].Kind == token.Quote {
		return k + 1
	}
	return k
}

// nameAfter reports whether a name opens tokens [k, end) — a quotation,
// a capitalised word that is no lone pronoun, or "the" and one — and
// returns the token after it.
func (t *Tagger) nameAfter(d *layer.Doc, k, end int) (int, bool) {
	if d.Toks[k].Kind == token.Quote {
		for _, q := range d.Quotes {
			if q.Open == k && q.Close > k && q.Close < end {
				return q.Close + 1, true
			}
		}
		return 0, false
	}
	if layer.IsDefinite(d.Low[k]) && k+1 < end {
		k++
	}
	if !capitalWord(d, k) || t.pronouns.Has(d.Low[k]) && (k+1 == end || !capitalWord(d, k+1)) {
		return 0, false // "called It": a title of two capitalised words may open with one ("They Liked You")
	}
	for k < end && (capitalWord(d, k) || d.Toks[k].Kind == token.Word && layer.IsNamePreposition(d.Low[k]) && k+1 < end && capitalWord(d, k+1)) {
		k++
	}
	return k, true
}

// nameEnds reports whether token k, right after a name, leaves it whole:
// no noun or possessive the name modifies ("called Wall Street bankers
// …", "called Tomas Brell's remarks …"), no determiner, adjective or
// quotation for what someone calls it ("called Tomas Brell a liar").
func (t *Tagger) nameEnds(d *layer.Doc, k int) bool {
	if layer.IsRelative(d.Low[k]) {
		return true // "links called "beacons" that guide ships"
	}
	switch d.POSNames[d.POS[k]] {
	case "NN", "NNS", "POS", "JJ", "JJR", "JJS":
		return false
	}
	return d.Toks[k].Kind != token.Quote && !layer.IsDeterminer(d.Low[k])
}

// appositiveSubject returns, for a naming group g set off by commas
// right after its source ("The ferry video, titled "Harbour?", concludes
// that …"), that source and the token after the naming's closing comma;
// -1 for the token otherwise. The verb there is the source's: the
// tagger leaves it no source of its own, and the naming dropped no
// longer lends one.
func appositiveSubject(d *layer.Doc, g Group) (Run, int) {
	if len(g.Sources) == 0 || len(g.Contents) == 0 {
		return Run{}, -1
	}
	src, c := nearest(g.Sources, g.Cue), g.Contents[len(g.Contents)-1]
	if src.Last != g.Cue.First || src.Last-src.First < 2 || !isComma(d, src.Last-1) || c.Last >= len(d.Toks) || !isComma(d, c.Last) {
		return Run{}, -1
	}
	return src, c.Last + 1
}

// namedSpeaker appends to handed the statement that the content of
// naming group g holds, if any: the tagger reads "A group called The
// Harbour Partnership said fares would rise" as the naming's cue and
// "The Harbour Partnership said …" as its content, so dropping the
// naming must hand the inner statement on (innerGroups reads contents
// of the groups kept only).
func (t *Tagger) namedSpeaker(d *layer.Doc, g Group, gs []Group, handed []Group) []Group {
	for _, c := range g.Contents {
		if c.First < g.Cue.Last || quoted(d, c) {
			continue
		}
		if inner, ok := t.innerGroup(d, c, gs, false); ok {
			inner.Nested = false // said in the article's voice, not by the naming
			handed = append(handed, inner)
		}
	}
	return handed
}
