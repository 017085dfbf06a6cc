package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// phrase returns the tokens [first, last) of d that name who speaks when
// the tagger's source run holds more than a noun phrase: a relative
// clause after the name is left out ("Tiga, which represents developers,"
// → "Tiga"; "the Harbour Court - which ruled …" → "the Harbour Court"),
// and so is a participle phrase after a comma ("The firm, led by …," →
// "The firm"); an object relative clause speaks through its subject
// ("a plan which critics" → "critics"), and a clause before the noun
// phrase is left out after its finite verb and the preposition or
// complementizer that follows it ("The figures come after the Harbour
// Bank" → "the Harbour Bank"). Without POS tags nothing is cut.
func (p *Parser) phrase(d *layer.Doc, first, last int, host bool) (int, int) {
	if host {
		if f, l := p.relativeHost(d, first, last); l > f {
			return f, l // "Tolvane, which lost deals with [Harbour and Dorn], said": Tolvane
		}
	}
	last = p.nameAfterRole(d, first, last)
	last = p.surnameAfterTitle(d, first, last)
	if f := p.documentOf(d, first); f < first {
		first = f // "The survey of more than [1,000 people]": the survey speaks
	}
	if last-first < 2 {
		return first, last
	}
	if r := relativeAt(d, first, last); r > first {
		if f := p.objectRelative(d, r, last); f > 0 {
			return f, last
		}
		last = trimPunct(d, first, r)
	}
	if d.POS == nil {
		return first, last
	}
	for k := first + 1; k+1 < last; k++ {
		if d.Low[k] == "," && d.POSNames[d.POS[k+1]] == "VBN" {
			last = trimPunct(d, first, k) // "The firm, led by its new chief,"
			break
		}
		if layer.IsConjunction(d.Low[k]) && k+2 < last && strings.HasPrefix(d.POSNames[d.POS[k+1]], "VB") && d.POSNames[d.POS[k+1]] != "VBG" &&
			!strings.HasPrefix(d.POSNames[d.POS[k+2]], "NN") && d.Toks[k-1].Kind == token.Word && layer.Capitalised(d.Toks[k-1].Text(d.Text)) {
			last = k // "journalist Ada Vell and serialised in the paper": a second predicate of the book's
			break
		}
	}
	if f, l, ok := p.tailed(d, first, last); ok {
		return f, l
	}
	return clauseSpan(d, first, last)
}

// tailed reads a run whose last word follows a name and is none of it:
// an adverb after a name ("said Nadal afterwards", "Mr Kell first") is
// left out; a subject pronoun after a phrase with no comma between
// ("Speaking to the Harbour Committee he urged") is the speaker alone,
// the words before being an adjunct the tagger ran the source over (not
// an object: "Half of them"). ok is false for any other run.
func (p *Parser) tailed(d *layer.Doc, first, last int) (int, int, bool) {
	k := last - 1
	if last-first < 2 || d.Toks[k].Kind != token.Word || d.Toks[k-1].Kind != token.Word || layer.Capitalised(d.Toks[k].Text(d.Text)) {
		return first, last, false
	}
	switch tag := d.POSNames[d.POS[k]]; {
	case (tag == "RB" || p.closers.Has(d.Low[k])) && layer.Capitalised(d.Toks[k-1].Text(d.Text)):
		return first, k, true // a common noun may end in one: "the lock forward"
	case tag == "PRP" && p.pronouns.Has(d.Low[k]) && !p.reflexives.Has(d.Low[k]) && !layer.IsPreposition(d.Low[k-1]):
		return k, last, true
	}
	return first, last, false
}

