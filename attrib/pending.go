package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// pendingAnnouncement reports whether g's cue is a verb of making
// public (cue-contexts `pending-verb`: announce, reveal, unveil) still
// to come or not done: a `pending` word before an infinitive's "to"
// ("is set to", "is due to", "has yet to", "failing to"), or for
// announce and unveil a future modal (`future`), between its subject
// and its head, with only an object,
// a question word or nothing after the head: "England will announce
// their squad on Saturday", "is still to announce which format it will
// back". Nothing has been said yet, so no statement is reported (the BBC
// readers' "should not exist", session 16). A clause or a quotation
// after the head ("will announce that …", "is set to announce there
// will be …") is left to the other rules: it reports what is to be said.
func (t *Tagger) pendingAnnouncement(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	k = lastPendingVerb(t, d, g.Cue, k)
	if k < 0 || t.cueContexts.Field(d.Low[k], 0) != "pending-verb" {
		return false
	}
	switch Complement(d, k) {
	case CompObj, CompWh, CompEnd, CompPrep:
	default:
		return false // "will announce that …"
	}
	from := g.Cue.First
	if len(g.Sources) > 0 {
		if src := nearest(g.Sources, g.Cue); src.Last <= g.Cue.First {
			from = src.Last
		}
	}
	for from > 0 && from > d.Sents[d.Sent[k]].First && d.POS != nil && (isAdverb(d.POSNames[d.POS[from-1]]) || d.POSNames[d.POS[from-1]] == "MD") {
		from-- // "England will announce": the modal may stand outside the cue's run
	}
	for j := from; j < k; j++ {
		switch t.cueContexts.Field(d.Low[j], 0) {
		case "future":
			if t.cueContexts.Field(d.Low[k], 1) == "future" {
				return true // "will announce its budget"; "will reveal the new fares" is left (suite s11-cue6-08)
			}
		case "pending":
			if j+1 < k && d.POSNames[d.POS[j+1]] == "TO" {
				return true
			}
		}
	}
	return false
}

// lastPendingVerb returns the last `pending-verb` word of cue run r at
// or after its head k ("is set to announce": the head the tagger reads
// may be "set"), or k when there is none.
func lastPendingVerb(t *Tagger, d *layer.Doc, r Run, k int) int {
	if k < 0 {
		return k
	}
	for j := r.Last - 1; j >= k; j-- {
		if t.cueContexts.Field(d.Low[j], 0) == "pending-verb" {
			return j
		}
	}
	return k
}

// prospectiveSaying reports whether g's cue is a word of saying in -ing
// after a preposition of means (cue-contexts `means`: "by") whose
// clause is still to come: a `pending` word before "to" ("is expected
// to", "is set to") or a future modal (`future`) stands before the
// preposition in its sentence, with no comma or quotation mark
// between. "Mr Vell is expected to win over critics by saying the tax
// will fall" tells of a speech to come (the BBC readers' "should not
// exist", session 17); "Mr Vell won over critics by saying …" stays.
func (t *Tagger) prospectiveSaying(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(t.turns) > 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 {
		return false
	}
	s := d.Sents[d.Sent[k]]
	if k-1 <= s.First || d.POSNames[d.POS[k]] != "VBG" || t.cueContexts.Field(d.Low[k-1], 0) != "means" {
		return false
	}
	for j := k - 2; j >= s.First; j-- {
		if d.Toks[j].Kind != token.Word {
			return false // a comma or a quotation mark: another clause
		}
		switch t.cueContexts.Field(d.Low[j], 0) {
		case "future":
			return true
		case "pending":
			if d.POSNames[d.POS[j+1]] == "TO" {
				return true
			}
		}
	}
	return false
}
