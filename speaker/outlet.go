package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// outletNamed returns the outlet a definite description with head head
// at src names by its kind (outlet-kinds.tsv): the one name the text
// gave before it beside a word of that kind — after it ("US magazine
// Rolling Stone", "fan website Trek United"), before it ("PC Pro
// magazine") or holding it ("Radio 1" for "the station") — typed a
// publication; -1 when the text named none or two such outlets
// ("the channel" after both "Sky One" and "E4 channel" is left as
// written), or the description says more than the kind ("the firm's
// website", "the club website": another's outlet). A name a person of
// the text bears ("Bush site") names none; of two names one ending the
// other ("BBC Radio 1", "Radio 1") the longer is the outlet's.
func (r *Resolver) outletNamed(head string, src attrib.Run) int {
	kind := r.outletKinds.Field(strings.ToLower(head), 0)
	d, k := r.d, src.First
	if kind == "" || !r.onlyKindWords(src, kind) {
		return -1
	}
	found := ""
	for q := 0; q < k; q++ {
		if r.outletKinds.Field(d.Low[q], 0) != kind {
			continue
		}
		name, after := r.outletBeside(q, k)
		if name == "" || !after && r.personsName(name) {
			continue
		}
		switch {
		case found == "" || strings.HasSuffix(name, " "+found):
			found = name
		case found != name && !strings.HasSuffix(found, " "+name):
			return -1
		}
	}
	if found == "" {
		return -1
	}
	i := r.ents.add(entity{name: found, typ: claimtrail.SpeakerPublication, at: d.Toks[k].Start, named: -1})
	r.ents.list[i].typ = claimtrail.SpeakerPublication
	return i
}

// outletBeside returns the capitalised name the kind word at token q
// (before token k) stands in or beside, "" when none: the run holding
// it when it is capitalised, not opening its sentence and a word outlets
// carry in their names ("BBC Radio 2", a number closing it; not
// "Popular Website Shows Bias"), else the run after it (after is set: "magazine
// Rolling Stone" says what Rolling Stone is), else the run before it.
func (r *Resolver) outletBeside(q, k int) (name string, after bool) {
	d := r.d
	inName := func(j int) bool {
		return j >= 0 && j < k && d.Sent[j] == d.Sent[q] && d.Toks[j].Kind == token.Word && layer.Capitalised(d.Toks[j].Text(d.Text))
	}
	span := func(f, l int) string { return d.Text[d.Toks[f].Start:d.Toks[l].End] }
	if inName(q) && d.Sents[d.Sent[q]].First != q && r.outletKinds.Field(d.Low[q], 1) == "in-name" {
		f, l := q, q
		for f > q-4 && inName(f-1) && d.Sents[d.Sent[q]].First != f-1 {
			f--
		}
		for l < q+4 && inName(l+1) {
			l++
		}
		if l+1 < k && d.Toks[l+1].Kind == token.Number && d.Sent[l+1] == d.Sent[q] {
			l++ // "Radio 1", and no more: "Radio 1 Thursday night show"
		}
		if f == q && l == q {
			return "", false // "Channel" alone names no outlet
		}
		return span(f, l), false
	}
	if inName(q) {
		return "", false // a kind word opening a sentence: "Radio stations said …"
	}
	if inName(q + 1) {
		l := q + 1
		for l < q+5 && inName(l+1) {
			l++
		}
		return span(q+1, l), true
	}
	if inName(q-1) && d.Sents[d.Sent[q]].First != q-1 {
		f := q - 1
		for f > q-5 && inName(f-1) && d.Sents[d.Sent[q]].First != f-1 {
			f--
		}
		return span(f, q-1), false
	}
	return "", false
}

// onlyKindWords reports whether the description at src is a determiner
// and words telling an outlet's kind kind alone ("the station", "the
// radio station"), nothing that makes it another's ("the firm's
// website") or a part of one ("the club website").
func (r *Resolver) onlyKindWords(src attrib.Run, kind string) bool {
	d := r.d
	if src.Last-src.First < 2 || !layer.IsDeterminer(d.Low[src.First]) {
		return false
	}
	for j := src.First + 1; j < src.Last; j++ {
		if r.outletKinds.Field(d.Low[j], 0) != kind {
			return false
		}
	}
	return true
}

// personsName reports whether name is a person's the text names: "Bush
// site" names no outlet called Bush.
func (r *Resolver) personsName(name string) bool {
	bears := func(e entity) bool {
		return e.typ == claimtrail.SpeakerPerson && (e.name == name || strings.HasSuffix(e.name, " "+name))
	}
	for _, e := range r.ents.people {
		if bears(e) {
			return true
		}
	}
	for _, e := range r.ents.list {
		if bears(e) {
			return true
		}
	}
	return false
}
