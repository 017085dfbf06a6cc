package extract

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/pos"
	"github.com/claimtrail/claimtrail/quote"
	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/token"
)

// attribModel is the attribution tagger's passes, laid out to be used in
// place (seqtag.LoadTagger): a []byte, whose data the linker aligns, not a
// string, whose data it may place at any byte.
//
//go:embed model/attrib.bin
var attribModel []byte

var (
	defaultModelOnce sync.Once
	defaultModel     *Models
	defaultModelErr  error
)

// DefaultModel returns the embedded attribution models.
func DefaultModel() (*Models, error) {
	defaultModelOnce.Do(func() {
		first, second, err := seqtag.LoadTagger(attribModel)
		if err != nil {
			defaultModelErr = fmt.Errorf("extract: embedded attribution model (run claimtrail train attrib): %w", err)
			return
		}
		defaultModel = &Models{First: first, Second: second}
	})
	return defaultModel, defaultModelErr
}

// pipeline holds the language resources and reusable buffers of one
// goroutine's analysis.
type pipeline struct {
	tz                 *token.Tokenizer
	lx                 *lexicon
	words              map[string]*wordEntry
	res                *resources
	pos, ner           *pos.Tagger
	seg                *segment.Segmenter
	segs               []segment.Sentence
	qs                 []quote.Quote
	tx                 []claimtrail.Timex
	posNames, nerNames []string
	posH, nerH         []uint64
	a                  analysis
	near               []sentCue
	qc                 []qctx
	seq                seqtag.Seq
	seq2               seqtag.Seq
	dec                seqtag.Decoder
	labs               []uint8
	stage1             []uint8
	out                []uint8
	turns              []labelLine // a transcript's lines (transcript.go)
	people             []entity    // entities.people's buffer
	at                 []int32
	// pre holds the tokens and tags of a batch's documents, computed
	// tagger by tagger before the rest of each document's analysis
	// (Extractor.ExtractBatch); cur is the one analyse uses, nil when it
	// tags the text itself.
	pre []pretagged
	cur *pretagged
}

// pretagged is a document's tokens and POS and entity tags.
type pretagged struct {
	toks     []token.Token
	pos, ner []uint8
}

// pretag tokenizes and tags texts, one tagger over all of them before
// the next: a tagger's weights stay in the processor's cache across the
// documents instead of being evicted by the other tables at each one.
func (p *pipeline) pretag(texts []string) {
	for len(p.pre) < len(texts) {
		p.pre = append(p.pre, pretagged{})
	}
	for i, text := range texts {
		pt := &p.pre[i]
		pt.toks = p.tz.Tokenize(pt.toks[:0], text)
		pt.pos = pt.pos[:0]
		if p.pos != nil {
			pt.pos = p.pos.Tag(pt.pos, text, pt.toks)
		}
	}
	if p.ner != nil {
		for i, text := range texts {
			pt := &p.pre[i]
			pt.ner = p.ner.Tag(pt.ner[:0], text, pt.toks)
		}
	}
}

// maxKeptTokens bounds the token buffers a pooled pipeline keeps per
// group entry: a long document's are dropped after its group, so that a
// pipeline does not hold 32 documents' worth of them.
const maxKeptTokens = 1 << 16

// trimPre drops the group buffers that grew past maxKeptTokens.
func (p *pipeline) trimPre() {
	for i := range p.pre {
		if cap(p.pre[i].toks) > maxKeptTokens {
			p.pre[i] = pretagged{}
		}
	}
}

