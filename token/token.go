// Package token splits text into word, number, punctuation and quote tokens
// with byte offsets, close to the Penn Treebank conventions the PolNeAR
// silver parses use ("don't" → "do" "n't", "Iran's" → "Iran" "'s", "U.S."
// kept whole). It is a hand-written single pass over bytes with an ASCII
// fast path; it never fails and always advances.
package token

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
)

// Kind classifies a token.
type Kind uint8

const (
	Word   Kind = iota // letters, with inner apostrophes, hyphens, periods (U.S.)
	Number             // digits with inner , . : / (1,000.5  9/11  10:30)
	Punct              // . , ; : ! ? ( ) - — … and other marks
	Quote              // " “ ” ‘ ’ « » ‹ › „ and a quoting '
	Symbol             // $ % & @ # and other symbols
	URL                // http://…, www.…, e-mail addresses, @handles, #tags
)

var kindNames = [...]string{"Word", "Number", "Punct", "Quote", "Symbol", "URL"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind?"
}

// Token is one token: its kind, its bytes in the text, and how it is
// separated from the previous token.
type Token struct {
	claimtrail.Span
	Kind Kind
	// Space reports white space between the previous token and this one.
	Space bool
	// Lines counts line breaks between the previous token and this one
	// (2 or more is a blank line: a paragraph break).
	Lines uint8
}

// Text returns the token's bytes in text.
func (t Token) Text(text string) string { return text[t.Start:t.End] }

// Abbrev reports whether a lower-case word, without its final period, is
// an abbreviation that keeps its period ("gen", "u.s"). The segmenter and
// tokenizer share it; it comes from the language's abbreviation table.
type Abbrev func(lower string) bool

// Tokenizer splits text into tokens.
type Tokenizer struct {
	abbrev Abbrev
}

// New returns a Tokenizer that keeps the final period on the abbreviations
// abbrev accepts. A nil abbrev keeps it only on dotted initialisms (U.S.).
func New(abbrev Abbrev) *Tokenizer { return &Tokenizer{abbrev: abbrev} }

// Tokenize appends the tokens of text to dst and returns it.
func (tz *Tokenizer) Tokenize(dst []Token, text string) []Token {
	i, n := 0, len(text)
	space, lines := true, 0
	// a text without an at sign holds no e-mail address: its words need
	// no scan for one
	mail := strings.IndexByte(text, '@') >= 0
	for i < n {
		if sz, breaks := spaceAt(text, i); sz > 0 {
			space, lines = true, lines+breaks
			i += sz
			continue
		}
		end, kind := tz.next(text, i, mail)
		if end <= i { // always advance
			_, sz := utf8.DecodeRuneInString(text[i:])
			end = i + sz
		}
		dst = append(dst, Token{Span: claimtrail.Span{Start: i, End: end}, Kind: kind, Space: space, Lines: uint8(min(lines, 255))})
		i = end
		space, lines = false, 0
	}
	return dst
}

// spaceAt returns the width of the white space at i (0 when there is
// none) and the line breaks it counts (0 or 1). Invalid bytes count as
// space: they carry no text.
func spaceAt(text string, i int) (size, breaks int) {
	if c := text[i]; c < utf8.RuneSelf {
		switch c {
		case ' ', '\t', '\r', '\f', '\v':
			return 1, 0
		case '\n':
			return 1, 1
		}
		return 0, 0
	}
	r, sz := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == '\u2028' || r == '\u2029' || r == '\u0085':
		return sz, 1
	case unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b' || (r == utf8.RuneError && sz == 1):
		return sz, 0
	}
	return 0, 0
}

// next scans one token starting at i, which is not white space; mail
// is whether text may hold an e-mail address.
func (tz *Tokenizer) next(text string, i int, mail bool) (int, Kind) {
	r, sz := utf8.DecodeRuneInString(text[i:])
	switch {
	case r < utf8.RuneSelf && (isASCIILetter(byte(r))) || r >= utf8.RuneSelf && unicode.IsLetter(r):
		if e := scanURL(text, i, mail); e > i {
			return e, URL
		}
		return tz.scanWord(text, i), Word
	case r >= '0' && r <= '9':
		return tz.scanNumeral(text, i)
	}
	switch r {
	case '"', '“', '”', '„', '«', '»', '‹', '›', '‟', '「', '」':
		return i + sz, Quote
	case '‘', '’', '\'', '`':
		return scanApostrophe(text, i, r, sz)
	case '.', '-':
		return scanRun(text, i, byte(r)), Punct
	case '@', '#':
		if e := scanHandle(text, i); e > i+1 {
			return e, URL
		}
		return i + sz, Symbol
	case '<':
		// elision "<…>" or "<...>" is one token
		if e := scanElision(text, i); e > i {
			return e, Punct
		}
		return i + sz, Symbol
	case '$', '%', '&', '+', '=', '*', '/', '\\', '|', '^', '~', '>', '€', '£', '¥', '§', '°', '©', '®', '™':
		return i + sz, Symbol
	}
	if unicode.IsPunct(r) {
		return i + sz, Punct
	}
	if unicode.IsDigit(r) || unicode.IsNumber(r) {
		return i + sz, Number
	}
	return i + sz, Symbol
}

