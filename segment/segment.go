// Package segment splits tokenized news text into sentences and
// paragraphs, and labels the lines that are not reporting: headlines,
// datelines, bylines and page boilerplate.
//
// It works on the token stream of package token, never on raw bytes
// again, so every sentence starts and ends on a token boundary. It is a
// single forward pass with no regular expressions; the word lists it needs
// (abbreviations, sentence starters, agencies, boilerplate) are language
// data tables from package lang.
//
// Line breaks are always sentence breaks and blank lines are paragraph
// breaks: news text extracted from HTML or feeds has one paragraph a line,
// and a sentence that crossed a line break would join a headline or a
// caption to the story.
package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/token"
)

// Kind classifies a sentence by its role in the article.
type Kind uint8

const (
	Body        Kind = iota // reporting prose
	Headline                // the first line, without terminal punctuation
	Dateline                // "WASHINGTON, July 11 (Reuters) -" opening a paragraph
	Byline                  // "By Jane Doe and John Roe, Reuters"
	Boilerplate             // "Advertisement", "Reporting by …", copyright lines
)

var kindNames = [...]string{"Body", "Headline", "Dateline", "Byline", "Boilerplate"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind?"
}

// Sentence is one sentence or one labelled line.
type Sentence struct {
	claimtrail.Span     // byte extent, from the first token's start to the last token's end
	First, Last     int // token index range [First, Last)
	Para            int // 0-based paragraph index (paragraphs are separated by blank lines)
	Kind            Kind
}

// innerEnd reports whether a line has a sentence end before its last
// token: ". " then a capital, which no headline has.
func innerEnd(text string, ln []token.Token) bool {
	for i := 0; i+1 < len(ln); i++ {
		t := ln[i]
		if t.Kind != token.Punct || t.Len() != 1 {
			continue
		}
		if c := text[t.Start]; (c == '.' || c == '!' || c == '?') && ln[i+1].Space {
			if n := text[ln[i+1].Start]; n >= 'A' && n <= 'Z' {
				return true
			}
		}
	}
	return false
}

// maxHeadline is the most tokens a headline line has.
const maxHeadline = 40

// abbreviation kinds, from the abbreviations table's kind field
const (
	abbrOther uint8 = iota
	abbrTitle       // Gen. Mr. Sen.: precede a name, never end a sentence
	abbrMonth
)

// Segmenter splits token streams of one language. It is immutable after
// New and safe for concurrent use.
type Segmenter struct {
	abbrev    map[string]uint8 // lower-case, without final period
	starters  map[string]bool  // lower-case sentence-opening words
	agencies  map[string]bool  // lower-case agency names, multi-word joined by spaces
	months    map[string]bool
	wordlike  map[string]bool // abbreviations that are also words ("no", "ill")
	byIntro   map[string]bool
	byJoiner  map[string]bool
	boiler    []pattern
	boilFirst map[string][]int32 // first token of start/exact patterns → indexes in boiler
	boilAny   []int32            // contains patterns
}

// New returns the Segmenter for language code lang ("en"). It returns an
// EINVALID error when the language has no abbreviation table; the other
// tables are optional and an absent one disables its rule.
func New(code string) (*Segmenter, error) {
	ab, err := lang.Load(code, "abbreviations")
	if err != nil {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "segment: no abbreviation table for language %q", code)
	}
	s := &Segmenter{abbrev: make(map[string]uint8, len(ab.Rows))}
	for k, f := range ab.Rows {
		kind := abbrOther
		if len(f) > 0 {
			switch f[0] {
			case "title":
				kind = abbrTitle
			case "month":
				kind = abbrMonth
			}
		}
		s.abbrev[lower(k)] = kind
	}
	s.starters = keys(code, "segment-starters", "")
	s.agencies = keys(code, "segment-agencies", "")
	s.months = keys(code, "months", "")
	s.wordlike = keys(code, "segment-wordlike", "")
	s.byIntro = keys(code, "segment-bylines", "intro")
	s.byJoiner = keys(code, "segment-bylines", "joiner")
	s.loadBoilerplate(code)
	return s, nil
}

// keys returns the lower-cased keys of a table, only those whose first
// field is role when role is not empty. A missing table gives an empty set.
func keys(code, name, role string) map[string]bool {
	m := map[string]bool{}
	t, err := lang.Load(code, name)
	if err != nil {
		return m
	}
	for k, f := range t.Rows {
		if role == "" || len(f) > 0 && f[0] == role {
			m[lower(k)] = true
		}
	}
	return m
}

// Abbrev returns the language's abbreviation predicate for token.New, so
// that tokenizer and segmenter agree on which periods belong to words.
func (s *Segmenter) Abbrev() token.Abbrev {
	return func(w string) bool { _, ok := s.abbrev[w]; return ok }
}

// IsTitle reports whether w, lower-case with or without its final period,
// is an abbreviation that precedes a name ("mr", "ms.", "dr").
func (s *Segmenter) IsTitle(w string) bool {
	if n := len(w); n > 1 && w[n-1] == '.' {
		w = w[:n-1]
	}
	return s.abbrev[w] == abbrTitle
}

