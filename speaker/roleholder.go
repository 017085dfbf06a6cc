package speaker

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// roleHolder returns the person a definite description of a role at
// tokens [k, last) names when nothing near it did (personBefore): the
// person the article gives that role with the description's very words,
// within roleReach sentences before or after it
// — a name right after them ("heavy metal star Ada Vell"), a name they
// follow as an apposition ("Ada Vell, the heavy metal star,") or a name
// set off by commas after them ("the economy minister, Ada Vell,") —
// when the article gives it to one surname only ("President Vell …
// President Vell Speech" is no one; office-modifiers.tsv,
// "other": "shadow home secretary Ada Vell" holds another office). A
// description by relation ("its chief", "the firm's chief", "the mayor
// of Frankfurt"), one whose role words are not all lower case, or one
// inside what a statement says names no one this way; -1 when none
// fits.
func (r *Resolver) roleHolder(k, last int) int {
	d, es := r.d, &r.ents
	if es.inContent(d.Toks[k].Start) {
		return -1
	}
	role := k
	for role < last && layer.IsDeterminer(d.Low[role]) {
		if r.officeModifiers.Field(d.Low[role], 0) == "possessor" {
			return -1
		}
		role++
	}
	n := 0
	for q := role; q < last && d.Toks[q].Kind == token.Word && !layer.Capitalised(d.Toks[q].Text(d.Text)); q++ {
		if r.possessive(q) || layer.IsPreposition(d.Low[q]) || layer.IsRelative(d.Low[q]) {
			break
		}
		n++
	}
	if n == 0 || role+n < last && (r.possessive(role+n) || layer.IsGenitive(d.Low[role+n])) {
		return -1 // "the firm's chief", "the mayor of Frankfurt": someone by relation
	}
	lo, hi := r.sentenceWindow(d.Sent[k], roleReach)
	nameLo, nameHi := r.sentenceWindow(d.Sent[k], bodyReach) // where a surname's full name may be
	name, surname := "", ""
	for q := lo; q+n <= hi; q++ {
		if q == role || !r.sameWords(q, role, n) || es.inContent(d.Toks[q].Start) {
			continue
		}
		h := r.holderAt(q, n, nameLo, nameHi)
		if h == "" {
			continue
		}
		if surname != "" && lastField(h) != surname {
			return -1 // two holders of the role: which one, the text does not say
		}
		surname = lastField(h)
		if r.personalName(h) && len(h) > len(name) {
			name = h
		}
	}
	if name == "" {
		return -1 // "President Vell" the text gives in full nowhere
	}
	if i := es.knownPerson(name); i >= 0 {
		return i
	}
	return es.add(entity{name: name, typ: claimtrail.SpeakerPerson, at: d.Toks[k].Start, named: -1, gender: r.mentions.Gender(name)})
}

// roleReach is how many sentences before or after a description the
// article's naming of its role holder may be: a role many share ("the
// candidate") names someone else when given far away.
const roleReach = 10

// sentenceWindow returns the tokens [lo, hi) of sentence s and the
// reach sentences before and after it.
func (r *Resolver) sentenceWindow(s int32, reach int) (lo, hi int) {
	d := r.d
	a, b := max(int(s)-reach, 0), min(int(s)+reach, len(d.Sents)-1)
	return d.Sents[a].First, d.Sents[b].Last
}

// sameWords reports whether the n tokens from q are those from first,
// case aside.
func (r *Resolver) sameWords(q, first, n int) bool {
	d := r.d
	for i := 0; i < n; i++ {
		if d.Low[q+i] != d.Low[first+i] || d.Sent[q+i] != d.Sent[q] {
			return false
		}
	}
	return true
}

