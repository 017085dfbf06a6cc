package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// anonymity reads whether a statement's source is an unnamed one:
// "sources said", "a source close to the club", "two people familiar
// with the matter", "a senior banker" (anonymous.tsv).
type anonymity struct {
	words   *lang.Table // anonymous.tsv
	phrases layer.Phrases
}

func newAnonymity(t *lang.Table) anonymity {
	var phrases []string
	for _, k := range t.Order {
		if t.Field(k, 0) == "phrase" {
			phrases = append(phrases, k)
		}
	}
	return anonymity{words: t, phrases: layer.NewPhrases(phrases)}
}

// Anonymous types sp, the speaker of g's statement, anonymous and names
// it by its description, determiner and all, when g's source is an
// unnamed one: the description is who users can search for. A body the
// speaker resolved the description to from the text around it ("ACPO
// said … A spokesman said": ACPO) stays its affiliation; one read from
// inside the description goes with its role.
func (r *Reader) Anonymous(d *layer.Doc, g *attrib.Group, sp *claimtrail.Speaker) {
	a := &r.anon
	if len(g.Sources) == 0 || sp.Span == nil || sp.Type == claimtrail.SpeakerPublication {
		return
	}
	src := g.Source
	first, last := src.First, src.Last
	for last > first && (d.Toks[last-1].Kind == token.Punct || d.Toks[last-1].Kind == token.Quote) {
		last--
	}
	if first >= last || !a.unnamed(d, first, last, *sp) {
		return
	}
	sp.Name = d.Text[d.Toks[first].Start:d.Toks[last-1].End]
	sp.Type = claimtrail.SpeakerAnonymous
	body := ""
	if sp.Affiliation != "" && !strings.Contains(sp.Mention, sp.Affiliation) {
		body = sp.Affiliation
	}
	sp.Role, sp.Affiliation = "", body
}

// unnamed reports whether tokens [first, last) describe a source
// without naming it.
func (a *anonymity) unnamed(d *layer.Doc, first, last int, sp claimtrail.Speaker) bool {
	typ := sp.Type
	for k := first; k < last; k++ {
		if a.words.Field(d.Low[k], 0) == "head" {
			return true
		}
		for _, ph := range a.phrases[d.Low[k]] {
			if k+len(ph) <= last && equalWords(d.Low[k:k+len(ph)], ph) {
				return true
			}
		}
	}
	// "a senior banker", "one diplomat": one unnamed person
	if a.words.Field(d.Low[first], 0) != "det" || typ != claimtrail.SpeakerPerson && typ != claimtrail.SpeakerUnknown {
		return false
	}
	if name, _, _ := strings.Cut(sp.Name, " "); name != "" && layer.Capitalised(name) && !strings.Contains(sp.Mention, name) {
		return false // "…, a letter to staff says. The letter, from Ada Vell, …": the text names who
	}
	for k := first + 1; k < last; k++ {
		if w := d.Toks[k].Text(d.Text); layer.Capitalised(w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
