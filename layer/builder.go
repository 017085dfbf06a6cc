package layer

import (
	"time"

	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/pos"
	"github.com/claimtrail/claimtrail/quote"
	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/timex"
	"github.com/claimtrail/claimtrail/token"
)

// Builder builds layer documents. It owns the tokenizer, segmenter and
// taggers of one language and the buffers of one Doc, which each Build
// reuses: it is not safe for concurrent use (keep one per goroutine).
type Builder struct {
	tz                 *token.Tokenizer
	lx                 *lexicon
	words              *wordIndex
	pos, ner           *pos.Tagger
	seg                *segment.Segmenter
	timex              *timex.Recognizer // nil: no dates
	segs               []segment.Sentence
	qs                 []quote.Quote
	posNames, nerNames []string
	posH, nerH         []uint64
	nnp                int // the proper noun's POS tag; -1 when the model has none
	doc                Doc
	// pre holds the tokens and tags of a group's documents, computed
	// tagger by tagger before the rest of each document's layers (Tag);
	// cur is the one Build uses, nil when it tags the text itself.
	pre []pretagged
	cur *pretagged
}

// pretagged is a document's tokens and POS and entity tags, and the Doc
// BuildAt builds of them.
type pretagged struct {
	toks     []token.Token
	pos, ner []uint8
	doc      Doc
}

// Options configures a Builder.
type Options struct {
	// Timex finds the time expressions (Doc.Timex); nil leaves them out.
	// A Recognizer is safe for concurrent use: Builders share one.
	Timex *timex.Recognizer
	// NoTaggers leaves out the POS and entity taggers (for benchmarks:
	// what the rest costs).
	NoTaggers bool
}

// New returns a Builder for language code.
func New(code string, opt Options) (*Builder, error) {
	seg, err := segment.New(code)
	if err != nil {
		return nil, err
	}
	lx, err := newLexicon(code)
	if err != nil {
		return nil, err
	}
	words, err := wordTable(code, lx)
	if err != nil {
		return nil, err
	}
	b := &Builder{tz: token.New(seg.Abbrev()), seg: seg, lx: lx, words: newWordIndex(words), pos: pos.Default(), ner: pos.DefaultNER(), timex: opt.Timex}
	b.posNames = tagNames(b.pos)
	b.nnp = -1
	b.nerNames = tagNames(b.ner)
	for i, n := range b.posNames {
		b.posH = append(b.posH, seqtag.HashStr(n))
		if n == "NNP" {
			b.nnp = i
		}
	}
	for _, n := range b.nerNames {
		b.nerH = append(b.nerH, seqtag.HashStr(n))
	}
	if opt.NoTaggers {
		b.pos, b.ner = nil, nil
	}
	return b, nil
}

func tagNames(t *pos.Tagger) []string {
	names := make([]string, 256)
	for i := range names {
		names[i] = "?"
	}
	for i := 0; i < t.NumTags(); i++ {
		names[i] = t.TagName(uint8(i))
	}
	return names
}

// Build builds the layers of text, dating its time expressions against
// published. The Doc is the Builder's: the next Build overwrites it.
func (b *Builder) Build(text string, published time.Time) *Doc {
	return b.build(&b.doc, text, published)
}

func (b *Builder) build(d *Doc, text string, published time.Time) *Doc {
	d.Text = text
	pt := b.cur
	if pt != nil {
		d.Toks = append(d.Toks[:0], pt.toks...)
	} else {
		d.Toks = b.tz.Tokenize(d.Toks[:0], text)
	}
	b.layers(d)
	d.lowerLayer()
	d.WordHash = d.WordHash[:0]
	for _, tk := range d.Toks {
		d.WordHash = append(d.WordHash, seqtag.HashLower(tk.Text(text)))
	}
	if b.pos != nil {
		if pt != nil {
			d.POS = append(d.POS[:0], pt.pos...)
		} else {
			d.POS = b.pos.Tag(d.POS[:0], text, d.Toks)
		}
		d.POSNames, d.POSHash = b.posNames, b.posH
		b.titlesAsNames(d)
	}
	if b.ner != nil {
		if pt != nil {
			d.NER = append(d.NER[:0], pt.ner...)
		} else {
			d.NER = b.ner.Tag(d.NER[:0], text, d.Toks)
		}
		d.NERNames, d.NERHash = b.nerNames, b.nerH
	}
	d.markWords(b.words, b.lx)
	d.Timex = d.Timex[:0]
	if b.timex != nil {
		d.Timex = b.timex.FindTokens(d.Timex, text, d.Toks, published) // the tokens above: one tokenizer
	}
	return d
}

// titlesAsNames tags a capitalised title abbreviation before a
// capitalised word as a proper noun: the POS model, trained on text that
// writes "Ms." and seldom opens a sentence with a name after a quotation,
// reads "Ms Trew" after a closing quotation mark as a verb ("Ms" like
// "says"), and the attribution tagger then takes it for the cue.
func (b *Builder) titlesAsNames(d *Doc) {
	if b.nnp < 0 {
		return
	}
	for k := 0; k+1 < len(d.Toks); k++ {
		t, next := d.Toks[k], d.Toks[k+1]
		if t.Kind != token.Word || next.Kind != token.Word || next.Lines > 0 || !Capitalised(t.Text(d.Text)) ||
			!Capitalised(next.Text(d.Text)) || !b.seg.IsTitle(d.Low[k]) { // the table last: most words fail before it
			continue
		}
		d.POS[k] = uint8(b.nnp)
	}
}

// Tag tokenizes and tags texts as a group, one tagger over all of them
// before the next: a tagger's weights stay in the processor's cache
// across the texts instead of being evicted by the other tables at each
// one. BuildAt(i, …) then builds the Doc of texts[i] from them.
func (b *Builder) Tag(texts []string) {
	for len(b.pre) < len(texts) {
		b.pre = append(b.pre, pretagged{})
	}
	for i, text := range texts {
		pt := &b.pre[i]
		pt.toks = b.tz.Tokenize(pt.toks[:0], text)
		pt.pos = pt.pos[:0]
		if b.pos != nil {
			pt.pos = b.pos.Tag(pt.pos, text, pt.toks)
		}
	}
	if b.ner != nil {
		for i, text := range texts {
			pt := &b.pre[i]
			pt.ner = b.ner.Tag(pt.ner[:0], text, pt.toks)
		}
	}
}

// BuildAt is Build of the i-th text of the last Tag, reading its tokens
// and tags from the group. Its Doc is the group entry's: it stays until
// the next Tag or BuildAt of i, so the group's documents can be read
// phase by phase (each phase's tables staying in cache), not one after
// another.
func (b *Builder) BuildAt(i int, text string, published time.Time) *Doc {
	b.cur = &b.pre[i]
	defer func() { b.cur = nil }() // never leave a Builder reading a group's tags
	return b.build(&b.pre[i].doc, text, published)
}

// maxKeptTokens bounds the token buffers a Builder keeps per group
// entry: a long document's are dropped after its group, so that a
// Builder does not hold 32 documents' worth of them.
const maxKeptTokens = 1 << 16

// EndGroup drops the group buffers that grew past maxKeptTokens.
func (b *Builder) EndGroup() {
	for i := range b.pre {
		if cap(b.pre[i].toks) > maxKeptTokens {
			b.pre[i] = pretagged{}
		}
	}
}
