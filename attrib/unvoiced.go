package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Constructions whose cue word has a saying sense but whose subject
// voices nothing (session 17 round 2, BBC readers' should-not-exist
// statements): a law or plan that "proposes" or "is intended to", a
// proposal of a law, a pseudo-cleft's "what X wanted was …", a
// definition's "where people say …", a campaign "on" or "against"
// something, fears an event "followed", a noun of a compound ("the Doha
// development talks could …"), an application for approval, a page
// that "said". The words live in unvoiced.tsv, which the tagger's
// features never read.

// unvoiced reports whether g is one of those constructions.
func (t *Tagger) unvoiced(d *layer.Doc, g *Group) bool {
	return t.instrumentSubject(d, g) || t.instrumentProposed(d, g) || t.cleftSubject(d, g) ||
		t.definitionSource(d, g) || t.campaignDeed(d, g) || t.eventFeeling(d, g) || t.compoundNounCue(d, g) ||
		t.approvalSought(d, g) || t.surfaceSource(d, g)
}

// unvoicedWord returns the index of the first word of g's cue of the
// given unvoiced.tsv kind, -1 when none is.
func (t *Tagger) unvoicedWord(d *layer.Doc, g *Group, kinds ...string) int {
	for k := g.Cue.First; k < g.Cue.Last; k++ {
		if d.Toks[k].Kind != token.Word {
			continue
		}
		f := t.unvoicedWords.Field(d.Low[k], 0)
		for _, kind := range kinds {
			if f == kind {
				return k
			}
		}
	}
	return -1
}

// instrumentSubject reports whether g's cue holds a verb of proposal or
// intention outside any quotation and its source's head is an
// instrument, a law, bill, directive or plan: "The Bill proposes
// control orders", "The directive is intended to offer patent
// protection" tell what the text provides; nobody is reported; so does
// a law's name ending in its kind ("The Prevention of Terrorism Bill
// proposes …"; not "critics of the bill propose"). "It proposes …" is
// left alone: the pronoun may stand for a minister.
func (t *Tagger) instrumentSubject(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(g.Sources) == 0 {
		return false
	}
	k := t.unvoicedWord(d, g, "proposal-verb", "intention-verb")
	if k < 0 || d.Quote[k] >= 0 {
		return false
	}
	src := nearest(g.Sources, g.Cue)
	if head := subjectHead(d, src); head >= 0 && t.unvoicedWords.Field(d.Low[head], 0) == "instrument" {
		return true
	}
	// a law's name ends in its kind: "The Prevention of Terrorism Bill"
	last := src.Last - 1
	return last >= src.First && layer.Capitalised(d.Toks[last].Text(d.Text)) &&
		t.unvoicedWords.Field(d.Low[last], 0) == "instrument"
}

// instrumentProposed reports whether g's cue holds a verb of proposal
// whose bare object is an instrument: "US politicians are proposing a
// tough new law aimed at …" makes law, it claims nothing. "proposed
// that the law be changed" and "proposed changes to the law" stay.
func (t *Tagger) instrumentProposed(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	k := t.unvoicedWord(d, g, "proposal-verb")
	if k < 0 || d.Quote[k] >= 0 || Complement(d, k) != CompObj {
		return false
	}
	return t.unvoicedWords.Field(objectHead(d, k), 0) == "instrument"
}

// cleftSubject reports whether g's one-word cue is the verb of a
// pseudo-cleft's subject clause: its source opens right after the
// clause's word (unvoiced `cleft`: "What") that opens its sentence, and
// a form of "be" follows the cue ("What the chancellor wanted was …").
// The clause names a wish the writer or another speaker describes; the
// sentence's own cue ("…, Mr Baume said") is another group.
func (t *Tagger) cleftSubject(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || g.Cue.Last != g.Cue.First+1 || g.Cue.Last >= len(d.Toks) {
		return false
	}
	src := nearest(g.Sources, g.Cue)
	j := src.First - 1
	s := d.Sents[d.Sent[g.Cue.First]]
	for j >= s.First && d.Toks[j].Kind == token.Quote {
		j--
	}
	if j < s.First || t.unvoicedWords.Field(d.Low[j], 0) != "cleft" || src.Last != g.Cue.First {
		return false
	}
	for i := s.First; i < j; i++ {
		if d.Toks[i].Kind == token.Word {
			return false // the clause opens the sentence
		}
	}
	return t.cueHeads.Field(d.Low[g.Cue.Last], 0) == "be"
}

