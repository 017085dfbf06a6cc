package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// asideMention reads a name, or a body's description, that an aside
// follows to the mention's end: after a comma or between spaced dashes,
// words that open in lower case ("Tolvane, one of the leading makers of
// office software", "The Danish firm, the country's largest maker of
// bicycles", "Harbour Bank - itself a target of a lawsuit -") or with a
// name's possessive and a lower-case phrase ("Kessel - Harbourside's
// largest investor -"). The aside says what the speaker is and is no
// part of the name (appositionAt reads a person's comma; this reads
// bodies, descriptions and dashes, which it leaves). A person's aside
// that describes gives the role. ok is false when the first comma or
// dash opens no such aside ("Steyn, Hope and Carswell": a list).
func (p *Parser) asideMention(text string, toks []token.Token, ents []byte) (Mention, bool) {
	end := len(toks)
	for end > 0 && dashOrComma(toks[end-1].Text(text)) {
		end-- // the dash or comma closing the aside
	}
	for i := 1; i+1 < end; i++ {
		if !dashOrComma(toks[i].Text(text)) || joinsWord(text, toks, i) {
			continue // "co-founder": one word
		}
		prev := toks[i-1].Text(text)
		if toks[i-1].Kind != token.Word || !layer.Capitalised(prev) && !p.bodyWord(prev) {
			return Mention{}, false // "greater numbers of women, …": no name before
		}
		tail := toks[i+1 : end]
		if p.documentTail(text, tail) {
			// "Kessel Cement, a Tolvane statement said": the clause
			// before ran into the mention; the document's owner speaks
			owner := end
			for k := i + 2; k < end; k++ {
				if isPossessive(toks[k].Text(text)) {
					owner = k // "Kell's latest report": Kell's
					break
				}
			}
			var e []byte
			if ents != nil {
				e = ents[i+1 : owner]
			}
			return p.Parse(text, toks[i+1:owner], e), true
		}
		if !p.asideTail(text, tail) {
			return Mention{}, false
		}
		var e []byte
		if ents != nil {
			e = ents[:i]
		}
		m := p.Parse(text, toks[:i], e)
		if m.Kind == Pronoun || m.Name == "" && m.Head == "" {
			return Mention{}, false
		}
		if m.Type != claimtrail.SpeakerPerson && m.Type != claimtrail.SpeakerPublication || m.Role != "" || !p.describes(text, tail) {
			return m, true
		}
		role, aff := p.apposition(text, tail, "")
		if m.Type == claimtrail.SpeakerPublication {
			if !p.opensWithGivenName(m.Name) || !strings.Contains(m.Name, " ") {
				return m, true
			}
			m.Type = claimtrail.SpeakerPerson // "Ada Press, vice president of …": no Press agency
		}
		m.Role, m.Affiliation = role, aff
		return m, true
	}
	return Mention{}, false
}

// asideTail reports whether toks, after a name's comma or dash, are an
// aside that runs to the mention's end: no further comma or dash, and a
// first word in lower case that neither joins another name ("and"), nor
// belongs to a name ("de"), nor governs the speaker's body ("of the
// union": an affiliation), or a name's possessive and a lower-case
// phrase ("Harbourside's biggest union").
func (p *Parser) asideTail(text string, toks []token.Token) bool {
	if len(toks) < 2 || toks[0].Kind != token.Word {
		return false
	}
	for _, t := range toks {
		if dashOrComma(t.Text(text)) {
			return false
		}
	}
	w := toks[0].Text(text)
	if layer.Capitalised(w) {
		for j := 1; j < len(toks)-1 && j < 4 && toks[j-1].Kind == token.Word && layer.Capitalised(toks[j-1].Text(text)); j++ {
			if isPossessive(toks[j].Text(text)) {
				return lowerPhrase(text, toks[j+1:])
			}
		}
		return false
	}
	if layer.IsConjunction(w) || layer.IsDisjunction(w) || layer.IsNameParticle(w) || layer.IsPreposition(w) {
		return false
	}
	return !endsInOwnName(text, toks)
}

// endsInOwnName reports whether toks end in a capitalised name that no
// preposition governs: the aside gives a name of its own ("the EEF",
// "real name Ada Vell", "coach Ravi Kell"), which the speaker may be,
// not words about the name before ("parent company of Kessel Motors").
func endsInOwnName(text string, toks []token.Token) bool {
	j := len(toks) - 1
	if toks[j].Kind != token.Word || !layer.Capitalised(toks[j].Text(text)) {
		return false
	}
	for ; j >= 0; j-- {
		w := toks[j].Text(text)
		if toks[j].Kind == token.Word && (layer.Capitalised(w) || layer.IsConjunction(w) || layer.IsNameParticle(w)) || isPossessive(w) {
			continue
		}
		return !layer.IsPreposition(w)
	}
	return true
}

// documentTail reports whether toks, after a comma, are a short phrase
// ending in a document's noun that a capitalised name or its possessive
// opens after at most an article ("a Tolvane statement", "Kell's latest
// report"): the speaker, not an aside.
func (p *Parser) documentTail(text string, toks []token.Token) bool {
	n := len(toks)
	if n < 2 || n > 5 || toks[n-1].Kind != token.Word || p.documents.FieldFold(toks[n-1].Text(text), 0) != "document" && p.frameWords.FieldFold(toks[n-1].Text(text), 0) != "document" {
		return false
	}
	j := 0
	if layer.IsArticle(strings.ToLower(toks[0].Text(text))) {
		j = 1
	}
	return toks[j].Kind == token.Word && layer.Capitalised(toks[j].Text(text))
}
