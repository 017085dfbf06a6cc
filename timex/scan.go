package timex

import (
	"unicode"
	"unicode/utf8"
)

// tok is one token of the single byte scan: a letter run (looked up in the
// lexicon once), a digit run, or one punctuation mark.
type tok struct {
	s, e  int32
	w     *word // lexicon entry; never nil (noWord when unknown)
	num   int32 // value of a digit run, -1 otherwise
	nd    int8  // number of digits
	c     byte  // punctuation, normalised: ' for any apostrophe, - for dashes, . , : / and others
	upper bool  // starts with an upper-case letter
	space bool  // white space before the token
	brk   bool  // a sentence or paragraph break before the token
	tense int8  // tense cue of the word, from the tense table or a suffix
}

var noWord = &word{num: -1, decade: -1}

func (t *tok) word() bool { return t.c == 0 && t.nd == 0 }

// tokenize appends the tokens of text to dst. Words longer than any lexicon
// key are not looked up; ASCII words are lower-cased into a stack buffer,
// so the map lookup does not allocate.
func (r *Recognizer) tokenize(dst []tok, text string) []tok {
	lx := r.lx
	var buf [32]byte
	n := len(text)
	space, brk, nl := true, true, 0
	pendingBrk := false
	for i := 0; i < n; {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			space = true
			i++
			continue
		}
		if c == '\n' {
			space = true
			nl++
			if nl >= 2 {
				brk = true
			}
			i++
			continue
		}
		nl = 0
		t := tok{s: int32(i), num: -1, w: noWord, space: space, brk: brk || pendingBrk}
		space, brk, pendingBrk = false, false, false
		switch {
		case c >= '0' && c <= '9':
			j, v := i, int64(0)
			for j < n && text[j] >= '0' && text[j] <= '9' {
				if v < 1e9 {
					v = v*10 + int64(text[j]-'0')
				}
				j++
			}
			t.e, t.nd = int32(j), int8(min(j-i, 100))
			if j-i <= 9 {
				t.num = int32(v)
			}
			i = j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			t.e, t.c = int32(i+1), c
			if c == '.' || c == '!' || c == '?' {
				pendingBrk = c != '.' || !abbrevBefore(dst, text)
			}
			i++
		default:
			// a word: letters, ASCII or not
			j, ascii := i, true
			for j < n {
				b := text[j]
				if b < utf8.RuneSelf {
					if !isASCIILetter(b) {
						break
					}
					j++
					continue
				}
				r, sz := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				ascii = false
				j += sz
			}
			if j == i { // a non-letter rune: punctuation
				r, sz := utf8.DecodeRuneInString(text[i:])
				t.e, t.c = int32(i+sz), 0x80
				switch r {
				case '\u2018', '\u2019', '\u02bc':
					t.c = '\''
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
					t.c = '-'
				case '\u201c', '\u201d':
					t.c = '"'
				}
				i += sz
				break
			}
			t.e = int32(j)
			w := text[i:j]
			r0, _ := utf8.DecodeRuneInString(w)
			t.upper = unicode.IsUpper(r0)
			if len(w) <= lx.maxLen && len(w) <= len(buf) {
				var key []byte
				if ascii {
					for k := 0; k < len(w); k++ {
						b := w[k]
						if b >= 'A' && b <= 'Z' {
							b += 'a' - 'A'
						}
						buf[k] = b
					}
					key = buf[:len(w)]
				} else {
					key = appendLower(buf[:0], w)
				}
				if e := lx.words[string(key)]; e != nil {
					t.w = e
					t.tense = e.tense
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
			i = j
		}
		dst = append(dst, t)
	}
	return dst
}

// abbrevBefore reports whether the period now being scanned follows an
// abbreviation or a single letter (Aug. p.m.), so it ends no sentence.
func abbrevBefore(dst []tok, text string) bool {
	if len(dst) == 0 {
		return false
	}
	p := &dst[len(dst)-1]
	return p.word() && (p.w.abbrev || p.e-p.s == 1)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}
