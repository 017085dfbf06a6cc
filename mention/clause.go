package mention

import (
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
func (p *Parser) phrase(d *layer.Doc, first, last int) (int, int) {
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
	}
	if f := clauseSubjectEnd(d, first, last); f > first {
		first = f
	}
	return first, last
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

// clauseSubjectEnd returns where the noun phrase after a clause's finite
// verb starts in [first, last): after the verb, maybe one participle,
// adjective or adverb, and a subordinating word ("spats come after Mr
// Kell", "was surprised that coach Ida Brandt"); first when there is no
// such clause. A preposition after the verb keeps the run whole: "Mr
// Kell was quoted in the Ledger" names Mr Kell, and an apposition's
// plural noun tagged a verb ("Ida Brandt, telecoms analyst at …") is
// none.
func clauseSubjectEnd(d *layer.Doc, first, last int) int {
	if layer.IsRelative(d.Low[first]) {
		return first // "who is working on …": the antecedent speaks
	}
	for k := first + 1; k+2 < last; k++ {
		if d.Low[k] == "," {
			return first
		}
		if !d.FiniteVerb(k) || d.Toks[k].Kind != token.Word || layer.Capitalised(d.Toks[k].Text(d.Text)) {
			continue
		}
		j := k + 1
		switch d.POSNames[d.POS[j]] {
		case "VBN", "JJ", "RB":
			j++
		}
		if j+1 < last && d.POSNames[d.POS[j]] == "IN" && !layer.IsPreposition(d.Low[j]) {
			return j + 1
		}
	}
	return first
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
