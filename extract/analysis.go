package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/token"
)

// analysis is the per-document token layer every later step reads: tokens
// and, per token, its line, sentence, innermost quote, cue class and tags.
type analysis struct {
	text   string
	toks   []token.Token
	line   []int32 // line (paragraph) index per token
	sent   []int32 // sentence index per token
	sents  []sentence
	quote  []int32 // innermost quote index per token, -1 outside quotes
	quotes []quoteSpan
	cue    []cueMark // lexicon match per token
	pos    []uint8   // part-of-speech tag per token (nil when no tagger)
	ner    []uint8   // entity tag per token (nil when no tagger)
	// tag index → name, so features hash names and survive a retrained
	// tagger whose tag order differs
	posNames, nerNames []string
	posH, nerH         []uint64 // hashes of the tag names
	wh                 []uint64 // lower-cased word hash per token
	low                []string // lower-cased text per token
	// stage1 holds the first tagger pass's labels while the second pass
	// computes its features; nil otherwise.
	stage1 []uint8
	// what stackFeatures reads of stage1, by stackPrep
	s1left, s1right, s1src []int32
	s1has                  []uint64 // per sentence
	lex                    []uint8  // lexicon class per token (see lexAt)
	commas                 []int32  // commas[k]: commas among the tokens before k (len(toks)+1 entries)
	diags                  []claimtrail.Diagnostic
	ents                   []byte // entityClasses' buffer
}

type sentence struct {
	first, last int // token range [first, last)
	para        int
	kind        segment.Kind
	quoted      byte // 1 when a quotation mark is among its tokens
}

type quoteSpan struct {
	open, close int // token indexes of the marks; close == -1 when unterminated
	first, last int // inner token range [first, last)
}

// cueMark is a lexicon match: the class of the cue starting at this token
// (0 = none) and how many tokens it spans.
type cueMark struct {
	class uint8
	n     uint8
	lemma string
	lh    uint64 // hash of lemma
}

// lowerLayer fills a.low with each token's text lower-cased, as
// strings.ToLower would: ASCII tokens share one lower-cased copy of the
// text, so the layer costs one allocation, not one per capitalised token.
func (a *analysis) lowerLayer() {
	var sb strings.Builder
	sb.Grow(len(a.text))
	from := 0
	for i := 0; i < len(a.text); i++ {
		if c := a.text[i]; 'A' <= c && c <= 'Z' {
			sb.WriteString(a.text[from:i])
			sb.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	sb.WriteString(a.text[from:])
	lt := sb.String()
	a.low = a.low[:0]
	for _, tk := range a.toks {
		w := tk.Text(a.text)
		if isASCII(w) {
			a.low = append(a.low, lt[tk.Start:tk.End])
		} else {
			a.low = append(a.low, strings.ToLower(w))
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
