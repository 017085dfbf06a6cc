// Package quote pairs quotation marks in tokenized news text.
//
// Writers mix curly, straight, French and German marks, use ’ both as an
// apostrophe and a closing quote, and follow the news convention that a
// quotation running over several paragraphs leaves each paragraph but the
// last unclosed and reopens the next; where a text ran those paragraphs
// into one line (BBC: `"A. "B."`), a double mark after a sentence end
// reopens the quotation there. Scan resolves each mark from its
// shape, its spacing and the marks still open, in one pass over the
// tokens, and reports what it cannot pair as diagnostics rather than
// failing. An unclosed quotation ends with its paragraph, so one missing
// mark never swallows the rest of an article.
package quote

import (
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/token"
)

// Quote is one quotation: its marks and what they enclose.
type Quote struct {
	// Open and Close are the marks; Close is empty (Start == End ==
	// Inner.End) when the quotation is unterminated.
	Open, Close claimtrail.Span
	// Inner lies between the marks, marks excluded: the content.
	Inner      claimtrail.Span
	Terminated bool
	// Continued reports that the quotation opens a paragraph and continues
	// one the previous paragraph left open (the news convention), or
	// reopens after a sentence end within a paragraph whose text ran
	// paragraphs together ("A. "B."): the quote before it is unterminated.
	Continued bool
	Depth     int  // 0 outermost, 1 nested …
	Single    bool // single marks ‘ ’ ' ‹ › (scare quotes, nested quotes)
}

// Extent returns the quotation's span, marks included.
func (q Quote) Extent() claimtrail.Span {
	return claimtrail.Span{Start: q.Open.Start, End: q.Close.End}
}

// maxDepth bounds nesting: deeper marks in garbage input are ignored, so
// the open-quote stack stays small and on the stack.
const maxDepth = 32

// what a mark may do, before context decides
const (
	prefNone   = iota // not a quotation mark here
	prefOpen          // “ « „ ‘ ‹
	prefClose         // ” » ’ ›
	prefEither        // " '
)

// scanner is the state of one Scan call.
type scanner struct {
	text   string
	toks   []token.Token
	dst    []Quote
	diags  []claimtrail.Diagnostic
	stack  [maxDepth]int32 // indexes into dst of open quotes, outermost first
	depth  int             // open quotes: stack[:depth]
	blank  bool            // the text has blank lines, so a single line break may be a soft wrap
	contin bool            // the next quote opened at a paragraph start continues the previous one
	paraLo int             // first token of the current paragraph
}