// Split appends the sentences of text, tokenized as toks (by a tokenizer
// built with s.Abbrev()), to dst and returns it. Sentences are in text
// order, do not overlap, and together cover every token.
func (s *Segmenter) Split(dst []Sentence, text string, toks []token.Token) []Sentence {
	para := 0
	// Lines with body text so far: a dateline sits in the lead paragraph,
	// after at most a punctuated title, a standfirst and a summary.
	bodyLines := 0
	for lo := 0; lo < len(toks); {
		hi := lo + 1
		for hi < len(toks) && toks[hi].Lines == 0 {
			hi++
		}
		if lo > 0 && toks[lo].Lines >= 2 {
			para++
		}
		n := len(dst)
		dst = s.line(dst, text, toks, lo, hi, para, bodyLines < 5)
		if len(dst) > n && dst[len(dst)-1].Kind == Body {
			bodyLines++
		}
		lo = hi
	}
	return dst
}

// line splits the tokens [lo, hi) of one line.
func (s *Segmenter) line(dst []Sentence, text string, toks []token.Token, lo, hi, para int, lead bool) []Sentence {
	ln := toks[lo:hi]
	switch {
	case s.isBoilerplate(text, ln):
		return append(dst, mk(toks, lo, hi, para, Boilerplate))
	case s.isByline(text, ln):
		return append(dst, mk(toks, lo, hi, para, Byline))
	}
	if n := s.dateline(text, ln, lead); n > 0 {
		dst = append(dst, mk(toks, lo, lo+n, para, Dateline))
		lo += n
	} else if lo == 0 && !endsSentence(text, ln) && hi-lo <= maxHeadline && !innerEnd(text, ln) {
		// Only the document's first line: later unpunctuated lines are
		// as often list items or timestamps as subheads. A long first line
		// is text whose end was cut off, not a headline.
		return append(dst, mk(toks, lo, hi, para, Headline))
	}
	return s.sentences(dst, text, toks, lo, hi, para)
}

func mk(toks []token.Token, lo, hi, para int, k Kind) Sentence {
	return Sentence{
		Span:  claimtrail.Span{Start: toks[lo].Start, End: toks[hi-1].End},
		First: lo, Last: hi, Para: para, Kind: k,
	}
}

// sentences splits the body tokens [lo, hi) of one line at sentence ends.
func (s *Segmenter) sentences(dst []Sentence, text string, toks []token.Token, lo, hi, para int) []Sentence {
	start := lo
	for i := lo; i < hi; i++ {
		if !isTerminal(text, toks, i, hi) {
			continue
		}
		// Closing quotes, brackets and further terminals belong to the
		// sentence they close: …end.” He said → split after ”.
		j := i + 1
		for j < hi && absorbs(text, toks[j]) {
			j++
		}
		if j >= hi {
			break
		}
		if s.boundary(text, toks, i, j, hi) {
			dst = append(dst, mk(toks, start, j, para, Body))
			start = j
		}
		i = j - 1
	}
	if start < hi {
		dst = append(dst, mk(toks, start, hi, para, Body))
	}
	return dst
}

// isTerminal reports whether token i can end a sentence: . ? ! … or a word
// with a final period (an abbreviation the tokenizer kept whole).
func isTerminal(text string, toks []token.Token, i, hi int) bool {
	t := toks[i]
	w := text[t.Start:t.End]
	switch t.Kind {
	case token.Punct:
		switch w[0] {
		case '.', '?', '!':
			if w[0] == '.' && len(w) > 1 {
				return !isElided(text, toks, i, hi) && !afterEnd(text, toks, i)
			}
			return true
		}
		if w == "…" {
			return !isElided(text, toks, i, hi) && !afterEnd(text, toks, i)
		}
		if w == "‼" || w == "⁇" || w == "⁈" || w == "⁉" {
			return true
		}
	case token.Word:
		return len(w) > 1 && w[len(w)-1] == '.'
	}
	return false
}

// afterEnd reports whether the ellipsis at i follows a sentence end with a
// space, "proof of it. ... He would": it marks omitted sentences and opens
// the next one, as CoreNLP has it, rather than standing alone.
func afterEnd(text string, toks []token.Token, i int) bool {
	if i == 0 || !toks[i].Space || toks[i].Lines > 0 {
		return false
	}
	p := toks[i-1]
	c := text[p.End-1]
	return c == '.' || c == '?' || c == '!'
}

// isElided reports whether the ellipsis at i is bracketed, "[…]" or
// "(...)": an editor's elision inside a quote, not a sentence end.
func isElided(text string, toks []token.Token, i, hi int) bool {
	if i == 0 || i+1 >= hi || toks[i].Space || toks[i+1].Space {
		return false
	}
	a, b := text[toks[i-1].Start], text[toks[i+1].Start]
	return a == '[' && b == ']' || a == '(' && b == ')'
}

