package extract

import (
	"strings"

	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/token"
)

// lexicon is the cue lexicon in lookup form.
type lexicon struct {
	forms map[string]lang.Cue
	// multi maps the first word of a multi-word cue to its remaining words.
	multi map[string][][]string
}

func newLexicon(code string) (*lexicon, error) {
	cues, err := lang.Cues(code)
	if err != nil {
		return nil, err
	}
	lx := &lexicon{forms: cues, multi: map[string][][]string{}}
	for form := range cues {
		if ws := strings.Fields(form); len(ws) > 1 {
			lx.multi[ws[0]] = append(lx.multi[ws[0]], ws[1:])
		}
	}
	return lx, nil
}

// wordEntry is what the cue lexicon and the lexicon tables say of a
// lower-cased word, so that one map lookup serves markWords.
type wordEntry struct {
	lex   uint8      // see lexAt
	multi [][]string // the rest of each multi-word cue starting with it
	cue   cueMark    // its one-word cue (class 0 when none)
	isCue bool       // it is a one-word cue form
}

// wordTable merges the cue lexicon and the role, demonym, pronoun and
// publication tables by lower-cased word.
func wordTable(lx *lexicon, r *resources) map[string]*wordEntry {
	m := map[string]*wordEntry{}
	get := func(w string) *wordEntry {
		e := m[w]
		if e == nil {
			e = &wordEntry{}
			m[w] = e
		}
		return e
	}
	for w, rests := range lx.multi {
		get(w).multi = rests
	}
	for f, c := range lx.forms {
		if !strings.Contains(f, " ") {
			e := get(f)
			e.cue = cueMark{class: cueClassID(c.Class), n: 1, lemma: c.Lemma, lh: seqtag.HashStr(c.Lemma)}
			e.isCue = true
		}
	}
	// lowest priority first: a word in several tables takes the class of
	// the first of roles, demonyms, pronouns, publications
	for _, t := range []struct {
		tb    *lang.Table
		class uint8
	}{{r.publications, 7}, {r.pronouns, 6}, {r.demonyms, 5}} {
		for w := range t.tb.Rows {
			get(w).lex = t.class
		}
	}
	for w, c := range r.roleClass {
		if c != 0 {
			get(w).lex = c
		}
	}
	return m
}

// markWords fills a.cue from the cue lexicon (the longest cue starting at
// each token) and a.lex with each word's class in the role, demonym,
// pronoun and publication tables, one lookup a word.
func (a *analysis) markWords(words map[string]*wordEntry, lx *lexicon) {
	a.cue = growCue(a.cue, len(a.toks))
	if cap(a.lex) < len(a.toks) {
		a.lex = make([]uint8, len(a.toks))
	}
	a.lex = a.lex[:len(a.toks)]
	clear(a.lex)
	var buf [48]byte
	for i, tk := range a.toks {
		if tk.Kind != token.Word || tk.Len() > len(buf) {
			continue
		}
		lw := token.AppendLower(buf[:0], tk.Text(a.text))
		e := words[string(lw)]
		if e == nil {
			continue
		}
		if tk.Len() <= 32 {
			a.lex[i] = e.lex
		}
		if e.multi != nil {
			best := 0
			var bestCue lang.Cue
			for _, rest := range e.multi {
				if len(rest) <= best || i+len(rest) >= len(a.toks) {
					continue
				}
				ok := true
				for k, r := range rest {
					if !strings.EqualFold(a.toks[i+1+k].Text(a.text), r) {
						ok = false
						break
					}
				}
				if ok {
					best = len(rest)
					bestCue = lx.forms[string(lw)+" "+strings.Join(rest, " ")]
				}
			}
			if best > 0 {
				a.cue[i] = cueMark{class: cueClassID(bestCue.Class), n: uint8(best + 1), lemma: bestCue.Lemma, lh: seqtag.HashStr(bestCue.Lemma)}
				continue
			}
		}
		if e.isCue {
			a.cue[i] = e.cue
		}
	}
}

func growCue(b []cueMark, n int) []cueMark {
	if cap(b) < n {
		return make([]cueMark, n)
	}
	b = b[:n]
	clear(b)
	return b
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
func (a *analysis) nearCues(dst []sentCue) []sentCue {
	if cap(dst) < len(a.toks) {
		dst = make([]sentCue, len(a.toks))
	}
	dst = dst[:len(a.toks)]
	isCue := func(k int) bool { c := a.cue[k]; return c.class != 0 && (c.class != cueClassID("nominal") || c.n > 1) }
	for _, s := range a.sents {
		last := int32(-1)
		for k := s.first; k < s.last; k++ {
			dst[k].left = last
			if isCue(k) {
				last = int32(k)
			}
		}
		last = -1
		for k := s.last - 1; k >= s.first; k-- {
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
	for _, q := range a.quotes {
		var c qctx
		c.len = q.last - q.first
		if q.close >= 0 {
			// a cue within 4 tokens after the close, on the same line
			for k := q.close + 1; k < len(a.toks) && k <= q.close+4; k++ {
				if a.line[k] != a.line[q.close] {
					break
				}
				if a.cue[k].class != 0 {
					c.after = 1
					break
				}
				if a.toks[k].Kind == token.Quote {
					break
				}
			}
			if c.after == 0 && (q.close+1 >= len(a.toks) || a.line[q.close+1] != a.line[q.close]) {
				c.after = 2 // the quote ends its paragraph
			}
		}
		if o := q.open; o > 0 {
			p := a.toks[o-1]
			if p.Kind == token.Punct && a.text[p.Start] == ':' {
				c.before = 1
			} else {
				for k := o - 1; k >= 0 && k >= o-3 && a.line[k] == a.line[o]; k-- {
					if a.cue[k].class != 0 {
						c.before = 2
						break
					}
				}
			}
		} else {
			c.before = 3 // opens the document
		}
		if q.open >= 0 && (q.open == 0 || a.line[q.open-1] != a.line[q.open]) && c.before == 0 {
			c.before = 3 // opens its paragraph
		}
		dst = append(dst, c)
	}
	return dst
}
