// Package timex finds time expressions in text and normalises them to
// TimeML TIMEX3 types and values against the document creation time:
// "yesterday" in an article of 2022-10-08 is DATE 2022-10-07, "two weeks"
// is DURATION P2W, "every week" is SET P1W, "now" is DATE PRESENT_REF.
//
// The recogniser reads the tokens of package token, cut into the pieces its
// grammar needs (letter runs, digit runs, marks); letter runs are looked up
// once in a lexicon built from the language's data tables
// (lang/data/<code>/timex-*.tsv and the month, weekday and number tables),
// and the hand-written grammar only runs where a piece can start a time
// expression (a digit, a month or weekday name, a trigger word). There are
// no regular expressions and no word lists in the code, so another language
// is a new data folder.
package timex

import (
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/token"
)

// Recognizer finds and normalises time expressions of one language. It is
// safe for concurrent use.
type Recognizer struct {
	lang   string
	lx     *lexicon
	tz     *token.Tokenizer // for Find, which is given no tokens
	pool   sync.Pool        // *[]tok scratch buffers
	tokens sync.Pool        // *[]token.Token scratch buffers, for Find
}

// New returns a recognizer for a language ("en").
func New(lang string) (*Recognizer, error) {
	if lang == "" {
		lang = "en"
	}
	lx, err := loadLexicon(lang)
	if err != nil {
		return nil, err
	}
	r := &Recognizer{lang: lang, lx: lx, tz: token.New(nil)}
	r.pool.New = func() any { b := make([]tok, 0, 512); return &b }
	r.tokens.New = func() any { b := make([]token.Token, 0, 512); return &b }
	return r, nil
}

// Lang returns the recognizer's language code.
func (r *Recognizer) Lang() string { return r.lang }

// Find appends the time expressions of text to dst, values normalised
// against ref, the document creation time. A zero ref leaves relative
// expressions unresolved ("XXXX-WXX-5" for "Friday", "XXXX-XX-XX" for
// "today"); the wall clock is never read. Spans are half-open byte offsets
// into text, ordered and non-overlapping; Doc is left empty.
//
// Find tokenizes text with package token; a caller that has the tokens
// already calls FindTokens.
func (r *Recognizer) Find(dst []claimtrail.Timex, text string, ref time.Time) []claimtrail.Timex {
	bp := r.tokens.Get().(*[]token.Token)
	toks := r.tz.Tokenize((*bp)[:0], text)
	dst = r.FindTokens(dst, text, toks, ref)
	*bp = toks[:0]
	r.tokens.Put(bp)
	return dst
}

// FindTokens is Find over text already split by package token: toks are
// its tokens, as any token.Tokenizer returns them (the abbreviation table
// does not change the result).
func (r *Recognizer) FindTokens(dst []claimtrail.Timex, text string, toks []token.Token, ref time.Time) []claimtrail.Timex {
	bp := r.pool.Get().(*[]tok)
	pieces := r.pieces((*bp)[:0], text, toks)
	dst = r.find(dst, text, pieces, ref)
	*bp = pieces[:0]
	r.pool.Put(bp)
	return dst
}

// find appends the expressions read from the pieces of text to dst.
func (r *Recognizer) find(dst []claimtrail.Timex, text string, toks []tok, ref time.Time) []claimtrail.Timex {
	p := parser{r: r, t: toks, text: text, has: !ref.IsZero()}
	if p.has {
		p.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
		p.anchor = p.ref
	}
	first := len(dst)
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.num < 0 && !t.w.trigger {
			i++
			continue
		}
		m, ok := p.match(i)
		if !ok || m.e <= i {
			i++
			continue
		}
		if p.titledName(m) {
			i = m.e
			continue
		}
		// "two weeks ago on September 27": one expression, the date's value.
		if n := len(dst); n > first && p.lastAgo && p.lastEnd >= 0 && p.joinable(p.lastEnd, m.s) && m.typ == claimtrail.TimexDate && m.explicit {
			x := &dst[n-1]
			x.Span.End = int(toks[m.e-1].e)
			x.Text = text[x.Span.Start:x.Span.End]
			x.Value, x.Type = m.val, m.typ
			p.note(m)
			p.lastAgo = false
			i = m.e
			continue
		}
		s, e := int(toks[m.s].s), int(toks[m.e-1].e)
		dst = append(dst, claimtrail.Timex{Text: text[s:e], Span: claimtrail.Span{Start: s, End: e}, Type: m.typ, Value: m.val, Mod: m.mod})
		p.note(m)
		p.lastAgo, p.lastEnd = m.ago, m.e
		i = m.e
	}
	return dst
}

// Grain returns the grain of a DATE value: day ("2022-10-07"), month
// ("2022-07"), year ("2022") or week ("2022-W40"); "" for anything else
// (durations, references, quarters, seasons, times).
func Grain(value string) string {
	n := len(value)
	if n < 4 || !digitsOrX(value[:4]) {
		return ""
	}
	switch {
	case n == 4:
		return claimtrail.GrainYear
	case n == 7 && value[4] == '-' && digitsOrX(value[5:7]):
		return claimtrail.GrainMonth
	case n == 8 && value[4] == '-' && value[5] == 'W' && digitsOrX(value[6:8]):
		return claimtrail.GrainWeek
	case n == 10 && value[4] == '-' && value[7] == '-' && digitsOrX(value[5:7]) && digitsOrX(value[8:10]):
		return claimtrail.GrainDay
	}
	return ""
}

func digitsOrX(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != 'X' {
			return false
		}
	}
	return true
}