// documentOf returns where a document's noun phrase starts when the run
// at first is a figure of people it was of ("The survey of more than
// 1,000 people"): a determiner, a document noun (frame-words.tsv), a
// preposition and quantity words before the number; first otherwise.
func (p *Parser) documentOf(d *layer.Doc, first int) int {
	if first >= len(d.Toks) || d.Toks[first].Kind != token.Number {
		return first
	}
	k := first - 1
	for n := 0; k >= 0 && n < 3 && p.quantities.Has(d.Low[k]); n++ {
		k--
	}
	if k < 2 || !layer.IsPreposition(d.Low[k]) || p.frameWords.Field(d.Low[k-1], 0) != "document" || d.Sent[k-1] != d.Sent[first] {
		return first
	}
	for j := k - 2; j >= 0 && j >= k-4 && d.Sent[j] == d.Sent[first]; j-- {
		if layer.IsDeterminer(d.Low[j]) {
			return j
		}
		if d.Toks[j].Kind != token.Word {
			break
		}
	}
	return first
}

// relativeAt returns the index of a relative pronoun that opens a clause
// inside [first, last) after a noun phrase ("who", "which"; "that" only
// after a comma or dash), -1 when there is none. A preposition before
// it goes with it ("the group through which").
func relativeAt(d *layer.Doc, first, last int) int {
	if d.POS == nil {
		return -1
	}
	for k := first + 1; k < last; k++ {
		w := d.Low[k]
		if !layer.IsRelative(w) || layer.IsDeterminer(w) && !dashOrComma(d.Low[k-1]) {
			continue
		}
		switch d.POSNames[d.POS[k]] {
		case "WP", "WDT", "WP$": // not "when", "while"
		default:
			continue
		}
		if k-1 > first && d.POSNames[d.POS[k-1]] == "IN" {
			return k - 1 // "through which"
		}
		return k
	}
	return -1
}

// objectRelative returns where the subject of an object relative clause
// opened at r starts ("a plan which critics" → "critics": the run ends
// at the cue the critics speak with), 0 when the clause at r has its own
// verb or no subject after the relative.
func (p *Parser) objectRelative(d *layer.Doc, r, last int) int {
	k := r + 1
	if k >= last || d.POS == nil || !layer.IsRelative(d.Low[r]) || d.POSNames[d.POS[r]] == "WP$" {
		return 0
	}
	for j := k; j < last; j++ {
		if d.Toks[j].Kind != token.Word || d.FiniteVerb(j) || layer.IsRelative(d.Low[j]) && !layer.IsDeterminer(d.Low[j]) {
			return 0
		}
		switch d.POSNames[d.POS[j]] {
		case "VB", "VBG", "VBN", "RB", "IN", "TO":
			return 0
		}
	}
	return k
}

// clauseSpan returns the noun phrase naming the speaker in [first,
// last) when the run holds a clause: the one after its verb, maybe one
// participle, adjective, adverb or particle, and a subordinating word ("spats
// come after Mr Kell", "was surprised that coach Ida Brandt"), or a
// passive clause's named subject ("Mr Kell was quoted in the Ledger");
// [first, last) itself when there is no such clause. A preposition
// after the verb keeps the subject ("Ida Brandt, telecoms analyst at …":
// a plural noun tagged a verb is none).
func clauseSpan(d *layer.Doc, first, last int) (int, int) {
	if layer.IsRelative(d.Low[first]) {
		return first, last // "who is working on …": the antecedent speaks
	}
	for k := first + 1; k+2 < last; k++ {
		if d.Low[k] == "," {
			break
		}
		tag := d.POSNames[d.POS[k]]
		if !d.FiniteVerb(k) && tag != "VBN" || d.Toks[k].Kind != token.Word || layer.Capitalised(d.Toks[k].Text(d.Text)) {
			continue
		}
		j := k + 1
		if tag != "VBN" {
			switch d.POSNames[d.POS[j]] {
			case "VBN", "JJ", "RB", "RP":
				j++
			}
		}
		switch {
		case d.POSNames[d.POS[j]] != "IN" || j+1 >= last:
		case !layer.IsPreposition(d.Low[j]):
			if opensNounPhrase(d, j+1) {
				return j + 1, last // "after", "that"; not "aged between 18 and 34"
			}
		case tag != "VBN" && j == k+2 && d.POSNames[d.POS[k+1]] == "VBN" && hasCapitalIn(d, first, k):
			return first, k // "Mr Kell was quoted in"
		}
	}
	return first, last
}