// absorbs reports whether t, just after a terminal, still belongs to the
// sentence it ends: a closing quote or bracket, or more terminal marks.
func absorbs(text string, t token.Token) bool {
	w := text[t.Start:t.End]
	switch t.Kind {
	case token.Quote:
		if closesOnly(w) {
			return true // even after a space (« Non. »)
		}
		switch w {
		case "\"", "'", "''":
			return !t.Space
		}
	case token.Punct:
		if t.Space {
			return false
		}
		switch w[0] {
		case ')', ']', '}', '.', '?', '!':
			return true
		}
		return w == "…"
	}
	return false
}

// boundary decides whether a sentence ends after the terminal at i, the
// tokens up to j having been absorbed; j < hi.
func (s *Segmenter) boundary(text string, toks []token.Token, i, j, hi int) bool {
	t, n := toks[i], toks[j]
	// `"Why?", he asked` and `U.S.-based`: a comma, semicolon, colon or
	// dash continues the sentence.
	if n.Kind == token.Punct {
		switch text[n.Start] {
		case ',', ';', ':', '-':
			return false
		}
		if w := text[n.Start:n.End]; w == "—" || w == "–" {
			return false
		}
	}
	// The word that would start the next sentence, past opening marks.
	k := j
	for k < hi && isOpener(text, toks[k]) {
		k++
	}
	if k == hi {
		return true
	}
	nw := toks[k]
	nr, _ := utf8.DecodeRuneInString(text[nw.Start:])
	lowerNext := nw.Kind == token.Word && unicode.IsLower(nr)
	upperNext := nw.Kind == token.Word && unicode.IsUpper(nr)
	// "$64.8million", "said.Next": a period glued to the next word is
	// inside a token the tokenizer split, not a sentence end.
	if j == i+1 && !n.Space && (n.Kind == token.Word || n.Kind == token.Number) {
		return false
	}
	w := text[t.Start:t.End]
	if t.Kind == token.Word { // abbreviation with its period
		if s.abbrKind(w) == abbrTitle {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && has(s.wordlike, w[:len(w)-1]) {
			// "forty-four, no. Rasmussen": a word, unless "no. 3"
			return !lowerNext && nw.Kind != token.Number
		}
		// "U.S. The …" ends a sentence, "U.S. Army" and "Aug. 19" do
		// not: only a capitalised function word is evidence enough.
		return upperNext && has(s.starters, text[nw.Start:nw.End])
	}
	if lowerNext { // "?” he asked", "... and then"
		return false
	}
	if w[0] == '.' && len(w) > 1 || w == "…" {
		// an ellipsis ends a sentence only before a capital
		return upperNext
	}
	return true
}

// abbrKind looks up an abbreviation word with its final period.
func (s *Segmenter) abbrKind(w string) uint8 {
	w = w[:len(w)-1]
	var buf [16]byte
	if len(w) > len(buf) {
		return abbrOther
	}
	if k, ok := s.abbrev[string(token.AppendLower(buf[:0], w))]; ok {
		return k
	}
	return abbrOther
}

// closesOnly reports whether the quote mark w is a directional closer,
// one that never opens a quotation.
func closesOnly(w string) bool {
	switch w {
	case "”", "»", "’", "›", "」":
		return true
	}
	return false
}

// isOpener reports whether t opens a quote or bracket before a sentence's
// first word.
func isOpener(text string, t token.Token) bool {
	w := text[t.Start:t.End]
	switch t.Kind {
	case token.Quote:
		return !closesOnly(w)
	case token.Punct:
		return w == "(" || w == "[" || w == "{"
	}
	return false
}

// endsSentence reports whether a line ends in sentence-final punctuation
// (past closing quotes and brackets), or a colon introducing what follows.
func endsSentence(text string, ln []token.Token) bool {
	i := len(ln) - 1
	for i > 0 && (ln[i].Kind == token.Quote || ln[i].Kind == token.Punct && isCloser(text[ln[i].Start])) {
		i--
	}
	t := ln[i]
	w := text[t.Start:t.End]
	switch t.Kind {
	case token.Punct:
		return w[0] == '.' || w[0] == '?' || w[0] == '!' || w[0] == ':' || w == "…"
	case token.Word:
		return len(w) > 1 && w[len(w)-1] == '.'
	}
	return false
}

func isCloser(c byte) bool { return c == ')' || c == ']' || c == '}' }

// has reports whether the lower-cased w is in m. It lower-cases into a
// stack buffer: the compiler does not allocate for m[string(bytes)].
func has(m map[string]bool, w string) bool {
	var buf [48]byte
	if len(w) > len(buf)/2 {
		return false // no table word is this long
	}
	b := buf[:0]
	for k := 0; k < len(w); {
		c := w[k]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			k++
			continue
		}
		r, sz := utf8.DecodeRuneInString(w[k:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		k += sz
	}
	return m[string(b)]
}

func lower(w string) string {
	var buf [32]byte
	if len(w) <= len(buf) {
		ascii := true
		for k := 0; k < len(w); k++ {
			if w[k] >= utf8.RuneSelf {
				ascii = false
				break
			}
		}
		if ascii {
			return string(token.AppendLower(buf[:0], w))
		}
	}
	var out []rune
	for _, r := range w {
		out = append(out, unicode.ToLower(r))
	}
	return string(out)
}
