package match

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/token"
)

// The words of a text as the matcher reads them: package token's tokens,
// lower-cased and stemmed.

// words splits a table entry into its key words: lower-case, or stems.
func (m *Matcher) words(s string, stem bool) []string {
	var out []string
	for _, w := range scanWords(s) {
		if stem {
			out = append(out, m.stem(w.low))
		} else {
			out = append(out, w.low)
		}
	}
	return out
}

// stem folds an inflected lower-case word to its stem: irregular forms
// through the lemma table, the rest through the language's stemmer.
func (m *Matcher) stem(low string) string {
	if st, ok := m.stems.Get(low); ok {
		return st
	}
	w := low
	if m.oneWord(w) {
		w = joinHyphens(w)
	}
	if n := m.number(w); n != "" {
		m.stems.Put(low, n)
		return n
	}
	if l, ok := m.lemmas[w]; ok {
		w = l
	}
	if len(w) >= 3 && isLetters(w) {
		w = m.stemWord(w)
	}
	m.stems.Put(low, w)
	return w
}

// joinHyphens writes a hyphenated word of letters as one word, so that
// its two spellings meet: "over-stated" is "overstated", "co-operate"
// "cooperate", "e-mail" "email". Words with digits ("covid-19") and
// capitalised names, which never reach stem, keep their hyphens.
func joinHyphens(low string) string {
	if !strings.Contains(low, "-") || strings.HasPrefix(low, "-") || strings.HasSuffix(low, "-") {
		return low
	}
	if joined := strings.ReplaceAll(low, "-", ""); isLetters(joined) {
		return joined
	}
	return low
}

// maxStems bounds the stem cache, so a stream of odd tokens cannot
// exhaust memory.
const maxStems = 200_000

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// word is a word of a text with its byte span.
type word struct {
	low        string // lower-case, possessive and edge punctuation removed
	start, end int
	upper      bool // starts with an upper-case letter
	allUpper   bool
	sentStart  bool // first word of a sentence
	// stem is the matcher's stem of low once stemAt has read it: analyze
	// asks for a word's stem up to three times (its phrases, the phrases
	// of the words before it, its own item), each a look-up in the large
	// shared stem cache.
	stem    string
	stemmed bool
	// clauseBreak: a semicolon, bracket or dash stands before the word
	// (or a sentence starts there).
	clauseBreak bool
	// opensAside and closesAside: an opening or closing bracket stands
	// right before the word; the clause an aside parts goes on after it.
	opensAside, closesAside bool
}

// stemAt returns m.stem(ws[i].low), read once per word.
func (m *Matcher) stemAt(ws []word, i int) string {
	if !ws[i].stemmed {
		ws[i].stem, ws[i].stemmed = m.stem(ws[i].low), true
	}
	return ws[i].stem
}

// splitter is package token's tokenizer, the one word splitter of the
// project; match needs no abbreviation table (dotted initialisms such as
// "U.S." keep their period without one).
var splitter = token.New(nil)

// tokenBuffers hold scanWords' tokens, read once into words and dropped:
// the matcher scores hundreds of sentences a trace, and a fresh, growing
// token slice for each was a fifth of the bytes it allocated. A
// sync.Pool is safe for the matcher's concurrent callers.
var tokenBuffers = sync.Pool{New: func() any { return new([]token.Token) }}

// scanWords reads text into words over package token's tokens: words,
// numbers and handles count, punctuation and quotes only mark sentence
// starts. A clitic token glued to the word before it ("Iran|'s",
// "do|n't") joins that word again, so "don't" stays one word and "'s" is
// dropped from the lower-case form.
func scanWords(text string) []word { return scanWordsTo(nil, text) }

// scanWordsTo is scanWords appending to out, whose room a caller that
// drops the words at once may reuse (Gate.Admits).
func scanWordsTo(out []word, text string) []word {
	buf := tokenBuffers.Get().(*[]token.Token)
	defer tokenBuffers.Put(buf)
	toks := splitter.Tokenize((*buf)[:0], text)
	*buf = toks
	if out == nil {
		out = make([]word, 0, len(toks))
	}
	sentStart, clauseBreak, opens, closes := true, false, false, false
	for k, t := range toks {
		if t.Lines > 0 {
			sentStart = true
		}
		if t.Kind != token.Word && t.Kind != token.Number && t.Kind != token.URL {
			if t.Kind == token.Punct && strings.ContainsAny(text[t.Start:t.End], ".!?:") {
				sentStart = true
			}
			clauseBreak = clauseBreak || t.Kind == token.Punct && breaksClause(text[t.Start:t.End], t.Space)
			if p := text[t.Start:t.End]; t.Kind == token.Punct {
				opens, closes = opens || strings.Contains(p, "("), closes || strings.Contains(p, ")")
			}
			continue
		}
		if n := len(out); n > 0 && isClitic(text, toks, k) {
			out[n-1] = newWord(text, out[n-1].start, t.End, out[n-1].sentStart)
			continue
		}
		end, stop := t.End, false
		if w := text[t.Start:t.End]; len(w) > 1 && strings.IndexByte(w, '.') == len(w)-1 {
			end, stop = end-1, true // "A." ends a sentence; only "U.S." keeps its dot
		}
		w := newWord(text, t.Start, end, sentStart)
		w.clauseBreak = sentStart || clauseBreak
		w.opensAside, w.closesAside = opens && !closes, closes && !opens
		out = append(out, w)
		sentStart, clauseBreak, opens, closes = stop, false, false, false
	}
	return out
}

// breaksClause reports whether a punctuation token ends a clause: a
// semicolon, a bracket, a dash, or a hyphen standing alone ("the vote -
// expected on 5 May - will"); not a comma, which also sets off a name's
// apposition ("Blair, the prime minister, said").
func breaksClause(p string, spaced bool) bool {
	return strings.ContainsAny(p, ";()—–") || p == "-" && spaced
}

// isClitic reports whether token k is a clitic glued to the word token
// before it: "'s", "'re", "n't".
func isClitic(text string, toks []token.Token, k int) bool {
	t := toks[k]
	if k == 0 || t.Space || t.Kind != token.Word || toks[k-1].Kind != token.Word {
		return false
	}
	w := text[t.Start:t.End]
	return strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") || strings.EqualFold(w, "n't") || strings.EqualFold(w, "n’t")
}

// newWord is the word at text[start:end]: its lower-case form with "’"
// read as "'" and a possessive "'s" dropped, and its capitals.
func newWord(text string, start, end int, sentStart bool) word {
	w := text[start:end]
	low := strings.ToLower(w)
	low = strings.TrimSuffix(strings.ReplaceAll(low, "’", "'"), "'s")
	first, _ := utf8.DecodeRuneInString(w)
	return word{low: low, start: start, end: end, upper: unicode.IsUpper(first) || camelCase(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")),
		allUpper: isUpperCase(w) && unicode.IsLetter(first), sentStart: sentStart}
}

// isUpperCase reports whether strings.ToUpper(w) == w, without building
// the upper-case copy (newWord asks it of every word): every rune is its
// own upper case, and no byte is invalid UTF-8 (ToUpper would replace it).
func isUpperCase(w string) bool {
	for i, r := range w {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(w[i:]); size == 1 {
				return false
			}
			continue
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// camelCase reports a word of letters that starts in lower case and has
// a capital after it ("iPod", "eBay"): a name, written as its owner
// writes it, though its first letter is small.
func camelCase(w string) bool {
	first, size := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(first) {
		return false
	}
	upper := false
	for _, r := range w[size:] {
		if !unicode.IsLetter(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}
