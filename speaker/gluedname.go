package speaker

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A word the entity tags glue to the front of a person's name: a
// headline's adjective ("Troubled Marsh under scrutiny", where the text
// writes "troubled insurance broker Marsh"), a weekday ("on Thursday
// Intel announced"), a place after "in" ("speaking in Thaliand Hingis
// admitted", where the text names Martina Hingis). The name starts after
// it: a strict reader counts "Troubled Marsh" a wrong speaker.

// gluedOpener reports whether the first word of the tagged person run
// from i to j is no part of the name.
func (r *Resolver) gluedOpener(i, j int) bool {
	d := r.d
	if j-i < 2 || d.Toks[i].Kind != token.Word {
		return false
	}
	lw := d.Low[i]
	if r.days.Has(lw) {
		return !r.endsName(d.Low[i+1]) // "Thursday Intel", not "Sunday Telegraph"
	}
	if r.givenNames.Has(lw) || r.mentions.Gender(lw) != "" || r.mentions.IsRoleWord(lw) {
		return false // "Rose Vell", "Mr Vell", "Chancellor Vell"
	}
	if r.writtenLower(i) {
		return true // "Troubled Marsh" by "troubled insurance broker"
	}
	return j-i == 2 && i > 0 && layer.IsPreposition(d.Low[i-1]) && !layer.IsGenitive(d.Low[i-1]) && r.otherGivenName(i, d.Toks[i+1].Text(d.Text))
}

// writtenLower reports whether the text writes the word at token i, a
// capitalised one opening its sentence, in lower case elsewhere.
func (r *Resolver) writtenLower(i int) bool {
	d := r.d
	if !r.opensSentence(i) {
		return false
	}
	lw := d.Low[i]
	for k := range d.Toks {
		if k != i && d.Low[k] == lw && d.Toks[k].Text(d.Text) == lw {
			return true
		}
	}
	return false
}

// otherGivenName reports whether the text names a person with surname
// after a first name the tags open a person's name with, other than the
// word at token i: "Martina Hingis"
// makes "Thaliand Hingis" a place and the surname.
func (r *Resolver) otherGivenName(i int, surname string) bool {
	d := r.d
	if d.NER == nil {
		return false
	}
	for k := 1; k < len(d.Toks); k++ {
		if k-1 != i && d.Toks[k].Text(d.Text) == surname && d.NERNames[d.NER[k-1]] == "B-PERSON" && layer.Capitalised(d.Toks[k-1].Text(d.Text)) &&
			!r.mentions.IsTitle(d.Low[k-1]) { // ("Mr Botin" gives no first name)
			return true
		}
	}
	return false
}

// nameBeforeAmpersand returns where the name holding the organisation
// name that the tags open at token i starts: at the first of the
// capitalised words in its line before an "&" right before i
// ("Kessel Farms & Dairy Products", which the tags cut at the "&"),
// else i.
func (r *Resolver) nameBeforeAmpersand(i int) int {
	d := r.d
	if i < 2 || d.Low[i-1] != "&" || d.Line[i-2] != d.Line[i] {
		return i
	}
	f := i - 1
	for f > 0 && d.Line[f-1] == d.Line[i] && d.Toks[f-1].Kind == token.Word && layer.Capitalised(d.Toks[f-1].Text(d.Text)) && !r.mentions.IsOpener(d.Low[f-1]) && !layer.IsPreposition(d.Low[f-1]) {
		f--
	}
	if f == i-1 {
		return i
	}
	return f
}
