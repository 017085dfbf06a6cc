package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// relativeHost returns the name a clause set off by commas or dashes
// tells of when the run [first, last) lies inside that clause and the
// clause closes right after it: the object inside "Tolvane, which lost
// its deals with [Harbour and Dorn], said" is none of the speaker, the
// capitalised name before ", which" is ("Tolvane"). Besides a relative
// clause, the aside may be a participle's ("A senior official, speaking
// to [the paper's editor], said"), a preposition's after a name ("Ada
// Vell, for [the Harbour Party], said") or, between dashes, a
// description ("Mr Kell - a supporter of the pact in [the 1990s] -
// said"); the run must start inside the aside, past its first word. It
// returns first, first when the run is no such object.
func (p *Parser) relativeHost(d *layer.Doc, first, last int) (int, int) {
	closes := last > first && dashOrComma(d.Low[last-1]) || last < len(d.Toks) && dashOrComma(d.Low[last])
	if !closes {
		closes = nounsToComma(d, last) // "part of the [Butler] inquiry, told"
	}
	if !closes || first < 3 {
		return first, first
	}
	c := first - 1
	for c > 0 && d.Sent[c] == d.Sent[first] && !dashOrComma(d.Low[c]) && d.Toks[c].Kind != token.Quote && !(layer.IsRelative(d.Low[c]) && dashOrComma(d.Low[c-1])) {
		c-- // a relative inside the aside opens none ("- a supporter of the pact when it was set up in [the 1990s] -")
	}
	if c < 1 || d.Sent[c-1] != d.Sent[first] {
		return first, first
	}
	named := false // the aside tells of a name only ("Ada Vell, for the party,")
	switch {
	case layer.IsRelative(d.Low[c]) && dashOrComma(d.Low[c-1]): // ", which" or "- who"
		c-- // the comma or dash before the relative
	case dashOrComma(d.Low[c]) && c+1 < first && d.POS != nil:
		var ok bool
		if ok, named = p.asideOpener(d, c); !ok {
			return first, first
		}
	default:
		return first, first
	}
	h := c
	for h > 0 && d.Sent[h-1] == d.Sent[c] && d.Toks[h-1].Kind == token.Word && (layer.Capitalised(d.Toks[h-1].Text(d.Text)) || d.Low[h-1] == "&") {
		h--
	}
	if h == c {
		if named {
			return c, c
		}
		return describedHost(d, c) // "The firm, which is to receive a payment from [Harbour Bank], said"
	}
	if h > 0 && d.Sent[h-1] == d.Sent[c] && layer.IsDeterminer(d.Low[h-1]) {
		h-- // "the IAAF, which …"
	}
	return h, c
}

// asideOpener reports whether the comma or dash at c opens an aside
// that is none of the speaker's name: a participle ("speaking to",
// "sitting with"), a preposition of aside-prepositions (then only
// after a name: named), or after a dash a determiner ("- a supporter of …");
// a phrase that cites a source (frame-words: via, "according to",
// "citing") opens none: its object is a source of its own.
func (p *Parser) asideOpener(d *layer.Doc, c int) (ok, named bool) {
	w := c + 1
	if d.POSNames[d.POS[w]] == "RB" && w+1 < len(d.Toks) && d.POSNames[d.POS[w+1]] == "IN" {
		w++ // "Winn-Dixie, once among the most profitable of US grocers, said"
	}
	if p.frameWords.Field(d.Low[w], 0) == "via" || w+1 < len(d.Low) && p.frameWords.Field(d.Low[w]+" "+d.Low[w+1], 0) == "via" {
		return false, false
	}
	switch tag := d.POSNames[d.POS[w]]; {
	case tag == "VBG":
		return true, false
	case tag == "IN":
		return p.asidePreps.Has(d.Low[w]), true
	case tag == "DT" && d.Low[c] != ",":
		return true, false
	}
	return false, false
}

// nounsToComma reports whether the tokens from k to the next comma are
// the rest of a noun phrase (nouns only, at most three): the tagger's
// source run may end inside the clause's last noun phrase ("was part of
// the [Dorn] inquiry, told"), and the clause still closes there.
func nounsToComma(d *layer.Doc, k int) bool {
	if d.POS == nil {
		return false
	}
	for j := k; j < len(d.Toks) && j < k+3; j++ {
		if d.Low[j] == "," {
			return j > k
		}
		if d.Sent[j] != d.Sent[k] || !strings.HasPrefix(d.POSNames[d.POS[j]], "NN") {
			return false
		}
	}
	return false
}

// describedHost returns a description set off before the comma at c
// when a determiner opens it and lower-case nouns and adjectives end it
// ("The firm, which …", "The Lebanese-born actor, who …") and no verb
// or preposition governs it, the comma's position twice when there is
// none: a relative clause that closes right before the cue tells of its
// host, who speaks.
func describedHost(d *layer.Doc, c int) (int, int) {
	if d.POS == nil {
		return c, c
	}
	h := c
	for h > 0 && c-h < 4 && d.Sent[h-1] == d.Sent[c] && d.Toks[h-1].Kind == token.Word && !layer.IsDeterminer(d.Low[h-1]) {
		switch tag := d.POSNames[d.POS[h-1]]; {
		case strings.HasPrefix(tag, "NN"), tag == "JJ":
			h--
			continue
		}
		return c, c
	}
	if h == c || h == 0 || d.Sent[h-1] != d.Sent[c] || !layer.IsDeterminer(d.Low[h-1]) || !strings.HasPrefix(d.POSNames[d.POS[c-1]], "NN") {
		return c, c
	}
	if o := h - 2; o >= 0 && d.Sent[o] == d.Sent[c] {
		if tag := d.POSNames[d.POS[o]]; strings.HasPrefix(tag, "VB") || tag == "IN" || tag == "TO" {
			return c, c // "beating a strong field, which included …": the verb's object
		}
	}
	return h - 1, c
}