// Scan appends the quotations of text, tokenized as toks, to dst in order
// of their opening marks, and returns it with diagnostics for marks it
// could not pair. The quotations nest: each lies within the Inner of any
// quotation with a smaller Depth that opened before it and is still open.
func Scan(dst []Quote, text string, toks []token.Token) ([]Quote, []claimtrail.Diagnostic) {
	s := scanner{text: text, toks: toks, dst: dst}
	for _, t := range toks {
		if t.Lines >= 2 {
			s.blank = true
			break
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > 0 && t.Lines > 0 && s.paraBreak(i) {
			s.endPara(i)
		}
		if t.Kind != token.Quote {
			continue
		}
		w := text[t.Start:t.End]
		span := t.Span
		// '' and `` are one double mark (typewriter and TeX style)
		if (w == "'" || w == "`") && i+1 < len(toks) && toks[i+1].Kind == token.Quote &&
			!toks[i+1].Space && toks[i+1].Lines == 0 && text[toks[i+1].Start:toks[i+1].End] == w {
			if w == "`" {
				w = "``"
			} else {
				w = "''"
			}
			span.End = toks[i+1].End
			s.mark(i, i+1, w, span)
			i++
			continue
		}
		s.mark(i, i, w, span)
	}
	s.endPara(len(toks))
	return s.dst, s.diags
}

// paraBreak reports whether the line break before token i ends a
// paragraph for quoting purposes. A blank line always does; a single line
// break does when the text has no blank lines (one paragraph a line) or
// when the line before ended a sentence, and is otherwise a soft wrap.
func (s *scanner) paraBreak(i int) bool {
	if s.toks[i].Lines >= 2 || !s.blank {
		return true
	}
	p := s.toks[i-1]
	r, _ := utf8.DecodeLastRuneInString(s.text[p.Start:p.End])
	switch r {
	case '.', '?', '!', '…', ':', '”', '"', '’', '»', '\'':
		return true
	}
	return false
}

// classify returns a mark's preference and whether it is single.
func classify(w string) (pref int, single bool) {
	switch w {
	case "“", "«", "„", "‟", "「", "``":
		return prefOpen, false
	case "”", "»", "」", "''":
		return prefClose, false
	case "\"":
		return prefEither, false
	case "‘", "‹", "`":
		return prefOpen, true
	case "’", "›":
		return prefClose, true
	case "'":
		return prefEither, true
	}
	return prefNone, false
}

// mark handles one quotation mark made of tokens [i, j].
func (s *scanner) mark(i, j int, w string, span claimtrail.Span) {
	pref, single := classify(w)
	if pref == prefNone {
		return
	}
	ctxOpen := s.spaceBefore(i) && s.wordAfter(j)
	ctxClose := !s.spaceBefore(i) && s.spaceAfter(j)
	open := s.nearest(single)
	var opens bool
	switch pref {
	case prefOpen:
		opens = true
		if open >= 0 {
			ow := s.text[s.dst[open].Open.Start:s.dst[open].Open.End]
			// German „…“, and writers who use one mark for both ends
			if ow == "„" && (w == "“" || w == "‘") || ctxClose && !ctxOpen {
				opens = false
			}
		}
		if opens && single && !s.wordAfter(j) {
			return // "‘ " before a space opens nothing
		}
	case prefClose:
		if single {
			// never a reversed opener: ’cause, ’em and ’til are elisions
			if open < 0 || s.apostrophe(i, j) {
				return // an apostrophe: Iran’s is one token, countries’ is not
			}
			break
		}
		// ”Fear …, Swedish ”…”; and a paragraph cannot start by closing
		opens = open < 0 && (ctxOpen && !ctxClose || s.lineStart(i))
	case prefEither:
		switch {
		case ctxOpen && !ctxClose:
			opens = true
		case ctxClose && !ctxOpen:
			opens = false
		default: // alternate
			opens = open < 0
		}
		if !single && !opens && open < 0 && i > 0 && !s.toks[i].Space && s.toks[i-1].Kind == token.Number {
			return // inches: 6'3" tall
		}
		if single && opens && !ctxOpen {
			return // a glued ' opening nothing: "a'b"
		}
		if single && !opens && (open < 0 || s.apostrophe(i, j)) {
			return // "the players' union"
		}
	}
	if opens {
		if !single && open >= 0 && s.reopens(i, open) {
			s.restart(i, span)
			return
		}
		s.open(span, single)
		return
	}
	if open < 0 {
		if !single {
			s.diag(span, "stray closing quotation "+w)
		}
		return
	}
	s.close(open, span)
}

// reopens reports whether the opening double mark at token i, with the
// double quote open at dst index open, rather continues that quotation
// in a new paragraph that the text ran into this one (BBC's "A. "B. "C."):
// the open quotation is the outermost, and the mark follows the end of a
// sentence and a space. A quotation nested inside another opens after a
// word ("it was "fake" news"), and nests in single marks in news style.
func (s *scanner) reopens(i, open int) bool {
	if int(s.stack[0]) != open || i == 0 || !s.toks[i].Space || s.toks[i].Lines > 0 {
		return false
	}
	p := s.toks[i-1]
	if p.Kind != token.Punct {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s.text[p.Start:p.End])
	switch r {
	case '.', '?', '!', '…':
		return p.Start > s.dst[open].Inner.Start
	}
	return false
}

// restart ends, without diagnostics, the quotes open before the mark at
// token i, and opens the quotation's continuation at span.
func (s *scanner) restart(i int, span claimtrail.Span) {
	end := s.toks[i-1].End
	for k := s.depth - 1; k >= 0; k-- {
		s.unterminated(int(s.stack[k]), end, false)
	}
	s.depth = 0
	s.open(span, false)
	s.dst[len(s.dst)-1].Continued = true
}

// nearest returns the index in dst of the innermost open quote of the
// given kind, or -1.
func (s *scanner) nearest(single bool) int {
	for k := s.depth - 1; k >= 0; k-- {
		if q := s.stack[k]; s.dst[q].Single == single {
			return int(q)
		}
	}
	return -1
}

func (s *scanner) open(span claimtrail.Span, single bool) {
	if s.depth == maxDepth {
		s.diag(span, "quotation nested too deeply "+s.text[span.Start:span.End])
		return
	}
	q := Quote{
		Open:   span,
		Inner:  claimtrail.Span{Start: span.End, End: span.End},
		Depth:  s.depth,
		Single: single,
	}
	if s.contin && s.depth == 0 && s.atParaStart(span.Start) {
		q.Continued = true
	}
	s.contin = false
	s.dst = append(s.dst, q)
	s.stack[s.depth] = int32(len(s.dst) - 1)
	s.depth++
}

// atParaStart reports whether byte offset o is the first token of the
// current paragraph.
func (s *scanner) atParaStart(o int) bool {
	return s.paraLo < len(s.toks) && s.toks[s.paraLo].Start == o
}

// close terminates quote q with the mark at span, leaving any quotes
// opened inside it unterminated there.
func (s *scanner) close(q int, span claimtrail.Span) {
	for s.depth > 0 {
		s.depth--
		top := int(s.stack[s.depth])
		if top == q {
			d := &s.dst[q]
			d.Inner.End = span.Start
			d.Close = span
			d.Terminated = true
			return
		}
		s.unterminated(top, span.Start, true)
	}
}

// unterminated ends quote q without a closing mark at byte end.
func (s *scanner) unterminated(q, end int, report bool) {
	d := &s.dst[q]
	if end < d.Inner.Start {
		end = d.Inner.Start
	}
	d.Inner.End = end
	d.Close = claimtrail.Span{Start: end, End: end}
	d.Terminated = false
	if report {
		s.diag(d.Open, "unterminated quotation "+s.text[d.Open.Start:d.Open.End])
	}
}

// endPara closes the paragraph that ends before token i. Quotes still
// open end with it; the outermost one is left open by convention, without
// a diagnostic, when the next paragraph opens with a quotation mark.
func (s *scanner) endPara(i int) {
	if s.depth > 0 {
		end := s.toks[i-1].End
		conv := i < len(s.toks) && s.opensQuote(i, s.dst[s.stack[0]].Single)
		for k := s.depth - 1; k >= 0; k-- {
			s.unterminated(int(s.stack[k]), end, !(conv && k == 0))
		}
		s.depth = 0
		s.contin = conv
	} else {
		s.contin = false
	}
	s.paraLo = i
}

// opensQuote reports whether token i is a mark that opens a quotation of
// the given kind.
func (s *scanner) opensQuote(i int, single bool) bool {
	t := s.toks[i]
	if t.Kind != token.Quote {
		return false
	}
	pref, sg := classify(s.text[t.Start:t.End])
	if sg != single {
		return false
	}
	return pref == prefOpen || pref == prefEither && s.wordAfter(i) ||
		pref == prefClose && !single // ”Fear …: a reversed opener
}

// lineStart reports whether token i starts the text or a line.
func (s *scanner) lineStart(i int) bool { return i == 0 || s.toks[i].Lines > 0 }

// spaceBefore reports white space, a line start, an opening bracket, a
// dash or an opening mark before token i: the left side of an opener.
func (s *scanner) spaceBefore(i int) bool {
	t := s.toks[i]
	if i == 0 || t.Space || t.Lines > 0 {
		return true
	}
	p := s.toks[i-1]
	w := s.text[p.Start:p.End]
	switch w {
	case "(", "[", "{", "-", "--", "—", "–", "/":
		return true
	}
	if p.Kind == token.Quote {
		pref, _ := classify(w)
		return pref == prefOpen || pref == prefEither && (i < 2 || s.toks[i-1].Space || s.toks[i-1].Lines > 0)
	}
	return false
}

// wordAfter reports that token j is followed, without a space, by text
// that can start a quotation: a word, number or symbol, an opening mark.
func (s *scanner) wordAfter(j int) bool {
	if j+1 >= len(s.toks) {
		return false
	}
	n := s.toks[j+1]
	if n.Space || n.Lines > 0 {
		return false
	}
	switch n.Kind {
	case token.Punct:
		w := s.text[n.Start:n.End]
		return w == "(" || w == "[" || w == "…" || w[0] == '.' && len(w) > 1 || w[0] == '<' || w == "¿" || w == "¡"
	case token.Quote:
		pref, _ := classify(s.text[n.Start:n.End])
		return pref == prefOpen || pref == prefEither
	}
	return true
}

// spaceAfter reports white space, the end, punctuation or a closing mark
// after token j: the right side of a closer.
func (s *scanner) spaceAfter(j int) bool {
	if j+1 >= len(s.toks) {
		return true
	}
	n := s.toks[j+1]
	if n.Space || n.Lines > 0 {
		return true
	}
	switch n.Kind {
	case token.Punct:
		w := s.text[n.Start:n.End]
		return w != "(" && w != "[" && w != "¿" && w != "¡"
	case token.Quote:
		pref, _ := classify(s.text[n.Start:n.End])
		return pref == prefClose || pref == prefEither
	case token.Word:
		// "'s" after a closing mark: “Trump”’s
		w := s.text[n.Start:n.End]
		r, _ := utf8.DecodeRuneInString(w)
		return r == '\'' || r == '’'
	}
	return false
}

// apostrophe reports whether the single closing mark at [i, j], with a
// single quote open, is rather a plural possessive ("the protesters’
// demands") because another closer follows in the same paragraph before
// any new opener. The look-ahead is bounded to keep Scan linear.
func (s *scanner) apostrophe(i, j int) bool {
	if i == 0 || s.toks[i].Space || s.toks[i].Lines > 0 {
		return false
	}
	p := s.toks[i-1]
	last, _ := utf8.DecodeLastRuneInString(s.text[p.Start:p.End])
	if p.Kind != token.Word || last != 's' && last != 'S' {
		return false
	}
	// the possessive is followed by a word, not by punctuation
	if j+1 >= len(s.toks) || s.toks[j+1].Kind != token.Word || s.toks[j+1].Lines > 0 {
		return false
	}
	for k := j + 1; k < len(s.toks) && k < j+60; k++ {
		t := s.toks[k]
		if t.Lines > 0 && s.paraBreak(k) {
			return false
		}
		if t.Kind != token.Quote {
			continue
		}
		pref, single := classify(s.text[t.Start:t.End])
		if !single {
			continue
		}
		if pref == prefOpen {
			return false
		}
		if !t.Space && s.spaceAfter(k) {
			return true
		}
	}
	return false
}

func (s *scanner) diag(span claimtrail.Span, msg string) {
	s.diags = append(s.diags, claimtrail.Diagnostic{Span: span, Msg: msg})
}

// Innermost returns, for each token, the index in quotes of the innermost
// quote whose Inner contains it, or -1; it appends to dst. quotes must be
// as Scan returns them: ordered by opening mark and nested. A quote's own
// marks belong to the quote around it.
func Innermost(dst []int32, quotes []Quote, toks []token.Token) []int32 {
	var stackBuf [maxDepth + 1]int32
	stack := stackBuf[:0]
	qi := 0
	for _, t := range toks {
		for qi < len(quotes) && quotes[qi].Inner.Start <= t.Start {
			// drop quotes that closed before this one opened
			for len(stack) > 0 && quotes[stack[len(stack)-1]].Inner.End <= quotes[qi].Open.Start {
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, int32(qi))
			qi++
		}
		for len(stack) > 0 && quotes[stack[len(stack)-1]].Inner.End < t.End {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			dst = append(dst, stack[len(stack)-1])
		} else {
			dst = append(dst, -1)
		}
	}
	return dst
}
