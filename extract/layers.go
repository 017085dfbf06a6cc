package extract

import (
	"sort"

	"github.com/claimtrail/claimtrail/quote"
	"github.com/claimtrail/claimtrail/token"
)

// layers fills the line, sentence and quote layers of a from the segment
// and quote packages.
func (p *pipeline) layers(a *analysis) {
	n := len(a.toks)
	a.line = growI32(a.line, n)
	line := int32(-1)
	for i, tk := range a.toks {
		if i == 0 || tk.Lines > 0 {
			line++
		}
		a.line[i] = line
	}
	p.segs = p.seg.Split(p.segs[:0], a.text, a.toks)
	a.sents = a.sents[:0]
	a.sent = growI32(a.sent, n)
	for si, s := range p.segs {
		st := sentence{first: s.First, last: s.Last, para: s.Para, kind: s.Kind}
		for k := s.First; k < s.Last; k++ {
			a.sent[k] = int32(si)
			if a.toks[k].Kind == token.Quote {
				st.quoted = 1
			}
		}
		a.sents = append(a.sents, st)
	}
	a.commas = growI32(a.commas, n+1)
	a.commas[0] = 0
	for k, t := range a.toks {
		a.commas[k+1] = a.commas[k]
		if t.Kind == token.Punct && a.text[t.Start] == ',' {
			a.commas[k+1]++
		}
	}
	p.qs, a.diags = quote.Scan(p.qs[:0], a.text, a.toks)
	a.quote = quote.Innermost(a.quote[:0], p.qs, a.toks)
	a.quotes = a.quotes[:0]
	for _, q := range p.qs {
		qs := quoteSpan{open: a.tokenAt(q.Open.Start), close: -1}
		if q.Terminated {
			qs.close = a.tokenAt(q.Close.Start)
		}
		qs.first = a.tokenAt(q.Inner.Start)
		qs.last = a.tokenAt(q.Inner.End)
		a.quotes = append(a.quotes, qs)
	}
}

// tokenAt returns the index of the first token starting at or after
// byte off.
func (a *analysis) tokenAt(off int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].Start >= off })
}