// holderAt returns the person's name the role words at tokens [q, q+n)
// give: one right after them when no word that names another office
// or a relation comes before them ("said economy minister Ada Vell",
// "Japan's economy minister Ada Vell", "New Home Secretary Ada Vell";
// not "shadow …", "its …", "Tolvane's …"); one
// before ", the" when a comma, a full stop or "of" follows them ("Ada
// Vell, the heavy metal star,"); one set off by commas after them when
// "the" comes before ("the owner, Ada Vell,"); "" when none does.
func (r *Resolver) holderAt(q, n, lo, hi int) string {
	d := r.d
	e := q + n
	p := q - 1
	alone := p < 0 || d.Sent[p] != d.Sent[q] || d.Toks[p].Kind != token.Word ||
		!r.otherOffice(d.Low[p]) && !r.affiliated(p) && !r.relationObject(p) && (!r.possessive(p) || p > 0 && r.mentions.IsCountryName(d.Toks[p-1].Text(d.Text)))
	if alone {
		if f, l := r.capitalRun(e, 1); f < l {
			return r.holderName(f, l, lo, hi)
		}
	}
	if p >= 0 && layer.IsDefinite(d.Low[p]) {
		if isComma(d, e) {
			if f, l := r.capitalRun(e+1, 1); f < l && (l >= len(d.Toks) || d.Sent[l] != d.Sent[q] || d.Toks[l].Kind == token.Punct) {
				return r.holderName(f, l, lo, hi)
			}
		}
		ends := e >= len(d.Toks) || d.Sent[e] != d.Sent[q] || d.Toks[e].Kind == token.Punct || layer.IsGenitive(d.Low[e])
		if ends && isComma(d, p-1) {
			if f, l := r.capitalRun(p-2, -1); f < l {
				return r.holderName(f, l, lo, hi)
			}
		}
	}
	return ""
}

// affiliated reports whether the word at token p before a role's words
// is a capitalised affiliation other than a country's name ("World Bank
// president Ada Vell" is another body's president; "England coach Ada
// Vell" is the team's).
func (r *Resolver) affiliated(p int) bool {
	d := r.d
	return layer.Capitalised(d.Toks[p].Text(d.Text)) && d.Sents[d.Sent[p]].First != p && !r.mentions.IsCountryName(d.Toks[p].Text(d.Text))
}

// relationObject reports whether the determiner at token p before a
// role's words follows a preposition ("adviser to the president Ada
// Vell": the name is the adviser's).
func (r *Resolver) relationObject(p int) bool {
	d := r.d
	return layer.IsDeterminer(d.Low[p]) && p > 0 && d.Sent[p-1] == d.Sent[p] && layer.IsPreposition(d.Low[p-1])
}

// otherOffice reports whether the word w before a role's words makes
// them name another office or holder (office-modifiers.tsv, "other"),
// also as a hyphenated prefix ("ex-Conservative chancellor").
func (r *Resolver) otherOffice(w string) bool {
	prefix, _, _ := strings.Cut(w, "-")
	return r.officeModifiers.Field(w, 0) == "other" || r.officeModifiers.Field(prefix, 0) == "other"
}

// capitalRun returns the run of at most four capitalised words in one
// sentence that starts at token from (dir 1) or ends there (dir -1).
func (r *Resolver) capitalRun(from, dir int) (first, last int) {
	d := r.d
	if from < 0 || from >= len(d.Toks) {
		return 0, 0
	}
	q := from
	for q >= 0 && q < len(d.Toks) && d.Sent[q] == d.Sent[from] && d.Toks[q].Kind == token.Word && layer.Capitalised(d.Toks[q].Text(d.Text)) && (q-from)*dir < 4 {
		q += dir
	}
	if dir < 0 {
		return q + 1, from + 1
	}
	return from, q
}

// holderName returns the text of tokens [f, l) when it reads as one
// person's name (personalName), no opener or function word first
// ("However", "On Wednesday"), no place the entity tags mark and no
// body's name by its last word (bodyName); a surname alone is the one
// full name the text gives with it in the tokens [lo, hi) ("midfielder
// Vell" for Ada Vell), else itself; "" otherwise.
func (r *Resolver) holderName(f, l, lo, hi int) string {
	d := r.d
	if r.mentions.IsOpener(d.Low[f]) || r.stopwords.Has(d.Low[f]) && !r.mentions.IsTitle(d.Low[f]) {
		return ""
	}
	if d.NER != nil && strings.HasSuffix(d.NERNames[d.NER[f]], "LOCATION") {
		return ""
	}
	name := d.Text[d.Toks[f].Start:d.Toks[l-1].End]
	if r.bodyName(name) {
		return "" // "director General Motors"
	}
	if l-f == 1 && !r.mentions.IsTitle(d.Low[f]) {
		if full, _ := r.fullNameBetween(name, lo, d.Toks[hi-1].End); full != "" {
			return full
		}
		return name // a surname alone: no name, but it holds the role against another's
	}
	if !r.personalName(name) {
		return ""
	}
	return name
}

