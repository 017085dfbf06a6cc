package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// Subjects the tagger left unlabelled. A finite cue without a source
// would otherwise share the speaker of the statement before; when its
// own sentence names a subject for it, that subject speaks (or no one
// the text names), never the speaker carried over.

// ownSubject returns the subject of the finite cue at token k, which
// has no source and would otherwise share the speaker before it.
func (r *Resolver) ownSubject(g attrib.Group, k int) (attrib.Run, bool) {
	d := r.d
	if run, ok := r.postposedSubject(g, k); ok {
		return run, true // "'…,' added Mr Lane."
	}
	if run, ok := r.coordinatedSubject(g, k); ok {
		return run, true // "No 10 was cautious but said"
	}
	e := k
	if isComma(d, e-1) {
		// "Mr Ashdown, who will unveil his plans on Monday, said"
		if e = r.appositiveEnd(k); e < 0 {
			return attrib.Run{}, false
		}
	}
	f, l := r.subjectBefore(e)
	if f == l || l-f == 1 && (layer.IsEmptySubject(d.Low[f]) || d.Toks[f].Kind != token.Word || r.mentions.IsQuantifier(d.Low[f])) {
		return attrib.Run{}, false // none, an expletive "it" or "there", or a lone "all"
	}
	if r.pos(l-1) == "CC" && r.cueVerb(g) > k {
		return attrib.Run{}, false // "the prime minister time and again insisted": no phrase's end
	}
	if e < k && r.properRun(e+1, k-1) && r.read(f, l).Kind != mention.Proper {
		f, l = e+1, k-1 // "A France coach, Bernard Laporte, observed": the name
	}
	return attrib.Run{Role: g.Source.Role, First: f, Last: l}, true
}

// cueVerb returns the first token of g's cue that is no adverb.
func (r *Resolver) cueVerb(g attrib.Group) int {
	for v := g.Cue.First; v < g.Cue.Last; v++ {
		if r.pos(v) != "RB" {
			return v
		}
	}
	return g.Cue.First
}

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
		if r.finite(v) && d.Quote[v] < 0 && !layer.Capitalised(d.Toks[v].Text(d.Text)) || d.Toks[v].Kind == token.Quote {
			return -1 // a clause of its own, or a quotation
		}
	}
	return o
}

// coordinatedSubject returns the subject of the clause a cue after
// "but" or "and" is joined to ("No 10 was similarly cautious but said
// …"; "The group 'welcomed' the plan, but said …"): the noun phrase
// before the nearest finite verb ahead of the conjunction, a word quoted
// alone counting as one. attrib's Tagger.coordinatedSubject reads the
// same construction first, more strictly (a subject opening the clause,
// nothing between it and the conjunction that may open another clause),
// and labels it as the tagger's source; this looser reading serves
// where that one declined. They stay apart on purpose (see there).
func (r *Resolver) coordinatedSubject(g attrib.Group, k int) (attrib.Run, bool) {
	d := r.d
	if k < 2 || r.pos(k-1) != "CC" || d.Sent[k-1] != d.Sent[k] {
		return attrib.Run{}, false
	}
	s := d.Sents[d.Sent[k]].First
	for v := k - 2; v >= s; v-- {
		alone := r.quotedAlone(v) // "'congratulated'": the tags may call it a participle
		if d.Toks[v].Kind == token.Quote || !r.finite(v) && !(alone && r.pos(v) == "VBN") || d.Quote[v] >= 0 && !alone {
			continue
		}
		if r.ents.inContent(d.Toks[v].Start) {
			continue // what the statement before in the sentence says
		}
		f, l := r.subjectBefore(r.quoteStart(v))
		if f > s && layer.IsComplementizer(d.Low[f-1]) {
			continue // "repeating its view that the auction was illegal, and said": reported, not the subject's clause
		}
		if f == l && (alone || v > s && layer.IsRelative(d.Low[v-1])) {
			continue // "which governs the succession": a clause inside the subject's; "had 'failed'"
		}
		if f == l {
			return attrib.Run{}, false
		}
		if l-f == 1 && (layer.IsEmptySubject(d.Low[f]) || r.mentions.IsQuantifier(d.Low[f])) {
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
// comma (and a quotation) and ends its clause ("'…,' added Mr Lane.";
// "…, argues the report, broadband …"; "…, said Mr Vale and that …"):
// the speaker the tagger left unlabelled. A name or a phrase opening
// with a determiner only: "…, said yesterday" names no one.
func (r *Resolver) postposedSubject(g attrib.Group, k int) (attrib.Run, bool) {
	d := r.d
	if !isComma(d, k-1) && !(d.Toks[k-1].Kind == token.Quote && isComma(d, k-2)) {
		return attrib.Run{}, false
	}
	for _, c := range g.Contents {
		if c.First >= g.Cue.Last && c.First < c.Last && d.Sent[c.First] == d.Sent[k] {
			return attrib.Run{}, false // what is said follows: the phrase is its object ("…, has accused the director of …")
		}
	}
	f := g.Cue.Last
	l := f
	for l < len(d.Toks) && d.Sent[l] == d.Sent[k] && d.Toks[l].Kind == token.Word && l-f < 7 && !r.endsPhrase(l) {
		l++
	}
	if f == l || l < len(d.Toks) && d.Sent[l] == d.Sent[k] && d.Toks[l].Kind == token.Word && !r.endsPhrase(l) {
		return attrib.Run{}, false // none, the phrase runs on, or it is the subject of what is said ("…, said the cranes were sound")
	}
	if !layer.Capitalised(d.Toks[f].Text(d.Text)) && r.pos(f) != "DT" || r.timeAt(f, l) {
		return attrib.Run{}, false
	}
	return attrib.Run{Role: g.Source.Role, First: f, Last: l}, true
}

// endsPhrase reports whether token k, a preposition, conjunction or
// adverb, ends the noun phrase before it ("said Mr Vale and that …";
// "said Ms Aro ahead of the vote"); a verb does not: the phrase is then
// the subject of what is said.
func (r *Resolver) endsPhrase(k int) bool {
	switch r.pos(k) {
	case "IN", "CC", "TO", "RB":
		return true
	}
	return false
}

// timeAt reports whether tokens [f, l) hold a time expression ("said
// on Monday").
func (r *Resolver) timeAt(f, l int) bool {
	return len(r.d.TimexIn(r.d.Toks[f].Start, r.d.Toks[l-1].End)) > 0
}

// beforeAgent returns where the name in src ends when a participle with
// its agent follows a person's noun ("one analyst quoted by the AFP news
// agency"): the agent relays the speaker, it is no part of the name. A
// document's author ("figures released by the ministry") stays: the
// author speaks.
func (r *Resolver) beforeAgent(src attrib.Run) int {
	d := r.d
	if d.POS == nil {
		return src.Last
	}
	for k := src.First + 1; k+1 < src.Last; k++ {
		head := d.Low[k-1]
		if r.pos(k) == "VBN" && strings.HasPrefix(r.pos(k-1), "NN") && r.mentions.IsAgent(d.Low[k+1]) &&
			(r.mentions.IsRoleWord(head) || r.mentions.IsPeoplePlural(head)) && !r.mentions.IsDocument(head) {
			return k
		}
	}
	return src.Last
}
