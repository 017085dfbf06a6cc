package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A stance or a topic with only a noun phrase after it states nothing
// (session 14; the BBC readers' rubric): "the Lib Dems also oppose the
// plans", "the White House still backs the strong dollar policy",
// "campaigners opposed to the use of …", "Ministers will be discussing
// reforms to …", "underlined the issue of global warming", "reacted
// angrily to the disclosure" tell where someone stands or what they
// talked about, and no claim is reported; "MCI agreed to a buyout",
// "the two firms signed a memorandum" do something. A clause anywhere
// in the phrase still holds one ("backed Gerrard's view that Liverpool
// could struggle", "highlighted the fact that problems had not gone"),
// and so does an infinitive after a name ("backed New Zealand to win
// the series"). The words are cue-contexts.tsv rows (`stance`,
// `topic-act`, `accord-act`); "praised", "welcomed", "defended",
// "dismissed" a thing are speech acts the readers accept, and are no
// rows.

// stanceObject names the verdict for the cue head at token k with
// complement c when it is a stance, topic or accord verb (cue-contexts
// `stance`, `topic-act`, `accord-act`, every form) followed by a noun
// phrase or a prepositional phrase that holds no finite verb up to the
// clause's end
// (a comma or a semicolon, or the sentence's): "stance-object",
// "topic-object", "accord-object", or "" when it reports. A verb of
// mentioning (`mention-act`) is a topic verb that, negated, reports
// (suite s11-content4-05); "did not discuss her patients" states
// nothing.
func (t *Tagger) stanceObject(d *layer.Doc, k int, c Comp, negated bool) string {
	if d.POS == nil {
		return ""
	}
	why := ""
	switch t.cueContexts.Field(d.Low[k], 0) {
	case "stance":
		why = "stance-object"
	case "topic-act":
		why = "topic-object"
	case "mention-act":
		if negated {
			return "" // "never mentioned the mayor by name": that nothing was said of it is told
		}
		why = "topic-object"
	case "accord-act":
		why = "accord-object"
	default:
		return ""
	}
	doneAct := why == "accord-object" && t.accordDone(d, k, c)
	if doneAct {
		c = CompObj // "agreed to a new contract that cuts pay": the clause describes the contract
	}
	switch c {
	case CompObj:
	case CompPrep:
		if infinitiveVerb(d, k) >= 0 {
			return "" // "agreed to effectively lend …": a commitment
		}
	case CompObjTo:
		if why == "topic-object" || nameBeforeInfinitive(d, k) {
			return "" // "backed New Zealand to win": a forecast; "underlined his pledge to cut taxes": the pledge's content
		}
	default:
		return "" // a clause, a quotation, "whether", "as" …: a proposition
	}
	if afterQuote(d, k) || postposedCue(d, k) || t.asAside(d, k) || !doneAct && finiteVerbInPhrase(d, k) {
		return ""
	}
	return why
}

// postposedCue reports whether the head at k follows what is said: an
// inverted cue after a comma or a quotation, its subject then closing
// the clause ("…, claimed the union organisation.", "…, explains Mr
// Ash, even if …") and a clause before the comma, or a cue after a quotation closed by a comma and
// a short subject ("…," he explained during a conference), or an aside
// inside a clause that resumes after it. Its object
// or phrase then is the source or a circumstance, not what is
// explained; "Mr Orban explained his reasons", "the boss, in an
// interview, discussed the events" stay topics.
func postposedCue(d *layer.Doc, k int) bool {
	s := d.Sents[d.Sent[k]]
	j := k - 1
	for j >= s.First && isAdverb(d.POSNames[d.POS[j]]) {
		j--
	}
	if j < s.First {
		return false
	}
	if d.Toks[j].Kind == token.Quote || isComma(d, j) && finiteVerbBefore(d, s.First, j) {
		m := k + 1
		for m < s.Last && m <= k+maxSubject && subjectTag(d.POSNames[d.POS[m]]) {
			m++
		}
		return m > k+1 && (m == s.Last || isComma(d, m) || d.POSNames[d.POS[m]] == ".")
	}
	for n := 0; n < maxSubject && j > s.First && subjectTag(d.POSNames[d.POS[j]]); n++ {
		j--
	}
	switch {
	case j > s.First && d.Toks[j].Kind == token.Quote && isComma(d, j-1):
		return true
	case j > s.First && isComma(d, j):
		return resumedClause(d, k, s.Last) // "These employees, Stumpf explained earlier, were well paid"
	}
	return false
}

// resumedClause reports whether the clause a cue at k interrupts goes
// on after its next comma with a finite verb: in "these workers, he
// explained at the hearing, were well paid" the cue is an aside.
func resumedClause(d *layer.Doc, k, end int) bool {
	for j := k + 1; j < end; j++ {
		if isComma(d, j) {
			m := j + 1
			for m < end && isAdverb(d.POSNames[d.POS[m]]) {
				m++
			}
			return m < end && d.FiniteVerb(m)
		}
	}
	return false
}