// scanNumeral scans a token that starts with an ASCII digit: a number,
// or one word when letters are glued to it (3rd, 1990s, 9mm, 136-km).
func (tz *Tokenizer) scanNumeral(text string, i int) (int, Kind) {
	e := scanNumber(text, i)
	if e == len(text) {
		return e, Number
	}
	r2, sz2 := utf8.DecodeRuneInString(text[e:])
	if isLetter(r2) {
		// 3rd, 1990s, 64.8million: the number and its letters
		for e < len(text) {
			r3, sz3 := utf8.DecodeRuneInString(text[e:])
			if !isAlnum(r3) {
				break
			}
			e += sz3
		}
		return e, Word
	}
	if r2 == '-' && e+sz2 < len(text) && isLetter(runeAt(text, e+sz2)) {
		return tz.scanWord(text, i), Word
	}
	return e, Number
}

// scanApostrophe scans a token that starts with the apostrophe or single
// quote r (sz bytes): a clitic, a quote, or an elided year.
func scanApostrophe(text string, i int, r rune, sz int) (int, Kind) {
	// a clitic glued to the word before it: Iran|'s, they|'re
	if i > 0 && isApostrophe(r) && isClitic(text[i+sz:]) && isAlnum(lastRune(text[:i])) {
		j := i + sz
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		return j, Word
	}
	// otherwise it quotes, or elides a year ('90s).
	if (r == '\'' || r == '`') && i+1 < len(text) && text[i+1] == byte(r) {
		return i + 2, Quote // '' and `` open or close quotations
	}
	if i+sz < len(text) && text[i+sz] >= '0' && text[i+sz] <= '9' && r != '`' {
		e := scanNumber(text, i+sz)
		if e < len(text) && text[e] == 's' {
			e++
		}
		return e, Number
	}
	return i + sz, Quote
}

// scanRun scans a run of the byte c: ... or --.
func scanRun(text string, i int, c byte) int {
	for i < len(text) && text[i] == c {
		i++
	}
	return i
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return isASCIILetter(c) || c >= '0' && c <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord scans letters and digits joined by inner hyphens, apostrophes
// and periods, then splits off English clitics and a final period that is
// not part of an abbreviation.
func (tz *Tokenizer) scanWord(text string, i int) int {
	start := i
	dotted := false // "U.S." style: single letters joined by periods
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if isAlnum(r) {
			i += sz
			continue
		}
		if i+sz < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[i+sz:])
			if (r == '-' || r == '‐' || r == '&') && isAlnum(r2) {
				i += sz
				continue
			}
			if isApostrophe(r) && isLetter(r2) {
				// clitic: stop before 's 're 've 'll 'd 'm and n't; keep O'Brien
				if isClitic(text[i+sz:]) {
					break
				}
				if i-1 > start && (text[i-1] == 'n' || text[i-1] == 'N') && (r2 == 't' || r2 == 'T') &&
					(i+sz+1 == len(text) || !isAlnum(runeAt(text, i+sz+1))) {
					return i - 1
				}
				i += sz
				continue
			}
			if r == '.' && isLetter(r2) && i-start <= 3 {
				// U.S.  e.g.  a.m.  Ph.D.  (short letter groups)
				dotted = true
				i += sz
				continue
			}
		}
		break
	}
	// n't: "don't" → "do" "n't"; the apostrophe check above stopped at ' so
	// look back for "n" before the apostrophe.
	if i < len(text) && isApostrophe(runeAt(text, i)) && i-1 > start && (text[i-1] == 'n' || text[i-1] == 'N') {
		_, asz := utf8.DecodeRuneInString(text[i:])
		if j := i + asz; j < len(text) && (text[j] == 't' || text[j] == 'T') && (j+1 == len(text) || !isAlnum(runeAt(text, j+1))) {
			return i - 1
		}
	}
	// keep a final period on dotted initialisms and known abbreviations
	if i < len(text) && text[i] == '.' && (i+1 == len(text) || text[i+1] != '.') {
		w := text[start:i]
		if dotted || tz.isAbbrev(w) || (len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z') {
			return i + 1
		}
	}
	return i
}

