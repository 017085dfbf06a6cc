package attrib

import "github.com/claimtrail/claimtrail/layer"

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
// "topic-object", "accord-object", or "" when it reports.
func (t *Tagger) stanceObject(d *layer.Doc, k int, c Comp) string {
	if d.POS == nil {
		return ""
	}
	why := ""
	switch t.cueContexts.Field(d.Low[k], 0) {
	case "stance":
		why = "stance-object"
	case "topic-act":
		why = "topic-object"
	case "accord-act":
		why = "accord-object"
	default:
		return ""
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
	if afterQuote(d, k) || finiteVerbInPhrase(d, k) {
		return ""
	}
	return why
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
