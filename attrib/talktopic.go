package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// talkTopic reports whether the cue head at token k of cue run r is a
// verb of talking or writing (cue-contexts `talk-act`) followed, past
// adverbs, by a preposition of topic (cue-contexts `topic`: "about",
// "on", "over") and a phrase that holds no clause (clauseInTopic) and no
// quotation: "Morquendi [wrote about] a woman who was running home",
// "[talked about] escaping over the wall", "[commenting on] the bank's
// figures" name a topic and state no claim (session 15, the BBC
// readers' rubric: "a topic with no claim"). "talked about how he fell
// in love" holds a clause, "talked about a "manifesto for all"" quoted
// words; a cue in a sentence a quotation opens ("'…,'" May wrote on his
// website) reports it, and so does a word of saying later in the run
// ("a note written on a napkin that said").
func (t *Tagger) talkTopic(d *layer.Doc, r Run, k int) bool {
	if d.POS == nil || t.cueContexts.Field(d.Low[k], 0) != "talk-act" {
		return false
	}
	s := d.Sents[d.Sent[k]]
	j := k + 1
	for j < s.Last && isAdverb(d.POSNames[d.POS[j]]) {
		j++
	}
	if j >= s.Last || t.cueContexts.Field(d.Low[j], 0) != "topic" {
		return false
	}
	for m := j + 1; m < r.Last; m++ {
		if saysSomething(d.Cue[m].Class) {
			return false
		}
	}
	for m := s.First; m < s.Last; m++ {
		if d.Toks[m].Kind == token.Quote {
			return false
		}
	}
	return !afterQuote(d, k) && !postposedCue(d, k) && !clauseInTopic(d, j)
}

// clauseInTopic reports whether the phrase after the preposition at j
// holds a clause the talk reports: a wh-word right after it ("about how
// he fell in love"), or a finite verb before any relative pronoun and
// the clause's end (finiteVerbInPhrase's comma and semicolon). A
// relative clause describes the topic's noun and says nothing of what
// was said: "about a woman [who] was running home".
func clauseInTopic(d *layer.Doc, j int) bool {
	end := d.Sents[d.Sent[j]].Last
	for m := j + 1; m < end; m++ {
		switch d.POSNames[d.POS[m]] {
		case "WP", "WDT", "WRB":
			return m == j+1
		case ",":
			return m+1 < end && layer.IsComplementizer(d.Low[m+1])
		}
		if d.Text[d.Toks[m].Start] == ';' {
			return false
		}
		if d.FiniteVerb(m) {
			return true
		}
	}
	return false
}
