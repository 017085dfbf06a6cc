// Package layer builds the token layers of a text that every later step
// of extraction reads (docs/design.md, "Extraction", step 1): tokens,
// lines, sentences, quotations, part-of-speech and entity tags,
// lower-cased forms, cue-lexicon marks, role/demonym/pronoun classes and
// time expressions. A Builder builds a Doc once per text; the attribution
// tagger, speaker resolution, the statement's frame and its dating only
// read it.
package layer

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/token"
)

// Doc is the layer document of one text: per token its line, sentence,
// innermost quote, cue mark and tags, and the document's sentences,
// quotations and time expressions.
type Doc struct {
	Text   string
	Toks   []token.Token
	Line   []int32 // line (paragraph) index per token
	Sent   []int32 // sentence index per token
	Sents  []Sentence
	Quote  []int32 // innermost quote index per token, -1 outside quotes
	Quotes []QuoteSpan
	Cue    []CueMark // lexicon match per token
	POS    []uint8   // part-of-speech tag per token (nil when no tagger)
	NER    []uint8   // entity tag per token (nil when no tagger)
	// tag index → name, so features hash names and survive a retrained
	// tagger whose tag order differs
	POSNames, NERNames []string
	POSHash, NERHash   []uint64 // hashes of the tag names
	WordHash           []uint64 // lower-cased word hash per token
	Low                []string // lower-cased text per token
	Lex                []uint8  // lexicon class per token (see LexAt)
	Commas             []int32  // Commas[k]: commas among the tokens before k (len(Toks)+1 entries)
	Diags              []claimtrail.Diagnostic
	// Timex holds the text's time expressions in text order, without
	// overlaps (none when the Builder reads no dates).
	Timex []claimtrail.Timex
	// Wire is the number of tokens of a wire dateline opening the text
	// inside its first sentence ("(Reuters) -", "Oct 6 (Reuters) -";
	// segment.WirePrefix), 0 for none: no part of a speaker or content.
	Wire int
}

// Sentence is a sentence of the Doc.
type Sentence struct {
	First, Last int // token range [First, Last)
	Para        int
	Kind        segment.Kind
	Quoted      byte // 1 when a quotation mark is among its tokens
}

// Headline reports whether the sentence is a headline (segment.Headline:
// the first line, without terminal punctuation).
func (s Sentence) Headline() bool { return s.Kind == segment.Headline }

// Body reports whether the sentence is reporting prose (segment.Body),
// no headline, dateline, byline or boilerplate line.
func (s Sentence) Body() bool { return s.Kind == segment.Body }

// Dateline reports whether the sentence is a wire dateline opening a
// paragraph ("WASHINGTON, Dec 19 (Reuters) -", segment.Dateline).
func (s Sentence) Dateline() bool { return s.Kind == segment.Dateline }

// QuoteSpan is a quotation of the Doc by token indexes.
type QuoteSpan struct {
	Open, Close int // token indexes of the marks; Close == -1 when unterminated
	First, Last int // inner token range [First, Last)
}

// CueMark is a lexicon match: the class of the cue starting at this token
// (0 = none) and how many tokens it spans.
type CueMark struct {
	Class     uint8
	N         uint8
	Lemma     string
	LemmaHash uint64 // hash of Lemma, for the tagger's features
}

// CueClasses are the cue classes of the lexicon, indexed by CueMark.Class.
var CueClasses = []string{"", "speech", "deny", "assert", "belief", "intent", "evidence", "question", "nominal", "oppose"}

// CueClassID returns the CueMark.Class of class name c.
func CueClassID(c string) uint8 {
	for i, n := range CueClasses {
		if n == c {
			return uint8(i)
		}
	}
	return 0
}

// CueClass returns the class of the first lexicon cue among tokens
// [first, last), "" when there is none.
func (d *Doc) CueClass(first, last int) string {
	for k := first; k < last; k++ {
		if c := d.Cue[k].Class; c != 0 {
			return CueClasses[c]
		}
	}
	return ""
}

// TokenAt returns the index of the first token starting at or after
// byte off.
func (d *Doc) TokenAt(off int) int {
	return sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= off })
}

// TimexIn returns the document's time expressions that overlap [lo, hi),
// by binary search: they are in text order, without overlaps.
func (d *Doc) TimexIn(lo, hi int) []claimtrail.Timex {
	tx := d.Timex
	i := sort.Search(len(tx), func(i int) bool { return tx[i].Span.End > lo })
	j := i
	for j < len(tx) && tx[j].Span.Start < hi {
		j++
	}
	return tx[i:j]
}

// lowerLayer fills d.Low with each token's text lower-cased, as
// strings.ToLower would: ASCII tokens share one lower-cased copy of the
// text, so the layer costs one allocation, not one per capitalised token.
func (d *Doc) lowerLayer() {
	var sb strings.Builder
	sb.Grow(len(d.Text))
	from := 0
	for i := 0; i < len(d.Text); i++ {
		if c := d.Text[i]; 'A' <= c && c <= 'Z' {
			sb.WriteString(d.Text[from:i])
			sb.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	sb.WriteString(d.Text[from:])
	lt := sb.String()
	d.Low = d.Low[:0]
	for _, tk := range d.Toks {
		w := tk.Text(d.Text)
		if isASCII(w) {
			d.Low = append(d.Low, lt[tk.Start:tk.End])
		} else {
			d.Low = append(d.Low, strings.ToLower(w))
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

// FiniteVerb reports whether token k is a finite verb or a modal, the
// verb of a clause ("the deal was", "Iran will"); false without a POS
// tagger.
func (d *Doc) FiniteVerb(k int) bool {
	if d.POS == nil {
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}
