package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// sentCue is the nearest lexicon cue on each side of a token in its
// sentence, precomputed once per sentence.
type sentCue struct {
	left, right int32 // token index of the cue, -1 when none
}

// qctx describes a quote's surroundings: whether a cue follows its close
// (within a few tokens, as in `"...," he said`) or precedes its open (as in
// `she said: "..."`), and its length.
type qctx struct {
	after, before byte
	len           int
}

func growI32(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	return b[:n]
}

// nearCues computes, for every token, the nearest lexicon cue on each side
// within its sentence (nominal cues count only as "according to"-style
// multi-word cues).
func (ft *featurizer) nearCues(dst []sentCue) []sentCue {
	if cap(dst) < len(ft.Toks) {
		dst = make([]sentCue, len(ft.Toks))
	}
	dst = dst[:len(ft.Toks)]
	isCue := func(k int) bool {
		c := ft.Cue[k]
		return c.Class != 0 && (c.Class != layer.CueClassID("nominal") || c.N > 1)
	}
	for _, s := range ft.Sents {
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
func (ft *featurizer) quoteContexts(dst []qctx) []qctx {
	dst = dst[:0]
	for _, q := range ft.Quotes {
		var c qctx
		c.len = q.Last - q.First
		if q.Close >= 0 {
			// a cue within 4 tokens after the close, on the same line
			for k := q.Close + 1; k < len(ft.Toks) && k <= q.Close+4; k++ {
				if ft.Line[k] != ft.Line[q.Close] {
					break
				}
				if ft.Cue[k].Class != 0 {
					c.after = 1
					break
				}
				if ft.Toks[k].Kind == token.Quote {
					break
				}
			}
			if c.after == 0 && (q.Close+1 >= len(ft.Toks) || ft.Line[q.Close+1] != ft.Line[q.Close]) {
				c.after = 2 // the quote ends its paragraph
			}
		}
		if o := q.Open; o > 0 {
			p := ft.Toks[o-1]
			if p.Kind == token.Punct && ft.Text[p.Start] == ':' {
				c.before = 1
			} else {
				for k := o - 1; k >= 0 && k >= o-3 && ft.Line[k] == ft.Line[o]; k-- {
					if ft.Cue[k].Class != 0 {
						c.before = 2
						break
					}
				}
			}
		} else {
			c.before = 3 // opens the document
		}
		if q.Open >= 0 && (q.Open == 0 || ft.Line[q.Open-1] != ft.Line[q.Open]) && c.before == 0 {
			c.before = 3 // opens its paragraph
		}
		dst = append(dst, c)
	}
	return dst
}
