package timex

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/token"
)

// tok is one piece of a token, the unit the grammar reads: a letter run
// (looked up in the lexicon once), a digit run, or one mark. Package token
// keeps "10:30", "a.m.", "1998-03-03" and "52-year-old" whole; the grammar
// reads them as 10 : 30, a . m ., 1998 - 03 - 03 and 52 - year - old.
type tok struct {
	s, e  int32
	w     *word // lexicon entry; never nil (noWord when unknown)
	num   int32 // value of a digit run, -1 otherwise
	nd    int8  // number of digits
	c     byte  // mark, normalised: ' for any apostrophe, - for dashes, . , : / and others
	upper bool  // starts with an upper-case letter
	space bool  // white space before the piece
	brk   bool  // a sentence or paragraph break before the piece
	tense int8  // tense cue of the word, from the tense table or a suffix
}

var noWord = &word{num: -1, decade: -1}

func (t *tok) word() bool { return t.c == 0 && t.nd == 0 }

// pieces appends the pieces of text, whose tokens are toks, to dst.
//
// Letters or digits that touch across a token boundary are one piece, so
// "do|n't" reads as don ' t (the "won't" rule expects won ' t). The gaps
// between tokens are read for white space and line breaks: a character
// package token counts as space but ASCII does not (a no-break space,
// U+2028, an invalid byte) stays a mark, as the grammar was tuned with it.
// Tokens out of order or out of range are skipped; their bytes are read as
// a gap.
func (r *Recognizer) pieces(dst []tok, text string, toks []token.Token) []tok {
	sp := splitter{lx: r.lx, text: text, dst: dst, space: true, brk: true, last: -1}
	pos := 0
	for _, t := range toks {
		if t.Start < pos || t.End <= t.Start || t.End > len(text) {
			continue
		}
		sp.split(pos, t.Start)
		sp.split(t.Start, t.End)
		pos = t.End
	}
	sp.split(pos, len(text))
	sp.close()
	return sp.dst
}

// splitter cuts token and gap bytes into pieces, carrying the white space
// and break state from one range to the next.
type splitter struct {
	lx         *lexicon
	text       string
	dst        []tok
	space, brk bool
	nl         int  // line breaks since the last piece
	pendingBrk bool // a sentence-ending mark was the last piece
	last       int  // index of the piece still open to a run that touches it, -1 when none
}

// split cuts text[a:b] into pieces.
func (sp *splitter) split(a, b int) {
	text := sp.text
	for i := a; i < b; {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n' {
			sp.space = true
			if c == '\n' {
				if sp.nl++; sp.nl >= 2 {
					sp.brk = true
				}
			}
			i++
			continue
		}
		sp.nl = 0
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < b && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			sp.run(i, j, true)
			i = j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			sp.mark(i, i+1, c)
			i++
		default:
			j := letters(text[:b], i)
			if j > i {
				sp.run(i, j, false)
				i = j
				break
			}
			r, sz := utf8.DecodeRuneInString(text[i:b])
			sp.mark(i, i+sz, normalMark(r))
			i += sz
		}
	}
}

// letters returns the end of the letter run (ASCII or not) at i.
func letters(text string, i int) int {
	for i < len(text) {
		if b := text[i]; b < utf8.RuneSelf {
			if !isASCIILetter(b) {
				break
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += sz
	}
	return i
}

// normalMark maps a non-ASCII mark to the ASCII one the grammar tests for.
func normalMark(r rune) byte {
	switch r {
	case '\u2018', '\u2019', '\u02bc':
		return '\''
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
		return '-'
	case '\u201c', '\u201d':
		return '"'
	}
	return 0x80
}

// open starts a piece at s, taking the white space and breaks before it.
func (sp *splitter) open(s int) *tok {
	sp.close()
	sp.dst = append(sp.dst, tok{s: int32(s), num: -1, w: noWord, space: sp.space, brk: sp.brk || sp.pendingBrk})
	sp.space, sp.brk, sp.pendingBrk = false, false, false
	return &sp.dst[len(sp.dst)-1]
}

// run adds the letter or digit run [s, e), joining it to the open piece
// when that is a run of the same kind ending at s.
func (sp *splitter) run(s, e int, digits bool) {
	if sp.last >= 0 {
		if t := &sp.dst[sp.last]; int(t.e) == s && (t.nd > 0) == digits {
			t.e = int32(e)
			return
		}
	}
	t := sp.open(s)
	t.e = int32(e)
	if digits {
		t.nd = 1 // a digit run; close counts the digits
	}
	sp.last = len(sp.dst) - 1
}

// mark adds the one-character piece [s, e).
func (sp *splitter) mark(s, e int, c byte) {
	t := sp.open(s)
	t.e, t.c = int32(e), c
	if c == '.' || c == '!' || c == '?' {
		sp.pendingBrk = c != '.' || !abbrevBefore(sp.dst[:len(sp.dst)-1])
	}
}

// close completes the open run: the value of digits, the lexicon entry and
// tense cue of letters.
func (sp *splitter) close() {
	if sp.last < 0 {
		return
	}
	t := &sp.dst[sp.last]
	sp.last = -1
	w := sp.text[t.s:t.e]
	if t.nd > 0 {
		v := int64(0)
		for k := 0; k < len(w); k++ {
			if v < 1e9 {
				v = v*10 + int64(w[k]-'0')
			}
		}
		t.nd = int8(min(len(w), 100))
		if len(w) <= 9 {
			t.num = int32(v)
		}
		return
	}
	sp.lx.lookup(t, w)
}

// lookup fills the lexicon entry and tense cue of the letter piece t, whose
// text is w. Words longer than any lexicon key are not looked up; ASCII
// words are lower-cased into a stack buffer, so the map lookup does not
// allocate.
func (lx *lexicon) lookup(t *tok, w string) {
	r0, _ := utf8.DecodeRuneInString(w)
	t.upper = unicode.IsUpper(r0)
	if len(w) > lx.maxLen || len(w) > 32 {
		return
	}
	var buf [32]byte
	key := buf[:0]
	if isASCII(w) {
		key = token.AppendLower(key, w)
	} else {
		key = appendLower(key, w)
	}
	if lx.filter.MayHave(string(key)) {
		if e := lx.words[string(key)]; e != nil {
			t.w = e
			t.tense = e.tense
		}
	}
	if t.tense == 0 && !t.upper {
		for _, sf := range lx.suffixes {
			if len(key) > len(sf.end)+2 && string(key[len(key)-len(sf.end):]) == sf.end {
				t.tense = sf.tense
				break
			}
		}
	}
}

// abbrevBefore reports whether a period after the pieces dst follows an
// abbreviation or a single letter (Aug. p.m.), so it ends no sentence.
func abbrevBefore(dst []tok) bool {
	if len(dst) == 0 {
		return false
	}
	p := &dst[len(dst)-1]
	return p.word() && (p.w.abbrev || p.e-p.s == 1)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}