// titledHolder returns the person a definite description no table types
// means ("The bishop said"; ei, what resolved it so far): the one the
// article gives those very words as a title or apposition ("Bishop Ada
// Vell", roleHolder), by the name it gave first ("Cardinal Ada Vell"),
// never one by nearness alone, nor for a head that names bodies ("the
// league" of "League Against Cruel Sports") or documents ("the poll" of
// a headline's "New Poll Shows Minor Bump"); else ei.
func (r *Resolver) titledHolder(m mention.Mention, src attrib.Run, ei int) int {
	es := &r.ents
	if m.Kind != mention.Definite && m.Kind != mention.Descriptor || ei >= 0 && hasCapital(es.list[ei].name) ||
		r.nameHeads.Has(m.Head) || r.bodyHeads.Has(m.Head) || r.mentions.IsDocument(m.Head) {
		return ei
	}
	h := r.roleHolder(src.First, src.Last)
	if h < 0 {
		return ei
	}
	for i, e := range es.list {
		if i != h && e.typ == claimtrail.SpeakerPerson && hasSuffixFold(e.name, " "+es.list[h].name) {
			return i
		}
	}
	return h
}

// soleOffice reports whether the description's words, tokens [first,
// last), are those of an office one person holds at a time
// (sole-offices.tsv: "the prime minister"), whose holder no other
// person named near it is.
func (r *Resolver) soleOffice(first, last int) bool {
	return first < last && r.soleOffices.Has(strings.Join(r.d.Low[first:last], " "))
}

// mayHold reports whether entity ei may be the holder of the sole
// office that tokens [first, last) name, when the article names no
// holder with those words (roleHolder): unless the text gave the person
// those words after a word naming another office ("Deputy Prime
// Minister Mr Dorney", "shadow chancellor Bo Lind") or another sole
// office ("Home Secretary Bo Lind" is no "the prime minister"). A role
// that names no office ("Tory MP") says nothing against it.
func (r *Resolver) mayHold(ei, first, last int) bool {
	role := strings.Fields(strings.ToLower(r.ents.list[ei].role))
	words := r.d.Low[first:last]
	if n := len(role) - len(words); n >= 0 && slices.Equal(role[n:], words) {
		return n == 0 || !r.otherOffice(role[n-1])
	}
	for i := range role {
		if r.soleOffices.Has(strings.Join(role[i:], " ")) {
			return false
		}
	}
	return true
}

// heldByOther reports whether the description at src names a sole
// office (soleOffice) that entity ei, resolved by its head word alone,
// does not hold: "the prime minister" is not the "Deputy Prime
// Minister Mr Dorney" whose role holds its head.
func (r *Resolver) heldByOther(src attrib.Run, ei int) bool {
	role := src.First
	for role < src.Last && layer.IsDeterminer(r.d.Low[role]) {
		role++
	}
	return r.soleOffice(role, src.Last) && !r.mayHold(ei, role, src.Last)
}

// namedInSentence reports whether sentence sent names entity ei by its
// surname: a sole office's description there means someone else ("Mr
// Dorney hosted a lunch where the prime minister told Mr Vane …").
func (es *entities) namedInSentence(ei int, sent int32) bool {
	surname := lastField(es.list[ei].name)
	for i := range es.occ {
		if o := &es.occ[i]; o.sent == sent && (hasSuffixFold(o.name, " "+surname) || strings.EqualFold(o.name, surname)) {
			return true
		}
	}
	return false
}
