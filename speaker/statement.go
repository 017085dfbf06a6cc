package speaker

import (
	"strings"
	"unicode"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
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