// definitionSource reports whether g's source opens with a relative
// adverb of definition (unvoiced `definition`: "where"): "living wills,
// where people say they want treatment withheld" defines a thing by
// what anyone in it would say; no one is reported. The adverb opens
// the source, or stands right before a generic noun (unvoiced
// `generic`: "people") that is the whole source.
func (t *Tagger) definitionSource(d *layer.Doc, g *Group) bool {
	for _, s := range g.Sources {
		if s.First < s.Last && t.unvoicedWords.Field(d.Low[s.First], 0) == "definition" {
			return true // the tagger took the adverb into the source
		}
		if s.First > 0 && s.Last == s.First+1 && t.unvoicedWords.Field(d.Low[s.First-1], 0) == "definition" &&
			t.unvoicedWords.Field(d.Low[s.First], 0) == "generic" {
			return true // "…, where people say …"; "Kessel, where officials say …" reports
		}
	}
	return false
}

// campaignDeed reports whether g's cue holds a verb of campaigning
// (unvoiced `deed-verb`) with a preposition right after it: "UKIP,
// which campaigned on a slogan of "Say no to Europe", spent …" and
// "campaigned against the war" tell of an act; a slogan is no claim of
// the campaigner's.
func (t *Tagger) campaignDeed(d *layer.Doc, g *Group) bool {
	k := t.unvoicedWord(d, g, "deed-verb")
	if k < 0 || d.POS == nil || k+1 >= len(d.Toks) || d.Quote[k] >= 0 {
		return false
	}
	return d.POSNames[d.POS[k+1]] == "IN" && d.Sent[k+1] == d.Sent[k]
}

// eventFeeling reports whether g's cue opens with a verb by which an
// event brings a feeling about (unvoiced `event-verb`) outside any
// quotation and ends in a noun: "It followed fears that …", "attacks
// briefly renewed fears that …" tell what was feared, by no one named.
func (t *Tagger) eventFeeling(d *layer.Doc, g *Group) bool {
	k := t.unvoicedWord(d, g, "event-verb")
	last := g.Cue.Last - 1
	if k < 0 || k != g.Cue.First || last <= k || d.POS == nil || d.Quote[k] >= 0 {
		return false
	}
	tag := d.POSNames[d.POS[last]]
	return tag == "NN" || tag == "NNS"
}

// compoundNounCue reports whether g's one-word cue is a noun closing a
// compound whose word before it, a common noun naming no person, ends
// g's source, and a verb follows the cue (quotation marks aside): in
// "Agreement in the Doha development talks could also give …" the talks
// are the subject's head; no one talks.
func (t *Tagger) compoundNounCue(d *layer.Doc, g *Group) bool {
	k := g.Cue.First
	if d.POS == nil || g.Cue.Last != k+1 || k == 0 || len(g.Sources) == 0 || d.Quote[k] >= 0 {
		return false
	}
	if tag := d.POSNames[d.POS[k]]; tag != "NN" && tag != "NNS" {
		return false
	}
	if nearest(g.Sources, g.Cue).Last != k || d.Sent[k-1] != d.Sent[k] || !t.thingNoun(d, k-1) || layer.Capitalised(d.Toks[k-1].Text(d.Text)) {
		return false
	}
	end := d.Sents[d.Sent[k]].Last
	j := k + 1
	for j < end && d.Toks[j].Kind == token.Quote {
		j++
	}
	if j >= end {
		return false
	}
	switch d.POSNames[d.POS[j]] {
	case "MD", "VBZ", "VBD", "VBP":
		return true
	}
	return false
}

// approvalSought reports whether g's cue ends in a form of "ask"
// (unvoiced `request-verb`) whose bare object is asked "to" approve
// something (`approval-verb`): "has formally asked German authorities to
// approve its plan" applies for a permission; it claims nothing.
func (t *Tagger) approvalSought(d *layer.Doc, g *Group) bool {
	k := g.Cue.Last - 1
	if d.POS == nil || k < 0 || d.Quote[k] >= 0 || t.unvoicedWords.Field(d.Low[k], 0) != "request-verb" {
		return false
	}
	end := d.Sents[d.Sent[k]].Last
	m := nounPhraseEnd(d, k+1, end)
	return m > k+1 && m+1 < end && d.POSNames[d.POS[m]] == "TO" && t.unvoicedWords.Field(d.Low[m+1], 0) == "approval-verb"
}

// surfaceSource reports whether g's one source is a relative pronoun
// (tagged WDT) right after a noun for a page or screen (unvoiced
// `surface`): "greeted with a page that said the site had been
// overwhelmed" shows words no one named said. "a ruling which said …"
// speaks for its court and stays.
func (t *Tagger) surfaceSource(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(g.Sources) != 1 {
		return false
	}
	src := g.Sources[0]
	if src.Last != src.First+1 || src.First == 0 || d.POSNames[d.POS[src.First]] != "WDT" {
		return false
	}
	return t.unvoicedWords.Field(d.Low[src.First-1], 0) == "surface"
}
