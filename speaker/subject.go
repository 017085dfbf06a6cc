package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Subjects the tagger left unlabelled. A finite cue without a source
// would otherwise share the speaker of the statement before; when its
// own sentence names a subject for it, that subject speaks (or no one
// the text names), never the speaker carried over.

// appositiveEnd returns the comma that opens a phrase set off by commas
// right before the cue at token k ("Lord Walker, the one law lord to
// oppose the appeal, said"; "Mr Hale, speaking in Oslo, said"): a
// phrase with no finite verb outside quotations, or a relative clause
// ("Mr Ashdown, who will unveil his plans on Monday, said"); -1 when
// there is none.
func (r *Resolver) appositiveEnd(k int) int {
	d := r.d
	if !isComma(d, k-1) {
		return -1
	}
	o := k - 2
	for o > 0 && d.Sent[o] == d.Sent[k] && !isComma(d, o) {
		o--
	}
	if !isComma(d, o) || d.Sent[o] != d.Sent[k] || o+1 >= k-1 {
		return -1
	}
	if layer.IsRelative(d.Low[o+1]) {
		return o
	}
	for v := o + 1; v < k-1; v++ {
		if r.finite(v) && d.Quote[v] < 0 || d.Toks[v].Kind == token.Quote {
			return -1 // a clause of its own, or a quotation
		}
	}
	return o
}

// coordinatedSubject returns the subject of the clause a cue after
// "but" or "and" is joined to ("No 10 was similarly cautious but said
// …"; "The group 'welcomed' the plan, but said …"): the noun phrase
// before the nearest finite verb ahead of the conjunction, a word quoted
// alone counting as one.
func (r *Resolver) coordinatedSubject(g attrib.Group, k int) (attrib.Run, bool) {
	d := r.d
	if k < 2 || r.pos(k-1) != "CC" || d.Sent[k-1] != d.Sent[k] {
		return attrib.Run{}, false
	}
	s := d.Sents[d.Sent[k]].First
	for v := k - 2; v >= s; v-- {
		if d.Toks[v].Kind == token.Quote || !r.finite(v) || d.Quote[v] >= 0 && !r.quotedAlone(v) {
			continue
		}
		if r.ents.inContent(d.Toks[v].Start) {
			continue // what the statement before in the sentence says
		}
		f, l := r.subjectBefore(r.quoteStart(v))
		if f > s && layer.IsComplementizer(d.Low[f-1]) {
			continue // "repeating its view that the auction was illegal, and said": reported, not the subject's clause
		}
		if f == l || l-f == 1 && (layer.IsEmptySubject(d.Low[f]) || r.mentions.IsQuantifier(d.Low[f])) {
			return attrib.Run{}, false
		}
		return attrib.Run{Role: g.Source.Role, First: f, Last: l}, true
	}
	return attrib.Run{}, false
}

// quotedAlone reports whether token k is the one word of a quotation
// ("'congratulated'").
func (r *Resolver) quotedAlone(k int) bool {
	q := r.d.Quote[k]
	if q < 0 {
		return false
	}
	sp := r.d.Quotes[q]
	return sp.First == k && sp.Last == k+1
}

// quoteStart returns the opening mark of the quotation token k is the
// one word of, or k.
func (r *Resolver) quoteStart(k int) int {
	if r.quotedAlone(k) {
		return r.d.Quotes[r.d.Quote[k]].Open
	}
	return k
}

// postposedSubject returns the noun phrase after a cue that follows a
// quotation and a comma and ends its sentence ("'…,' added Mr Lane."):
// the speaker the tagger left unlabelled.
func (r *Resolver) postposedSubject(g attrib.Group, k int) (attrib.Run, bool) {
	d := r.d
	if k < 2 || !(isComma(d, k-1) && d.Toks[k-2].Kind == token.Quote || d.Toks[k-1].Kind == token.Quote && isComma(d, k-2)) {
		return attrib.Run{}, false
	}
	f := k + int(d.Cue[k].N)
	if d.Cue[k].N == 0 {
		f = k + 1
	}
	l := f
	for l < len(d.Toks) && d.Sent[l] == d.Sent[k] && d.Toks[l].Kind == token.Word && !strings.HasPrefix(r.pos(l), "VB") && l-f < 6 {
		l++
	}
	if f == l || l < len(d.Toks) && d.Sent[l] == d.Sent[k] && !isComma(d, l) && d.Toks[l].Kind != token.Punct {
		return attrib.Run{}, false // none, or the phrase runs on
	}
	if !layer.Capitalised(d.Toks[f].Text(d.Text)) && r.pos(f) != "DT" {
		return attrib.Run{}, false // "…," said yesterday: no subject
	}
	return attrib.Run{Role: g.Source.Role, First: f, Last: l}, true
}
