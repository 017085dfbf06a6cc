package extract

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

func growI32(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	return b[:n]
}

// nearCues computes, for every token, the nearest lexicon cue on each side
// within its sentence (nominal cues count only as "according to"-style
// multi-word cues).
func (a *analysis) nearCues(dst []sentCue) []sentCue {
	if cap(dst) < len(a.Toks) {
		dst = make([]sentCue, len(a.Toks))
	}
	dst = dst[:len(a.Toks)]
	isCue := func(k int) bool {
		c := a.Cue[k]
		return c.Class != 0 && (c.Class != layer.CueClassID("nominal") || c.N > 1)
	}
	for _, s := range a.Sents {
		last := int32(-1)
		for k := s.First; k < s.Last; k++ {
			dst[k].left = last
			if isCue(k) {
				last = int32(k)
			}
		}
		last = -1
		for k := s.Last - 1; k >= s.First; k-- {
			dst[k].right = last
			if isCue(k) {
				last = int32(k)
			}
		}
	}
	return dst
}

// quoteContexts describes each quote's surroundings for the tagger.
func (a *analysis) quoteContexts(dst []qctx) []qctx {
	dst = dst[:0]
	for _, q := range a.Quotes {
		var c qctx
		c.len = q.Last - q.First
		if q.Close >= 0 {
			// a cue within 4 tokens after the close, on the same line
			for k := q.Close + 1; k < len(a.Toks) && k <= q.Close+4; k++ {
				if a.Line[k] != a.Line[q.Close] {
					break
				}
				if a.Cue[k].Class != 0 {
					c.after = 1
					break
				}
				if a.Toks[k].Kind == token.Quote {
					break
				}
			}
			if c.after == 0 && (q.Close+1 >= len(a.Toks) || a.Line[q.Close+1] != a.Line[q.Close]) {
				c.after = 2 // the quote ends its paragraph
			}
		}
		if o := q.Open; o > 0 {
			p := a.Toks[o-1]
			if p.Kind == token.Punct && a.Text[p.Start] == ':' {
				c.before = 1
			} else {
				for k := o - 1; k >= 0 && k >= o-3 && a.Line[k] == a.Line[o]; k-- {
					if a.Cue[k].Class != 0 {
						c.before = 2
						break
					}
				}
			}
		} else {
			c.before = 3 // opens the document
		}
		if q.Open >= 0 && (q.Open == 0 || a.Line[q.Open-1] != a.Line[q.Open]) && c.before == 0 {
			c.before = 3 // opens its paragraph
		}
		dst = append(dst, c)
	}
	return dst
}
