package speaker

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// bodyByHead returns the organisation a definite description of a body
// at tokens [k, last) ("the alliance", "the party") names when nothing
// near it did: the body the article names with a proper name of two
// words or more that ends in the description's head word, capitalised
// ("the Making Decisions Alliance … the alliance said", within
// bodyReach sentences; body-heads.tsv:
// not "the bank", which a text uses for a bank it describes as well as
// names) — the nearest
// before it, else the first after it — when the article names no other
// body so; -1 when none fits. A description that holds a possessive or
// a preposition ("the party's leader", "the party in Scotland"), opens
// with no "the", or stands inside what a statement says names no one
// this way.
func (r *Resolver) bodyByHead(k, last int) int {
	d, es := r.d, &r.ents
	if es.inContent(d.Toks[k].Start) || !layer.IsDefinite(d.Low[k]) || last-k < 2 {
		return -1
	}
	for q := k + 1; q < last; q++ {
		if d.Toks[q].Kind != token.Word || layer.Capitalised(d.Toks[q].Text(d.Text)) || r.possessive(q) || layer.IsPreposition(d.Low[q]) {
			return -1
		}
	}
	head := d.Low[last-1]
	if !r.bodyHeads.Has(head) {
		return -1
	}
	var before, after string
	lo, hi := r.sentenceWindow(d.Sent[k], bodyReach)
	for q := max(lo, 1); q < hi; q++ {
		if q == last-1 || d.Low[q] != head || !layer.Capitalised(d.Toks[q].Text(d.Text)) || es.inContent(d.Toks[q].Start) {
			continue
		}
		name := r.bodyEndingAt(q)
		if name == "" {
			continue
		}
		if q < k {
			if before != "" && before != name {
				return -1 // "the Liberal Party … the Labour Party": which one, the text does not say
			}
			before = name
		} else if after == "" {
			after = name
		} else if after != name {
			return -1
		}
	}
	if before != "" && after != "" && before != after {
		return -1
	}
	name := before
	if name == "" {
		name = after
	}
	if name == "" {
		return -1
	}
	return es.add(entity{name: name, typ: claimtrail.SpeakerOrganization, at: d.Toks[k].Start, named: -1})
}

// bodyReach is how many sentences before or after "the alliance" the
// body's name may be: an article's length, and a long text's cost
// linear.
const bodyReach = 40

// bodyEndingAt returns the proper name of two to six words, in one
// sentence, that the capitalised word at token q ends — words and the
// joiners of a name ("Council of Mortgage Lenders"), no leading "The",
// no capitalised word after it ("Foreign Minister Ada Vell" names a
// person) — "" when there is none.
func (r *Resolver) bodyEndingAt(q int) string {
	d := r.d
	if q+1 < len(d.Toks) && d.Sent[q+1] == d.Sent[q] && d.Toks[q+1].Kind == token.Word && layer.Capitalised(d.Toks[q+1].Text(d.Text)) {
		return ""
	}
	f := q
	for f > 0 && q-f < 5 && d.Sent[f-1] == d.Sent[q] && d.Toks[f-1].Kind == token.Word &&
		(layer.Capitalised(d.Toks[f-1].Text(d.Text)) || r.joiners.Has(d.Low[f-1]) && f-2 >= 0 && layer.Capitalised(d.Toks[f-2].Text(d.Text))) {
		f--
	}
	for f < q && (layer.IsDeterminer(d.Low[f]) || r.mentions.IsOpener(d.Low[f]) || r.stopwords.Has(d.Low[f])) {
		f++ // "The", "But"
	}
	if f == q {
		return ""
	}
	return d.Text[d.Toks[f].Start:d.Toks[q].End]
}
