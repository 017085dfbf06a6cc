package extract

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/layer"
)

//go:embed model/attrib.bin.gz
var attribModel []byte

//go:embed model/attrib2.bin.gz
var attribModel2 []byte

var (
	defaultModelOnce sync.Once
	defaultModel     *Models
	defaultModelErr  error
)

// DefaultModel returns the embedded attribution models.
func DefaultModel() (*Models, error) {
	defaultModelOnce.Do(func() {
		if len(attribModel) == 0 {
			defaultModelErr = fmt.Errorf("extract: no embedded attribution model (Run claimtrail train attrib)")
			return
		}
		m := &Models{}
		if m.First, defaultModelErr = seqtag.Read(bytes.NewReader(attribModel)); defaultModelErr != nil {
			return
		}
		if len(attribModel2) > 0 {
			if m.Second, defaultModelErr = seqtag.Read(bytes.NewReader(attribModel2)); defaultModelErr != nil {
				return
			}
		}
		defaultModel = m
	})
	return defaultModel, defaultModelErr
}

// pipeline holds the language resources and reusable buffers of one
// goroutine's analysis.
type pipeline struct {
	lb     *layer.Builder
	res    *resources
	a      analysis
	near   []sentCue
	qc     []qctx
	seq    seqtag.Seq
	seq2   seqtag.Seq
	dec    seqtag.Decoder
	labs   []uint8
	stage1 []uint8
	out    []uint8
	turns  []labelLine // a transcript's lines (transcript.go)
	people []entity    // entities.people's buffer
	at     []int32
}

// analysis is the layer document with what the tagger and the speaker
// rules keep beside it.
type analysis struct {
	*layer.Doc
	// stage1 holds the first tagger pass's labels while the second pass
	// computes its features; nil otherwise.
	stage1 []uint8
	// what stackFeatures reads of stage1, by stackPrep
	s1left, s1right, s1src []int32
	s1has                  []uint64 // per sentence
	ents                   []byte   // entityClasses' buffer
}

func newPipeline(code string, opt layer.Options) (*pipeline, error) {
	lb, err := layer.New(code, opt)
	if err != nil {
		return nil, err
	}
	res, err := loadResources(code)
	if err != nil {
		return nil, err
	}
	return &pipeline{lb: lb, res: res}, nil
}

// analyse builds the token layers of text.
func (p *pipeline) analyse(text string, published time.Time) *analysis {
	a := &p.a
	a.Doc = p.lb.Build(text, published)
	p.near = a.nearCues(p.near)
	p.qc = a.quoteContexts(p.qc)
	return a
}

// analyseAt builds the token layers of the i-th text of the last group
// the layer builder tagged.
func (p *pipeline) analyseAt(i int, text string, published time.Time) *analysis {
	a := &p.a
	a.Doc = p.lb.BuildAt(i, text, published)
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
	for i := 1; i <= len(a.Toks); i++ {
		if i == len(a.Toks) || a.Line[i] != a.Line[i-1] {
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
		for cut > first+1 && a.Sent[cut] == a.Sent[cut-1] {
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
	if len(a.Toks) == 0 {
		return p.labs
	}
	if cap(p.stage1) < len(a.Toks) {
		p.stage1 = make([]uint8, len(a.Toks))
	}
	p.stage1 = p.stage1[:len(a.Toks)]
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
			si, e, has := a.Sent[k], k, false
			for ; e < last && a.Sent[e] == si; e++ {
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
			if a.Quote[t] >= 0 {
				inq = 1
			}
			p.seq2.Feats = a.stackFeatures(p.seq2.Feats, t, a.WordHash[t], inq)
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
	if len(a.Toks) == 0 {
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
		out[r.Role] = append(out[r.Role], claimtrail.Span{Start: a.Toks[r.First].Start, End: a.Toks[r.Last-1].End})
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
	p, err := newPipeline("en", layer.Options{})
	if err != nil {
		return nil, err
	}
	return &Tagger{m: m, p: p}, nil
}

// Tag returns the spans of each role (source, cue, content) in text.
func (t *Tagger) Tag(text string) [3][]claimtrail.Span {
	a := t.p.analyse(text, time.Time{})
	return roleSpans(a, t.p.tagAll(t.m))
}
