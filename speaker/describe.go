package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// organizationNamed returns the organisation a definite description m
// at token k ("the airline", "the firm") names when no organisation is
// near it (organizationBefore): the name the text gives right after the
// description's head word before ("German airline Lufthansa … the
// airline said"), else the latest organisation that spoke, by name, in
// its sentence or the five before; -1 when there is none.
func (r *Resolver) organizationNamed(m mention.Mention, k int) int {
	d, es := r.d, &r.ents
	at := d.Toks[k].Start
	if f, l := r.nameAfterHead(m.Head, k); f < l {
		i := es.add(entity{name: d.Text[d.Toks[f].Start:d.Toks[l-1].End], typ: claimtrail.SpeakerOrganization, at: d.Toks[f].Start, named: -1})
		if e := &es.list[i]; e.typ == claimtrail.SpeakerPerson && e.end == 0 {
			e.typ = claimtrail.SpeakerOrganization // the tags' person, never a speaker: "airline Ryanair"
		}
		return i
	}
	from := d.Toks[d.Sents[max(d.Sent[k]-5, 0)].First].Start
	best := -1
	for i, e := range es.list {
		if e.typ == claimtrail.SpeakerOrganization && e.end > 0 && r.properName(e.name) && e.at >= from && e.at < at && (best < 0 || e.at > es.list[best].at) {
			best = i
		}
	}
	return best
}

// nameAfterHead returns the tokens of the latest run of capitalised words
// before token k that follows the word head ("airline Lufthansa",
// "drugmaker Dr Reddy's"), at most five and within its line; first ==
// last when there is none.
func (r *Resolver) nameAfterHead(head string, k int) (first, last int) {
	d := r.d
	if head == "" {
		return 0, 0
	}
	for q := k - 2; q >= 0; q-- {
		if d.Low[q] != strings.ToLower(head) || d.Toks[q+1].Kind != token.Word || !layer.Capitalised(d.Toks[q+1].Text(d.Text)) {
			continue
		}
		e := q + 1
		for e < k && e-q <= 5 && d.Toks[e].Kind == token.Word && layer.Capitalised(d.Toks[e].Text(d.Text)) && d.Line[e] == d.Line[q] && d.Sent[e] == d.Sent[q] {
			e++
		}
		if !r.mentions.IsTitle(d.Low[q+1]) || e-q > 2 {
			return q + 1, e
		}
	}
	return 0, 0
}

// properName reports whether every word of name is capitalised or joins
// the words of a name ("Bank of England"): "Tiger Woods among other
// stars" is none.
func (r *Resolver) properName(name string) bool {
	for _, w := range strings.Fields(name) {
		if !layer.Capitalised(w) && !r.joiners.Has(w) {
			return false
		}
	}
	return name != ""
}

// publicationNamed returns the publication a definite description of one
// at byte at ("the paper", "the newspaper") names when the text named
// none the publications table knows by its last words: the latest
// speaker before it whose name holds a publication's words inside
// ("the Financial Times Deutschland reported … the paper said"), typed
// a publication from then on; -1 when there is none.
func (r *Resolver) publicationNamed(at int) int {
	es := &r.ents
	best := -1
	for i, e := range es.list {
		if e.end > 0 && e.at < at && e.typ != claimtrail.SpeakerPerson && (best < 0 || e.at > es.list[best].at) && r.holdsPublication(e.name) {
			best = i
		}
	}
	if best >= 0 {
		es.list[best].typ = claimtrail.SpeakerPublication
	}
	return best
}

// holdsPublication reports whether two capitalised words of name in a
// row end a publication's name ("Financial Times Deutschland").
func (r *Resolver) holdsPublication(name string) bool {
	ws := strings.Fields(name)
	for i := 1; i < len(ws); i++ {
		if layer.Capitalised(ws[i-1]) && layer.Capitalised(ws[i]) && r.mentions.IsPublication(strings.ToLower(ws[i-1]), strings.ToLower(ws[i])) {
			return true
		}
	}
	return false
}

// publicationName returns the name a description of a news outlet
// gives before its head noun, written lower-case (outlet-nouns.tsv):
// "Mirror" of "The Mirror newspaper", "China Daily" of "the China Daily
// newspaper"; "" when it gives none ("the paper", "the local paper"),
// names a document ("the Gartner report": no Gartner speaks) or is a
// body's own name ("the European Medicines Agency").
func (r *Resolver) publicationName(m mention.Mention) string {
	if m.Kind != mention.Definite || m.Type != claimtrail.SpeakerPublication {
		return ""
	}
	ws := strings.Fields(m.Name)
	if len(ws) < 2 || ws[len(ws)-1] != m.Head || !r.outletNouns.Has(m.Head) {
		return ""
	}
	ws = ws[:len(ws)-1]
	if layer.IsDeterminer(ws[0]) {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	for _, w := range ws {
		if !layer.Capitalised(w) {
			return ""
		}
	}
	return strings.Join(ws, " ")
}
