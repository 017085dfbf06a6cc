package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// pronounOwned returns the speaker of a source run src that names a
// document or statement through a possessive pronoun ("its report said",
// "his ruling states", "Her lawsuit, filed in March, claims"): whom the
// pronoun means, as "the Harbour Trust's report" is the trust's
// (documentOwned). Up to two lower-case modifiers may stand before the
// noun ("its latest estimate"), and an aside after a comma may follow it.
// ok is false when src is no such run or the pronoun means no one.
func (r *Resolver) pronounOwned(src attrib.Run) (claimtrail.Speaker, bool) {
	d := r.d
	pron := r.owned.Field(d.Low[src.First], 0)
	if pron == "" || pron == "statement" {
		return claimtrail.Speaker{}, false
	}
	noun := src.First + 1
	for noun < src.Last && noun-src.First <= 3 && r.lowerWord(noun) && !r.ownedNoun(noun) {
		noun++
	}
	if noun >= src.Last || !r.ownedNoun(noun) || noun+1 < src.Last && !isComma(d, noun+1) {
		return claimtrail.Speaker{}, false // "his opponent's backhand", "its chief executive"
	}
	tok := []token.Token{{Span: claimtrail.Span{Start: 0, End: len(pron)}, Kind: token.Word}}
	m := r.mentions.Parse(pron, tok, nil)
	if m.Kind != mention.Pronoun {
		return claimtrail.Speaker{}, false
	}
	at := claimtrail.Span{Start: d.Toks[src.First].Start, End: d.Toks[src.First].End}
	ei := r.referent(m, attrib.Run{Role: src.Role, First: src.First, Last: src.First + 1}, at)
	if ei < 0 {
		return claimtrail.Speaker{}, false
	}
	e := &r.ents.list[ei]
	if r.mentions.IsDocument(d.Low[noun]) {
		e.document = d.Low[noun] // "Its report said … The report added": the same owner
	}
	sp := claimtrail.Span{Start: d.Toks[src.First].Start, End: d.Toks[src.Last-1].End}
	r.notedSent = d.Sent[src.First]
	r.lastEnt, r.spokeEnt = ei, ei // "his ruling said … He said": the judge again; "it said" after "its report": the body
	return claimtrail.Speaker{Name: e.name, Role: e.role, Affiliation: e.affiliation, Type: e.typ, Mention: d.Text[sp.Start:sp.End], Span: &sp}, true
}

// ownedNoun reports whether token k is a lower-case noun naming what
// speaks for its owner: a document ("report", "figures") or a statement
// the owned-statements table lists ("ruling", "lawsuit").
func (r *Resolver) ownedNoun(k int) bool {
	w := r.d.Low[k]
	return r.lowerWord(k) && (r.mentions.IsDocument(w) || r.owned.Field(w, 0) == "statement")
}
