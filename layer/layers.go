package layer

import (
	"github.com/claimtrail/claimtrail/quote"
	"github.com/claimtrail/claimtrail/token"
)

// layers fills the line, sentence, comma and quote layers of d from the
// segment and quote packages.
func (b *Builder) layers(d *Doc) {
	n := len(d.Toks)
	d.Line = growI32(d.Line, n)
	line := int32(-1)
	for i, tk := range d.Toks {
		if i == 0 || tk.Lines > 0 {
			line++
		}
		d.Line[i] = line
	}
	b.segs = b.seg.Split(b.segs[:0], d.Text, d.Toks)
	d.Wire = b.seg.WirePrefix(d.Text, d.Toks[:min(n, 16)])
	d.Sents = d.Sents[:0]
	d.Sent = growI32(d.Sent, n)
	for si, s := range b.segs {
		st := Sentence{First: s.First, Last: s.Last, Para: s.Para, Kind: s.Kind}
		for k := s.First; k < s.Last; k++ {
			d.Sent[k] = int32(si)
			if d.Toks[k].Kind == token.Quote {
				st.Quoted = 1
			}
		}
		d.Sents = append(d.Sents, st)
	}
	d.Commas = growI32(d.Commas, n+1)
	d.Commas[0] = 0
	for k, t := range d.Toks {
		d.Commas[k+1] = d.Commas[k]
		if t.Kind == token.Punct && d.Text[t.Start] == ',' {
			d.Commas[k+1]++
		}
	}
	b.qs, d.Diags = quote.Scan(b.qs[:0], d.Text, d.Toks)
	d.Quote = quote.Innermost(d.Quote[:0], b.qs, d.Toks)
	d.Quotes = d.Quotes[:0]
	for _, q := range b.qs {
		qs := QuoteSpan{Open: d.TokenAt(q.Open.Start), Close: -1}
		if q.Terminated {
			qs.Close = d.TokenAt(q.Close.Start)
		}
		qs.First = d.TokenAt(q.Inner.Start)
		qs.Last = d.TokenAt(q.Inner.End)
		d.Quotes = append(d.Quotes, qs)
	}
}

func growI32(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	return b[:n]
}