func newPipeline(code string) (*pipeline, error) {
	seg, err := segment.New(code)
	if err != nil {
		return nil, err
	}
	lx, err := newLexicon(code)
	if err != nil {
		return nil, err
	}
	res, err := loadResources(code)
	if err != nil {
		return nil, err
	}
	p := &pipeline{tz: token.New(seg.Abbrev()), seg: seg, lx: lx, res: res, pos: pos.Default(), ner: pos.DefaultNER()}
	p.words = wordTable(lx, res)
	p.posNames = tagNames(p.pos)
	p.nerNames = tagNames(p.ner)
	for _, n := range p.posNames {
		p.posH = append(p.posH, seqtag.HashStr(n))
	}
	for _, n := range p.nerNames {
		p.nerH = append(p.nerH, seqtag.HashStr(n))
	}
	return p, nil
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

// analyse builds the token layers of text.
func (p *pipeline) analyse(text string) *analysis {
	a := &p.a
	a.text = text
	pt := p.cur
	if pt != nil {
		a.toks = append(a.toks[:0], pt.toks...)
	} else {
		a.toks = p.tz.Tokenize(a.toks[:0], text)
	}
	p.layers(a)
	a.lowerLayer()
	a.wh = a.wh[:0]
	for _, tk := range a.toks {
		a.wh = append(a.wh, seqtag.HashLower(tk.Text(text)))
	}
	if p.pos != nil {
		if pt != nil {
			a.pos = append(a.pos[:0], pt.pos...)
		} else {
			a.pos = p.pos.Tag(a.pos[:0], text, a.toks)
		}
		a.posNames, a.posH = p.posNames, p.posH
	}
	if p.ner != nil {
		if pt != nil {
			a.ner = append(a.ner[:0], pt.ner...)
		} else {
			a.ner = p.ner.Tag(a.ner[:0], text, a.toks)
		}
		a.nerNames, a.nerH = p.nerNames, p.nerH
	}
	a.markWords(p.words, p.lx)
	p.near = a.nearCues(p.near)
	p.qc = a.quoteContexts(p.qc)
	return a
}

// maxSeq bounds a tagger sequence: a longer line is cut at sentence ends
// into pieces of about this many tokens (a paragraph rarely is longer; a
// text with no line breaks would otherwise be one huge sequence).
const maxSeq = 400

// lines calls fn for each line's token range.
func (a *analysis) lines(fn func(first, last int)) {
	start := 0
	for i := 1; i <= len(a.toks); i++ {
		if i == len(a.toks) || a.line[i] != a.line[i-1] {
			a.chunks(start, i, fn)
			start = i
		}
	}
}

// chunks calls fn on [first, last), cut at sentence ends into pieces of
// at most about maxSeq tokens.
func (a *analysis) chunks(first, last int, fn func(first, last int)) {
	for last-first > maxSeq {
		cut := first + maxSeq
		for cut > first+1 && a.sent[cut] == a.sent[cut-1] {
			cut--
		}
		if cut <= first+1 {
			cut = first + maxSeq // one enormous sentence: cut anyway
		}
		fn(first, cut)
		first = cut
	}
	fn(first, last)
}

// tagAll runs both passes of ms, line by line. The second pass reuses the
// first pass's features and adds what the first predicted; it runs only on
// the sentences where the first pass found something, since one the first
// pass leaves empty holds no attribution the second would find.
func (p *pipeline) tagAll(ms *Models) []uint8 {
	a := &p.a
	p.labs = p.labs[:0]
	if len(a.toks) == 0 {
		return p.labs
	}
	if cap(p.stage1) < len(a.toks) {
		p.stage1 = make([]uint8, len(a.toks))
	}
	p.stage1 = p.stage1[:len(a.toks)]
	clear(p.stage1)
	p.labs = append(p.labs, p.stage1...) // all O
	pair := ms.pair()
	a.lines(func(first, last int) {
		p.seq.Reset()
		a.features(&p.seq, first, last, p.near, p.qc)
		if pair == nil {
			p.out = ms.First.Decode(&p.dec, &p.seq, p.out[:0])
		} else {
			p.out = pair.DecodeFirst(&p.dec, &p.seq, p.out[:0])
		}
		copy(p.labs[first:last], p.out)
		if pair == nil || allO(p.out) {
			return
		}
		copy(p.stage1[first:last], p.out)
		// the second pass reads the sentences where the first found
		// something: one left empty holds nothing the second would find
		// (PolNeAR dev scores the same either way), and 30 % of the
		// tokens are spared
		p.at = p.at[:0]
		for k := first; k < last; {
			si, e, has := a.sent[k], k, false
			for ; e < last && a.sent[e] == si; e++ {
				has = has || p.stage1[e] != labO
			}
			if has {
				for j := k; j < e; j++ {
					p.at = append(p.at, int32(j-first))
				}
			}
			k = e
		}
		// the second pass: the first pass's sums (kept by DecodeFirst)
		// plus the features of the first pass's predictions
		a.stage1 = p.stage1
		a.stackPrep(first, last)
		p.seq2.Reset()
		for _, k := range p.at {
			t := first + int(k)
			inq := byte(0)
			if a.quote[t] >= 0 {
				inq = 1
			}
			p.seq2.Feats = a.stackFeatures(p.seq2.Feats, t, a.wh[t], inq)
			p.seq2.EndToken()
		}
		a.stage1 = nil
		p.out = pair.DecodeSecond(&p.dec, &p.seq2, p.at, p.out[:0])
		for j, k := range p.at {
			p.labs[first+int(k)] = p.out[j]
		}
	})
	p.turns = p.transcriptLines(a, p.turns[:0])
	readTranscript(p.labs, p.turns)
	return p.labs
}

func allO(labs []uint8) bool {
	for _, l := range labs {
		if l != labO {
			return false
		}
	}
	return true
}

// tag labels every token of the analysed text with the model.
func (p *pipeline) tag(m *seqtag.Model) []uint8 {
	a := &p.a
	p.labs = p.labs[:0]
	if len(a.toks) == 0 {
		return p.labs
	}
	a.lines(func(first, last int) {
		p.seq.Reset()
		a.features(&p.seq, first, last, p.near, p.qc)
		p.labs = m.Decode(&p.dec, &p.seq, p.labs)
	})
	return p.labs
}

// roleSpans turns token labels into byte spans per role (0 source, 1 cue,
// 2 content), one span per B/I run.
func roleSpans(a *analysis, labs []uint8) [3][]claimtrail.Span {
	var out [3][]claimtrail.Span
	for _, r := range labelRuns(labs) {
		out[r.role] = append(out[r.role], claimtrail.Span{Start: a.toks[r.first].Start, End: a.toks[r.last-1].End})
	}
	return out
}

// Tagger finds raw attribution spans (source, cue, content) in text; the
// evaluation commands score these. Not safe for concurrent use.
type Tagger struct {
	m *Models
	p *pipeline
}

// NewTagger returns a Tagger using models m (DefaultModel when nil).
func NewTagger(m *Models) (*Tagger, error) {
	if m == nil {
		var err error
		if m, err = DefaultModel(); err != nil {
			return nil, err
		}
	}
	p, err := newPipeline("en")
	if err != nil {
		return nil, err
	}
	return &Tagger{m: m, p: p}, nil
}

// Tag returns the spans of each role (source, cue, content) in text.
func (t *Tagger) Tag(text string) [3][]claimtrail.Span {
	a := t.p.analyse(text)
	return roleSpans(a, t.p.tagAll(t.m))
}
