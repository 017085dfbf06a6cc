package segment

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/token"
)

// Where a boilerplate pattern must sit in its line.
const (
	atStart uint8 = iota
	exact
	contains
)

// pattern is one row of the boilerplate table: runs of lower-case token
// texts separated by gaps of any tokens.
type pattern struct {
	parts [][]string
	where uint8
	max   int // most tokens the line may have; 0 is any
}

// loadBoilerplate tokenizes the table's patterns with the same tokenizer
// rules as the text, so "(c)" and "read more:" match token by token.
func (s *Segmenter) loadBoilerplate(code string) {
	s.boilFirst = map[string][]int32{}
	t, err := lang.Load(code, "segment-boilerplate")
	if err != nil {
		return
	}
	tz := token.New(s.Abbrev())
	var toks []token.Token
	for _, key := range t.Order {
		f := t.Rows[key]
		p := pattern{}
		if len(f) > 0 {
			switch f[0] {
			case "exact":
				p.where = exact
			case "contains":
				p.where = contains
			}
		}
		if len(f) > 1 {
			p.max, _ = strconv.Atoi(f[1])
		}
		toks = tz.Tokenize(toks[:0], key)
		var part []string
		for _, tk := range toks {
			w := tk.Text(key)
			if w == "…" {
				if len(part) > 0 {
					p.parts = append(p.parts, part)
				}
				part = nil
				continue
			}
			part = append(part, lower(w))
		}
		if len(part) > 0 {
			p.parts = append(p.parts, part)
		}
		if len(p.parts) == 0 {
			continue
		}
		idx := int32(len(s.boiler))
		s.boiler = append(s.boiler, p)
		if p.where == contains {
			s.boilAny = append(s.boilAny, idx)
		} else {
			first := p.parts[0][0]
			s.boilFirst[first] = append(s.boilFirst[first], idx)
		}
	}
}

// isBoilerplate reports whether the line matches a boilerplate pattern.
func (s *Segmenter) isBoilerplate(text string, ln []token.Token) bool {
	var buf [24]byte
	w := ln[0].Text(text)
	var cand []int32
	if len(w) <= len(buf) {
		cand = s.boilFirst[string(token.AppendLower(buf[:0], w))]
	}
	for _, pi := range cand {
		if s.boiler[pi].match(text, ln) {
			return true
		}
	}
	for _, pi := range s.boilAny {
		if s.boiler[pi].match(text, ln) {
			return true
		}
	}
	return false
}

func (p *pattern) match(text string, ln []token.Token) bool {
	if p.max > 0 && len(ln) > p.max {
		return false
	}
	n := len(ln)
	if p.where == exact {
		// final punctuation does not make "Advertisement." prose
		for n > 1 && ln[n-1].Kind == token.Punct {
			n--
		}
	}
	i := 0
	for pi, part := range p.parts {
		if pi == 0 && p.where != contains {
			if !matchAt(text, ln[:n], 0, part) {
				return false
			}
			i = len(part)
			continue
		}
		for ; i+len(part) <= n; i++ {
			if matchAt(text, ln[:n], i, part) {
				break
			}
		}
		if i+len(part) > n {
			return false
		}
		i += len(part)
	}
	return p.where != exact || i == n
}

func matchAt(text string, ln []token.Token, i int, part []string) bool {
	if i+len(part) > len(ln) {
		return false
	}
	for k, w := range part {
		if tok := ln[i+k].Text(text); len(tok) != len(w) || !token.HasPrefixLower(tok, w) {
			return false
		}
	}
	return true
}

// isByline reports whether the line is "By Jane Doe", "By Jane Doe and
// John Roe, Reuters" or "BY JANE DOE | The Daily Planet": the intro word
// capitalised, then only names, joiners and separators, and no sentence
// punctuation.
func (s *Segmenter) isByline(text string, ln []token.Token) bool {
	if len(ln) < 2 || len(ln) > 24 || ln[0].Kind != token.Word || !has(s.byIntro, ln[0].Text(text)) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[ln[0].Start:]); !unicode.IsUpper(r) {
		return false
	}
	if ln[1].Kind != token.Word || !isCap(text, ln[1]) {
		return false
	}
	for _, t := range ln[2:] {
		w := t.Text(text)
		switch t.Kind {
		case token.Word:
			if !isCap(text, t) && !has(s.byJoiner, w) {
				return false
			}
		case token.Punct:
			switch w {
			case ",", "-", "—", "–", "/", "(", ")":
			default:
				return false
			}
		case token.Symbol:
			if w != "|" && w != "&" && w != "/" {
				return false
			}
		case token.URL: // e-mail, @handle
		default:
			return false
		}
	}
	return true
}

// isCap reports whether a word token starts with an upper-case letter.
func isCap(text string, t token.Token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	return unicode.IsUpper(r)
}

// isAllCaps reports whether a word has at least two letters and no
// lower-case one: "WASHINGTON", "U.S.", "KYIV".
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func isDash(w string) bool {
	return w == "—" || w == "–" || w == "-" || w == "--" || w == "---" || w == "―"
}

