package speaker

import (
	"strings"
	"unicode"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// statementBy returns who made the statement a mention m of the words
// src names by its channel noun (channels.tsv, kind "statement": "the
// statement", "the press release"): the body whose name is written
// before the noun ("An IAAF statement said" → IAAF), else, for "the
// statement" the text named no one in, the last speaker when it spoke
// in the sentence or the two before ("The statement continued").
// ok is false when m names no statement or no one made it.
func (r *Resolver) statementBy(m mention.Mention, src attrib.Run) (ei int, ok bool) {
	trimmed := strings.TrimRightFunc(m.Name, unicode.IsSpace)
	last := trimmed[strings.LastIndexFunc(trimmed, unicode.IsSpace)+1:] // strings.Fields's last word
	if last == "" || r.channels.FieldFold(last, 0) != "statement" {
		return -1, false
	}
	ws := strings.Fields(m.Name)
	d, es, k := r.d, &r.ents, src.First
	lead := ws[:len(ws)-1]
	if len(lead) > 0 && layer.IsDeterminer(strings.ToLower(lead[0])) {
		lead = lead[1:]
	}
	if len(lead) == 0 {
		if !layer.IsDefinite(d.Low[k]) || src.Last-k != 2 || r.lastEnt < 0 || r.lastEnt >= len(es.list) || es.list[r.lastEnt].at < windowStart(d, d.Sent[k]) {
			return -1, false
		}
		return r.lastEnt, true
	}
	if !r.properName(strings.Join(lead, " ")) || layer.Capitalised(lead[0]) && strings.HasSuffix(lead[len(lead)-1], "'s") {
		return -1, false // "the government statement"; "Smith's statement" is read as a possessive elsewhere
	}
	name := strings.Join(lead, " ")
	if e := es.named(name); e != nil {
		for i := range es.list {
			if &es.list[i] == e {
				return i, true
			}
		}
	}
	return es.add(entity{name: name, typ: claimtrail.SpeakerOrganization, at: d.Toks[k].Start, named: -1}), true
}

// statementOwner returns the token of the possessive ending in a source
// run src that names a statement by its owner and its channel noun
// ("Mr Crosby's statement", "the company's statement"), -1 when src is
// none.
func (r *Resolver) statementOwner(src attrib.Run) int {
	d, p := r.d, src.Last-2
	if p <= src.First || r.channels.Field(d.Low[src.Last-1], 0) != "statement" || !r.possessive(p) {
		return -1
	}
	return p
}

// ownedTail returns the words naming the owner of a statement or
// document at the start of source run src (first … the possessive at p)
// and the end of the words naming it (end, the token after its noun)
// when a phrase saying where, when or about what follows the noun
// ("Kessel Town's statement to the stock exchange", "Lord Vell's report
// earlier this year into the floods"), or when the noun is one
// owned-statements.tsv lists, which speaks for its owner as "its
// website" does ("the Harbour Party's website"); end is -1 when src is
// no such run. The phrase opens with a preposition, maybe after up to
// three lower-case words or figures ("earlier this year").
func (r *Resolver) ownedTail(src attrib.Run) (p, end int) {
	d := r.d
	p = src.First + 1
	for p < src.Last && p-src.First <= 5 && !r.possessive(p) {
		p++
	}
	if p >= src.Last-1 || !r.possessive(p) {
		return 0, -1
	}
	for k := src.First; k < p; k++ {
		if r.opensPhrase(k) {
			return 0, -1 // "the instructions on Tolvane's website": the instructions speak
		}
	}
	noun := p + 1
	for noun < src.Last-1 && noun-p <= 2 && r.lowerWord(noun) && !r.statementNoun(noun) {
		noun++ // "latest", "annual"
	}
	if !r.statementNoun(noun) {
		return 0, -1
	}
	if noun+1 == src.Last && r.ownedOnly(noun) {
		return p, src.Last
	}
	k := noun + 1
	for k < src.Last && k-noun <= 3 && (r.lowerWord(k) || d.Toks[k].Kind == token.Number) && !r.opensPhrase(k) {
		k++
	}
	if k >= src.Last || !r.opensPhrase(k) {
		return 0, -1
	}
	return p, noun + 1
}

// ownedOnly reports whether token k is a noun of owned-statements.tsv
// that is no document and no statement ("website", "letter"), which
// statementOwner and documentOwned do not read.
func (r *Resolver) ownedOnly(k int) bool {
	w := r.d.Low[k]
	return r.owned.Field(w, 0) == "statement" && !r.mentions.IsDocument(w) && r.channels.Field(w, 0) != "statement"
}

// statementNoun reports whether token k is a lower-case noun naming what
// speaks for its owner: a statement (channels.tsv), a document or a noun
// of owned-statements.tsv (ownedNoun).
func (r *Resolver) statementNoun(k int) bool {
	return r.lowerWord(k) && r.channels.Field(r.d.Low[k], 0) == "statement" || r.ownedNoun(k)
}

// opensPhrase reports whether token k is a preposition: one the word
// classes list, or one the POS tagger marks ("into", "to").
func (r *Resolver) opensPhrase(k int) bool {
	p := r.pos(k)
	return layer.OpensPhrase(r.d.Low[k]) || p == "IN" || p == "TO"
}

// tailOwned returns the speaker of a source run src that names an
// owner's statement or document with a phrase after its noun, or an
// owner's website (ownedTail): the owner, read from the words before the
// phrase, as statementOwner and documentOwned read "Kessel Town's
// statement"; ok is false when src is no such run or those words resolve
// to no one but themselves. sp is src's span.
func (r *Resolver) tailOwned(src attrib.Run, sp claimtrail.Span) (who claimtrail.Speaker, ok bool) {
	p, end := r.ownedTail(src)
	if end < 0 {
		return who, false
	}
	inner := attrib.Run{Role: src.Role, First: src.First, Last: end}
	owner := r.ownedOnly(end - 1)
	if owner {
		inner.Last = p // "the Harbour Party's website": the party
	}
	lastEnt, spokeEnt, noted := r.lastEnt, r.spokeEnt, r.notedSent
	who = r.source(inner)
	// a described owner resolved to an outlet ("the telephone firm's
	// website" after "The Varnia Post website reported") is none
	described := layer.IsDeterminer(r.d.Low[src.First]) && who.Type == claimtrail.SpeakerPublication
	if who.Span != nil && who.Name != "" && (owner || who.Name != who.Mention) && !described {
		who.Mention, who.Span = r.d.Text[sp.Start:sp.End], &sp
		return who, true
	}
	r.lastEnt, r.spokeEnt, r.notedSent = lastEnt, spokeEnt, noted
	return claimtrail.Speaker{}, false
}