// maxClitic is the longest clitic (in letters after its apostrophe) the
// clitics table may hold.
const maxClitic = 3

// clitics holds the lower-case clitics of table clitics ("s", "re"). The
// tokenizer names no language yet, so these are English's (as layer's
// word classes are).
var clitics = sync.OnceValue(func() map[string]bool {
	tb := lang.MustLoad("en", "clitics")
	m := make(map[string]bool, len(tb.Order))
	for _, c := range tb.Order {
		if len(c) > maxClitic || strings.ToLower(c) != c || strings.IndexFunc(c, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			panic(fmt.Sprintf("lang table clitics: %q is not a lower-case ASCII clitic of at most %d letters", c, maxClitic))
		}
		m[c] = true
	}
	return m
})

// isClitic reports whether s (just after an apostrophe) starts a clitic:
// its ASCII letters, lower-cased, are one of table clitics and no letter
// or digit follows them.
func isClitic(s string) bool {
	var l [maxClitic + 1]byte
	n := 0
	for n < len(s) && n <= maxClitic {
		c := s[n] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		l[n] = c
		n++
	}
	if n == 0 || n > maxClitic || !clitics()[string(l[:n])] {
		return false
	}
	return n == len(s) || !isAlnum(runeAt(s, n))
}

func (tz *Tokenizer) isAbbrev(w string) bool {
	if tz.abbrev == nil || len(w) > 8 {
		return false
	}
	var buf [8]byte
	upper := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[k] = c
	}
	if !upper {
		return tz.abbrev(w) // already its lower-case key: no copy to allocate
	}
	return tz.abbrev(string(buf[:len(w)]))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// AppendLower appends w to dst with ASCII letters lower-cased: the key
// form every word-table lookup uses, built without allocating.
func AppendLower(dst []byte, w string) []byte {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// scanNumber scans digits with inner separators: 1,000.5  9/11  10:30  2022-10-08.
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	return i
}

// scanURL returns the end of the web address or, when mail, e-mail
// address starting at i; i when none does.
func scanURL(text string, i int, mail bool) int {
	rest := text[i:]
	if !(HasPrefixLower(rest, "http://") || HasPrefixLower(rest, "https://") || HasPrefixLower(rest, "www.")) {
		if !mail {
			return i
		}
		// e-mail: word@word.tld
		j := i
		for j < len(text) && (isASCIILetter(text[j]) || text[j] >= '0' && text[j] <= '9' || text[j] == '.' || text[j] == '_' || text[j] == '-' || text[j] == '+') {
			j++
		}
		if j < len(text) && text[j] == '@' && j > i {
			k := scanHandle(text, j)
			if k > j+1 && containsDot(text[j:k]) {
				return trimURLEnd(text, i, k)
			}
		}
		return i
	}
	j := i
	for j < len(text) {
		c := text[j]
		if c <= ' ' || c == '"' || c == '<' || c == '>' || c >= utf8.RuneSelf {
			break
		}
		j++
	}
	return trimURLEnd(text, i, j)
}

func trimURLEnd(text string, i, j int) int {
	for j > i {
		switch text[j-1] {
		case '.', ',', ';', ':', '!', '?', ')', '\'':
			j--
			continue
		}
		break
	}
	return j
}

func containsDot(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] == '.' {
			return true
		}
	}
	return false
}

func scanHandle(text string, i int) int {
	j := i + 1
	for j < len(text) {
		c := text[j]
		if isASCIILetter(c) || c >= '0' && c <= '9' || c == '_' || (c == '.' || c == '-') && j+1 < len(text) && (isASCIILetter(text[j+1]) || text[j+1] >= '0' && text[j+1] <= '9') {
			j++
			continue
		}
		break
	}
	return j
}

func scanElision(text string, i int) int {
	j := i + 1
	for j < len(text) && j-i < 12 {
		switch {
		case text[j] == '.' || text[j] == ' ':
			j++
		case hasPrefix(text[j:], "…"):
			j += len("…")
		case text[j] == '>':
			if j > i+1 {
				return j + 1
			}
			return i
		default:
			return i
		}
	}
	return i
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// HasPrefixLower reports whether s begins with lower, a lower-case word,
// once the ASCII letters of s are lower-cased as AppendLower does: a
// table lookup's comparison, made without building the key.
func HasPrefixLower(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for k := 0; k < len(lower); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}
