package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// respondentShare reads a mention that opens with a share of a group —
// a figure, "%" or a share word (share-words.tsv) with the quantity
// words and articles around them — and "of" ("Almost a quarter (21%)
// of those polled for the Harbour Clarion", "A total of 53% of those
// polled"): the respondents as the text names them, a group, whole; a
// name after "of" is the poll's owner or the group's, never the
// speaker. ok is false when the mention opens otherwise ("one of the
// brothers behind Tolvane" is a person).
func (p *Parser) respondentShare(text string, toks []token.Token) (m Mention, ok bool) {
	share := false
	k := 0
	for ; k < len(toks); k++ {
		w := toks[k].Text(text)
		lw := strings.ToLower(w)
		switch {
		case toks[k].Kind == token.Number || w == "%" || p.shares.Has(lw):
			share = true
		case w == "(" || w == ")" || p.quantities.Has(lw) || layer.IsArticle(lw):
		default:
			if !share || lw != "of" || k+1 >= len(toks) {
				return m, false
			}
			n := len(toks)
			for n > k+1 && len(trimTrailing([]string{toks[n-1].Text(text)})) == 0 {
				n-- // a trailing comma or dash
			}
			name := text[toks[0].Start:toks[n-1].End] // "21%", "(21%)" as written
			if strings.Count(name, ")") > strings.Count(name, "(") {
				name = strings.Replace(name, ")", "", 1) // "21%) of those polled": the run opened inside the parenthesis
			}
			return Mention{Kind: Descriptor, Name: name, Head: strings.ToLower(lastWord(name)), Type: claimtrail.SpeakerGroup}, true
		}
	}
	return m, false
}
