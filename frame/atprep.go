package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// resumeAtPreposition carries g's last content, which follows a verb cue
// outside quotation marks and is a clause (it holds a finite verb, or is
// only a subject after "that"), over a prepositional phrase the tagger
// left after it with no comma between, to the next comma, dash, colon,
// semicolon or quotation mark or the sentence's end: "has confirmed it
// will be televising the replay live [on Wednesday 19 January]", "said
// it posted a profit of $261.9m [for the three months to 30 November]",
// "estimates that the number of blogs [in existence has exceeded 4.8
// million]" (issue 14: a content cut before its end). The phrase belongs
// to the clause it follows. Not after a verbless object, whose phrase
// may be the cue's ("reiterated this position on Wednesday", "has
// rejected a move to Kell after falling out …"), nor an infinitive ("has
// refused to blame the keeper after …"); not when the preposition opens
// the reporter's absolute phrase (content-adjuncts class absolute: "…
// with Mr Dixon quoted as saying"), nor when a verb of saying stands in
// the words carried over (a statement of its own), nor after a comma
// that follows the clause's last verb (commaAfterVerb), nor over a channel
// phrase the tagger's rules cut a noun phrase at (g.ChannelCut and
// attrib.VerblessHead: "her support for those who moved to the city [in
// an interview with Latina magazine]"; after a clause the phrase may be
// the clause's: "said the statements were mocked [on social media]"). A content that is
// only a subject must find its verb in them; a date ending the sentence
// after a clause in the past stays out (pastDate).
func (r *Reader) resumeAtPreposition(d *layer.Doc, g *attrib.Group) {
	c, k, ok := verbContentEnd(d, g)
	if !ok || g.ChannelCut && attrib.VerblessHead(d, c.First, c.Last) || d.Toks[k-1].Kind == token.Quote ||
		d.Toks[k].Kind != token.Word || tag(d, k) != "IN" || layer.IsComplementizer(d.Low[k]) ||
		r.adjuncts.Field(d.Low[k], 0) == "absolute" {
		return
	}
	subject := headedSubject(d, c.First, c.Last)
	if !subject && !holdsFinite(d, c.First, c.Last) || commaAfterVerb(d, c.First, k) {
		return
	}
	stop := phraseEnd(d, k)
	if stop < 0 || subject && !holdsFinite(d, k, stop) || pastDate(d, c.First, k, stop) {
		return
	}
	c.Last = stop
}

// pastDate reports whether the preposition at token k and the words
// after it up to stop, which end the sentence, are one date after a
// content [first, k) whose last finite verb is in the past: "said it had
// accepted the offer [on Monday]" may date the saying as well as the
// act, and stays as the tagger left it.
func pastDate(d *layer.Doc, first, k, stop int) bool {
	if stop <= k+1 || d.Toks[stop].Kind != token.Punct || stop+1 < d.Sents[d.Sent[k]].Last && d.Toks[stop+1].Kind != token.Quote {
		return false
	}
	verb := ""
	for j := first; j < k; j++ {
		if d.FiniteVerb(j) {
			verb = tag(d, j)
		}
	}
	tx := d.TimexIn(d.Toks[k+1].Start, d.Toks[stop-1].End)
	return verb == "VBD" && len(tx) == 1 && tx[0].Type == claimtrail.TimexDate &&
		tx[0].Span.Start <= d.Toks[k+1].Start && tx[0].Span.End >= d.Toks[stop-1].End
}

// commaAfterVerb reports whether a comma stands after the last finite
// verb of tokens [first, k): the words the tagger left after it are a
// phrase set off from the clause ("would encourage vice, in an interview
// [on BBC Radio 4]": the channel's), not the clause's own.
func commaAfterVerb(d *layer.Doc, first, k int) bool {
	comma := false
	for j := first; j < k; j++ {
		switch {
		case d.FiniteVerb(j):
			comma = false
		case isComma(d, j):
			comma = true
		}
	}
	return comma
}

// holdsFinite reports whether tokens [first, last) hold a finite verb.
func holdsFinite(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if d.FiniteVerb(k) {
			return true
		}
	}
	return false
}

// phraseEnd returns where the words from token k run to in their
// sentence: the first comma, dash, colon, semicolon or quotation mark, or
// the sentence's last word; -1 when a verb of saying stands before it.
func phraseEnd(d *layer.Doc, k int) int {
	end := d.Sents[d.Sent[k]].Last
	for j := k; j < end; j++ {
		switch t := d.Toks[j]; {
		case t.Kind == token.Quote, t.Kind == token.Punct && d.Low[j] != "%" && d.Low[j] != "(" && d.Low[j] != ")":
			return j
		case d.Cue[j].Class != 0 && strings.HasPrefix(tag(d, j), "VB"):
			return -1
		}
	}
	return end
}