// finiteVerbBefore reports whether a finite verb stands in tokens
// [first, end): a clause, not a subject and its aside, precedes the
// comma ("ferry use has fallen, explained …", not "the mayor, in an
// interview, discussed …").
func finiteVerbBefore(d *layer.Doc, first, end int) bool {
	for j := first; j < end; j++ {
		if d.FiniteVerb(j) {
			return true
		}
	}
	return false
}

// asAside reports whether the cue at k stands in an aside its sentence
// opens with a word of comparison (cue-contexts `comparison`) and
// closes with a comma: "As the physicist explained in a talk, the
// consensus is …" tells what was explained after the comma.
func (t *Tagger) asAside(d *layer.Doc, k int) bool {
	s := d.Sents[d.Sent[k]]
	if t.cueContexts.Field(d.Low[s.First], 0) != "comparison" {
		return false
	}
	for j := k + 1; j < s.Last; j++ {
		if isComma(d, j) {
			return true
		}
	}
	return false
}

// maxSubject bounds the words of a subject read past before a cue.
const maxSubject = 4

// subjectTag reports whether a part-of-speech tag may be a word of a
// short subject: "he", "Mr Ash", "the chief executive".
func subjectTag(tag string) bool {
	switch tag {
	case "PRP", "NNP", "NNPS", "NN", "NNS", "DT", "JJ":
		return true
	}
	return false
}

// nameBeforeInfinitive reports whether the "to" of the infinitive after
// the head at k follows a name or a pronoun, its subject ("backed New
// Zealand [to] win", "backs him [to] succeed"), not a common noun the
// infinitive describes ("backed plans [to] write off debts").
func nameBeforeInfinitive(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	for j := k + 2; j < end; j++ {
		if d.POSNames[d.POS[j]] != "TO" {
			continue
		}
		switch d.POSNames[d.POS[j-1]] {
		case "NNP", "NNPS", "PRP":
			return true
		}
		return false
	}
	return false
}

// finiteVerbInPhrase reports whether a finite verb follows token k in
// its sentence before a comma (unless "that" follows it) or a semicolon: the phrase
// after a stance or topic verb then holds a clause ("the fact that
// problems [had] not gone", "Gerrard's view that the team [could]
// struggle").
func finiteVerbInPhrase(d *layer.Doc, k int) bool {
	for j := k + 1; j < d.Sents[d.Sent[k]].Last; j++ {
		if d.POSNames[d.POS[j]] == "," || d.Text[d.Toks[j].Start] == ';' {
			// not a colon or a dash: "highlighted a coincidence … that one song had …";
			// a comma before "that" opens the verb's own clause: "agrees with other experts, that …"
			return j+1 < d.Sents[d.Sent[k]].Last && layer.IsComplementizer(d.Low[j+1])
		}
		if d.FiniteVerb(j) {
			return true
		}
	}
	return false
}

// accordDone reports whether the accord verb at token k (cue-contexts
// `accord-act`) with complement c does something to a thing whatever
// clause follows: a preposition "to" and a noun phrase ("agreed to a new
// contract that cuts pay", "agreed to the board's demand that …": the
// clause describes the thing agreed to), or an object and an
// infinitive not after a name ("ordered all contracts to be examined to
// see if they …": the infinitive is the order). "agreed to
// effectively lend …" (a commitment), "agreed that …" and "ordered
// him to say that …" are left to stanceObject's other checks (session 17).
func (t *Tagger) accordDone(d *layer.Doc, k int, c Comp) bool {
	switch c {
	case CompObjTo:
		return !nameBeforeInfinitive(d, k)
	case CompObj:
		return infinitiveBeforeVerb(d, k) // "ordered all existing contracts to be examined"
	case CompPrep, CompThat:
		j := k + 1
		for j < d.Sents[d.Sent[k]].Last && isAdverb(d.POSNames[d.POS[j]]) {
			j++
		}
		return j < d.Sents[d.Sent[k]].Last && d.POSNames[d.POS[j]] == "TO" && infinitiveVerb(d, k) < 0
	}
	return false
}

// infinitiveBeforeVerb reports whether an infinitive's "to" follows the
// head word at k before any finite verb, comma or name in its sentence:
// the object and the infinitive hold what was ordered.
func infinitiveBeforeVerb(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	for j := k + 1; j+1 < end; j++ {
		switch tag := d.POSNames[d.POS[j]]; {
		case tag == "TO":
			return d.POSNames[d.POS[j+1]] == "VB" && !nameBeforeInfinitive(d, j-2)
		case d.FiniteVerb(j), tag == ",", tag == "NNP", tag == "PRP":
			return false
		}
	}
	return false
}
