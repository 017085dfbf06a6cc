package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
)

// colonSpeaker returns who speaks the words after a colon whose source
// the tagger took from inside its sentence rather than from its start,
// when that source is the one spoken to ("He told Leeds News' Sunday
// with Ada Vell: '…'", "Mr Kell told Radio Leeds' Breakfast Programme:
// '…'"): the speaker of the statement before in the sentence when the
// source lies inside what it says, else the person a group the cue rules
// dropped named earlier in the sentence (Note); false for any other
// colon. A colon opening its sentence's words ("Ada Vell: '…'", a
// transcript's) keeps its source.
func (r *Resolver) colonSpeaker(g attrib.Group, prev *claimtrail.Statement, sent int32) (claimtrail.Speaker, bool) {
	d, es := r.d, &r.ents
	k := g.Source.First
	if len(g.Sources) == 0 || d.Low[g.Cue.First] != ":" || k == d.Sents[sent].First || d.Line[k-1] != d.Line[k] {
		return claimtrail.Speaker{}, false
	}
	at := d.Toks[k].Start
	if prev != nil && prev.Speaker.Name != "" && prev.Span.Start >= d.Toks[d.Sents[sent].First].Start {
		for _, c := range prev.Content.Spans {
			if c.Start <= at && at < c.End {
				return prev.Speaker, true
			}
		}
	}
	if es.noted >= 0 && r.notedAt == sent && es.list[es.noted].typ == claimtrail.SpeakerPerson && es.list[es.noted].at < at {
		e := es.list[es.noted]
		r.lastEnt, r.spokeEnt = es.noted, es.noted
		return claimtrail.Speaker{Name: e.name, Role: e.role, Affiliation: e.affiliation, Type: e.typ}, true
	}
	return claimtrail.Speaker{}, false
}