// opensNounPhrase reports whether token k is a determiner or a
// capitalised word.
func opensNounPhrase(d *layer.Doc, k int) bool {
	return d.Toks[k].Kind == token.Word && (layer.IsDeterminer(d.Low[k]) || layer.Capitalised(d.Toks[k].Text(d.Text)))
}

// hasCapitalIn reports whether a capitalised word other than the first
// stands in tokens [first, end), or the first is no determiner: a name.
func hasCapitalIn(d *layer.Doc, first, end int) bool {
	for k := first; k < end; k++ {
		if d.Toks[k].Kind == token.Word && layer.Capitalised(d.Toks[k].Text(d.Text)) && (k > first || !layer.IsDeterminer(d.Low[k])) {
			return true
		}
	}
	return false
}

func dashOrComma(w string) bool { return w == "," || w == "-" || w == "–" || w == "—" }

// trimPunct returns end less the commas, dashes and quotation marks
// that close [first, end).
func trimPunct(d *layer.Doc, first, end int) int {
	for end > first+1 && (dashOrComma(d.Low[end-1]) || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	return end
}

// nameAfterRole returns where the name a run ending in a role or body
// noun leaves out ends: the capitalised words right after it in the same
// sentence, set off by commas or not ("figures gathered by industry
// watchdog, Ofcom," → Ofcom; "foreign affairs spokesman Ada Vell,");
// last when none follows. The words after the name must close it: a
// comma, a sentence's end or a word in lower case.
func (p *Parser) nameAfterRole(d *layer.Doc, first, last int) int {
	if last-first < 1 || last >= len(d.Toks) || d.Toks[last-1].Kind != token.Word {
		return last
	}
	head := d.Low[last-1]
	if layer.Capitalised(d.Toks[last-1].Text(d.Text)) || !p.bodyWord(head) && !p.isPersonNoun(head) && p.roleClass[head] != layer.LexPerson {
		return last
	}
	k, comma := last, d.Low[last] == ","
	if comma {
		k++
	}
	e := k
	for e < len(d.Toks) && d.Sent[e] == d.Sent[last-1] && d.Toks[e].Kind == token.Word && layer.Capitalised(d.Toks[e].Text(d.Text)) && !p.IsOpener(d.Low[e]) {
		e++
	}
	if e == k || e-k > 4 || !p.IsNameWord(d.Toks[k].Text(d.Text)) {
		return last
	}
	if e < len(d.Toks) && d.Sent[e] == d.Sent[last-1] && (comma && d.Low[e] != "," || !comma && d.Toks[e].Kind == token.Word && layer.Capitalised(d.Toks[e].Text(d.Text))) {
		return last // "the watchdog, Harbour and Kessel, …": a list, not its name
	}
	return e
}

// surnameAfterTitle returns where a run ending in a title ends its name
// when the tagger cut the surname off into the cue ("[Lord] Vell even
// suggested", "[Mr] Vell described"): one past the capitalised name word
// right after the title, a space apart in the same sentence; last when
// none follows. The statement's span stays the tagger's.
func (p *Parser) surnameAfterTitle(d *layer.Doc, first, last int) int {
	if last-first < 1 || last >= len(d.Toks) || !p.IsTitle(d.Low[last-1]) || d.Sent[last] != d.Sent[last-1] {
		return last
	}
	t := d.Toks[last]
	if t.Kind != token.Word || t.Start != d.Toks[last-1].End+1 || !p.IsNameWord(t.Text(d.Text)) || p.IsOpener(d.Low[last]) {
		return last
	}
	return last + 1
}