// dateline returns the number of tokens of a dateline opening the line,
// or 0:
//
//	WASHINGTON, July 11 (Reuters) -     LONDON (AP) —     KYIV, Ukraine —
//	Washington (CNN)The president …
//
// The place before the first comma must be in capitals unless an agency
// from the table follows in parentheses, so that "FBI Director Jane Doe —"
// is not a dateline. Without an agency, only the story's first paragraph
// (lead is true) may carry one: later capitals before a dash are section
// kickers ("QUESTIONABLE CLAIMS —").
func (s *Segmenter) dateline(text string, ln []token.Token, lead bool) int {
	if len(ln) < 3 || ln[0].Kind != token.Word || !isCap(text, ln[0]) {
		return 0
	}
	capsPlace := true // every word before the first comma is in capitals
	comma := false
	for i := 0; i < len(ln)-1 && i < 16; i++ {
		t := ln[i]
		w := t.Text(text)
		switch t.Kind {
		case token.Word:
			if !isCap(text, t) && !(comma && has(s.months, w)) {
				return 0
			}
			if !comma && !isAllCaps(w) {
				capsPlace = false
			}
			continue
		case token.Number:
			if !comma || len(w) > 4 {
				return 0
			}
			continue
		case token.Punct:
			switch {
			case w == ",":
				if i == 0 {
					return 0
				}
				comma = true
				continue
			case w == "(":
				return s.agency(text, ln, i, capsPlace)
			case isDash(w):
				if i == 0 || !capsPlace || !lead {
					return 0
				}
				return i + 1
			}
		}
		return 0
	}
	return 0
}

// WirePrefix returns the number of tokens of a wire dateline opening
// the text that the segmenter leaves in the first sentence: the agency
// alone ("(Reuters) -", "(CNN) --") or a month and day before it ("Oct 6
// (Reuters) -"), an agency from the table and a dash required; 0 when
// there is none. It is no sentence of its own because the segmenter's
// sentences are the attribution tagger's features, trained on texts
// that read these lines so; a reader of spans cuts it from a speaker or
// a content instead (layer.Doc.Wire).
func (s *Segmenter) WirePrefix(text string, ln []token.Token) int {
	if len(ln) < 4 {
		return 0
	}
	i := 0
	if ln[0].Kind == token.Word && has(s.months, ln[0].Text(text)) && ln[1].Kind == token.Number && len(ln[1].Text(text)) <= 2 {
		i = 2
	}
	if ln[i].Kind != token.Punct || ln[i].Text(text) != "(" {
		return 0
	}
	j := i + 1
	for j < len(ln) && j-i <= 4 && ln[j].Kind == token.Word {
		j++
	}
	if j == i+1 || j+1 >= len(ln) || ln[j].Text(text) != ")" || !isDash(ln[j+1].Text(text)) || j+2 >= len(ln) {
		return 0
	}
	var buf [64]byte
	if name, ok := joinLower(buf[:0], text, ln[i+1:j]); !ok || !s.agencies[string(name)] {
		return 0
	}
	return j + 2
}

// joinLower appends the words of toks to buf lower-case and joined by
// spaces (an agency's name as the table writes it), false when they do
// not fit in buf's capacity: no table name is that long, and the buffer
// stays on the stack.
func joinLower(buf []byte, text string, toks []token.Token) ([]byte, bool) {
	for k, t := range toks {
		w := t.Text(text)
		if len(buf)+len(w)+1 > cap(buf) {
			return nil, false
		}
		if k > 0 {
			buf = append(buf, ' ')
		}
		buf = token.AppendLower(buf, w)
	}
	return buf, true
}

// agency reads "(Reuters)" at ln[i] and an optional dash after it, and
// returns the dateline's length in tokens, or 0.
func (s *Segmenter) agency(text string, ln []token.Token, i int, capsPlace bool) int {
	if i == 0 {
		return 0
	}
	j := i + 1
	for j < len(ln) && j-i <= 5 && ln[j].Text(text) != ")" {
		j++
	}
	if j >= len(ln)-1 || ln[j].Text(text) != ")" || j == i+1 {
		return 0
	}
	caps := true
	for k := i + 1; k < j; k++ {
		w := ln[k].Text(text)
		if ln[k].Kind != token.Word && w != "-" && w != "&" {
			return 0
		}
		if ln[k].Kind == token.Word && !isAllCaps(w) {
			caps = false
		}
	}
	var buf [64]byte
	name, ok := joinLower(buf[:0], text, ln[i+1:j])
	if !ok {
		return 0
	}
	known := s.agencies[string(name)]
	if !known && !(capsPlace && caps) {
		return 0
	}
	// an optional dash after the agency
	if k := j + 1; k < len(ln)-1 && ln[k].Kind == token.Punct && isDash(ln[k].Text(text)) {
		return k + 1
	}
	// "(CNN)The …" with no dash: the story must go on with a capital
	if n := ln[j+1]; n.Kind == token.Word && isCap(text, n) || n.Kind == token.Quote {
		return j + 1
	}
	return 0
}
