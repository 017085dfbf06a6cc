package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/token"
)

// TEMPORARY stand-ins for the segment and quote packages.

func (a *analysis) tmpLayers() {
	n := len(a.toks)
	a.line = growI32(a.line, n)
	a.sent = growI32(a.sent, n)
	a.quote = growI32(a.quote, n)
	a.sents = a.sents[:0]
	a.quotes = a.quotes[:0]
	line := int32(-1)
	start := 0
	for i, tk := range a.toks {
		if i == 0 || tk.Lines > 0 {
			line++
			if i > start {
				a.sents = append(a.sents, sentence{first: start, last: i, para: int(line - 1)})
				start = i
			}
		} else if i > start {
			p := a.toks[i-1]
			pt := p.Text(a.text)
			// end after . ! ? (and any closing quotes) when the next word is capitalised
			if tk.Kind != token.Quote && tk.Kind != token.Punct {
				k := i - 1
				for k > start && a.toks[k].Kind == token.Quote {
					k--
				}
				kt := a.toks[k].Text(a.text)
				if (kt == "." || kt == "!" || kt == "?" || kt == "...") && upperStart(tk.Text(a.text)) {
					a.sents = append(a.sents, sentence{first: start, last: i, para: int(line)})
					start = i
				}
			}
			_ = pt
		}
		a.line[i] = line
	}
	if n > start {
		a.sents = append(a.sents, sentence{first: start, last: n, para: int(line)})
	}
	for si, s := range a.sents {
		for k := s.first; k < s.last; k++ {
			a.sent[k] = int32(si)
		}
	}
	for i := range a.quote {
		a.quote[i] = -1
	}
	open := -1
	for i, tk := range a.toks {
		if i > 0 && a.line[i] != a.line[i-1] && open >= 0 {
			a.quotes = append(a.quotes, quoteSpan{open: open, close: -1, first: open + 1, last: i})
			open = -1
		}
		if tk.Kind != token.Quote {
			continue
		}
		r, _ := utf8.DecodeRuneInString(tk.Text(a.text))
		switch {
		case r == '“' || r == '«' || (r == '"' && open < 0):
			if open < 0 {
				open = i
			}
		case r == '”' || r == '»' || (r == '"' && open >= 0):
			if open >= 0 {
				a.quotes = append(a.quotes, quoteSpan{open: open, close: i, first: open + 1, last: i})
				open = -1
			}
		}
	}
	if open >= 0 {
		a.quotes = append(a.quotes, quoteSpan{open: open, close: -1, first: open + 1, last: n})
	}
	for qi, q := range a.quotes {
		for k := q.first; k < q.last; k++ {
			a.quote[k] = int32(qi)
		}
	}
}

func upperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
