// Package extract reads attributed statements out of news text: who said
// what, through which cue, in what form, with which polarity, through what
// channel and citing whom, with the byte span of every field. It is the
// library entry point of claimtrail's analysis.
//
// Extraction runs in stages, each a package of its own, in this order
// (docs/design.md, "Extraction"): layer builds the token layers of the
// text; attrib's learned tagger (a linear-chain perceptron trained on
// PolNeAR by `claimtrail train attrib`, embedded here) marks source, cue
// and content spans and groups them into attributions; speaker resolves
// who speaks across the document; frame reads channel, via, polarity and
// hedging; dating reads said_on. extract composes them (pipeline.go) and
// assembles the statements (statement.go).
package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/timex"
)

// Extractor extracts statements. It is safe for concurrent use.
type Extractor struct {
	model *Models
	// layers configures the layer builders: the time expression
	// recognizer (nil with Options.NoDates) and the taggers.
	layers layer.Options
	// noDates skips dating (Options.NoDates).
	noDates bool
	// omit leaves learned taggers out, for the benchmarks only
	// (export_test.go): what the rest of the pipeline costs.
	omit omission
	lang string
	pool sync.Pool
}

// omission is what a benchmark leaves out of extraction.
type omission uint8

const (
	omitAttribution omission = iota + 1 // no attribution tagger: no statements
	omitTaggers                         // no POS, entity or attribution tagger
)

// Options configures an Extractor.
type Options struct {
	// Lang is the language of the documents ("en", the default).
	Lang string
	// Model replaces the embedded attribution models (for evaluation).
	Model *Models
	// NoDates skips time expressions and said_on (every said_on is null);
	// the benchmark uses it to measure what dating costs.
	NoDates bool
}

// New returns an Extractor.
func New(opt Options) (*Extractor, error) {
	return newExtractor(opt, 0)
}

func newExtractor(opt Options, omit omission) (*Extractor, error) {
	if opt.Lang == "" {
		opt.Lang = "en"
	}
	m := opt.Model
	if m == nil {
		var err error
		if m, err = DefaultModel(); err != nil {
			return nil, err
		}
	}
	m.Prepare() // build the run-time table now, not in the first Extract
	x := &Extractor{model: m, lang: opt.Lang, noDates: opt.NoDates, omit: omit}
	x.layers = layer.Options{NoTaggers: omit >= omitTaggers}
	if !opt.NoDates {
		rec, err := timex.New(opt.Lang)
		if err != nil {
			return nil, err
		}
		x.layers.Timex = rec
	}
	// load once now so errors surface here, not in Extract
	p, err := newPipeline(opt.Lang, x.layers, m)
	if err != nil {
		return nil, err
	}
	x.pool.Put(p)
	return x, nil
}

func (x *Extractor) get() *pipeline {
	p, ok := x.pool.Get().(*pipeline)
	if !ok {
		var err error
		if p, err = newPipeline(x.lang, x.layers, x.model); err != nil {
			panic(err) // loaded successfully in New; cannot fail later
		}
	}
	return p
}

// windowBytes bounds the text analysed at once. Longer documents are read
// in windows cut at paragraph (else sentence) boundaries, so memory stays
// flat whatever a document's size; speakers resolve within a window.
const windowBytes = 1 << 20

// WindowBytes is the size of text above which Extract reads a document in
// windows; Each streams such a document's statements window by window.
const WindowBytes = windowBytes

// Extract returns the statements of doc in text order of their cues,
// numbered from 1. Spans are byte offsets into doc.Text.
func (x *Extractor) Extract(doc *claimtrail.Document) []claimtrail.Statement {
	if len(doc.Text) <= windowBytes {
		return x.extract(doc, doc.Text)
	}
	var out []claimtrail.Statement
	x.Each(doc, func(s *claimtrail.Statement) error {
		out = append(out, *s)
		return nil
	})
	return out
}

// Each calls fn with each statement of doc in order, as Extract returns
// them, holding only one window's statements at a time: memory stays flat
// however long the document. An error from fn stops it and is returned.
func (x *Extractor) Each(doc *claimtrail.Document, fn func(*claimtrail.Statement) error) error {
	n := 0
	for off := 0; off < len(doc.Text); {
		end := windowEnd(doc.Text, off, windowBytes)
		sts := x.extract(doc, doc.Text[off:end])
		for i := range sts {
			shift(&sts[i], off)
			n++
			sts[i].N = n
			if err := fn(&sts[i]); err != nil {
				return err
			}
		}
		off = end
	}
	return nil
}

// batchDocs and batchBytes bound a group of ExtractBatch: enough
// documents for the taggers' working sets to warm up, few enough bytes
// that the tokens and tags held meanwhile stay small (a group of long
// documents is cut short).
const (
	batchDocs  = 32
	batchBytes = 256 << 10
)

// ExtractBatch returns the statements of each of docs, exactly as Extract
// would, faster: each tagger reads a group of documents in turn, so its
// weights stay in the processor's cache instead of being evicted by the
// other taggers' at every document. Documents longer than one window go
// through Extract.
func (x *Extractor) ExtractBatch(docs []*claimtrail.Document) [][]claimtrail.Statement {
	out := make([][]claimtrail.Statement, len(docs))
	p := x.get()
	defer x.pool.Put(p)
	var texts []string
	var idx []int
	for i := 0; i < len(docs); {
		texts, idx = texts[:0], idx[:0]
		size := 0
		for ; i < len(docs) && len(texts) < batchDocs && size < batchBytes; i++ {
			d := docs[i]
			if len(d.Text) > windowBytes {
				out[i] = x.Extract(d)
				continue
			}
			texts = append(texts, d.Text)
			idx = append(idx, i)
			size += len(d.Text)
		}
		p.layers.Tag(texts)
		p.labelGroup(idx, docs, x.omit < omitAttribution)
		for j, k := range idx {
			out[k] = x.extractDoc(p, p.docs[j], &p.labeled[j], docs[k])
		}
		p.layers.EndGroup()
	}
	return out
}

func (x *Extractor) extract(doc *claimtrail.Document, text string) []claimtrail.Statement {
	p := x.get()
	defer x.pool.Put(p)
	return x.extractDoc(p, p.layers.Build(text, doc.Published), nil, doc)
}

// windowEnd returns where a window starting at off ends: the last
// paragraph break before off+max, else the last sentence end, else a rune
// boundary.
func windowEnd(text string, off, max int) int {
	end := off + max
	if end >= len(text) {
		return len(text)
	}
	w := text[off:end]
	if i := strings.LastIndex(w, "\n\n"); i > max/2 {
		return off + i + 2
	}
	if i := strings.LastIndexByte(w, '\n'); i > max/2 {
		return off + i + 1
	}
	if i := strings.LastIndex(w, ". "); i > max/2 {
		return off + i + 2
	}
	for end > off && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// shift moves every span of s by off bytes.
func shift(s *claimtrail.Statement, off int) {
	mv := func(sp *claimtrail.Span) { sp.Start += off; sp.End += off }
	mv(&s.Span)
	mv(&s.Cue.Span)
	if s.Speaker.Span != nil {
		sp := *s.Speaker.Span
		mv(&sp)
		s.Speaker.Span = &sp
	}
	for i := range s.Content.Spans {
		mv(&s.Content.Spans[i])
	}
	if s.SaidOn != nil && s.SaidOn.Span != nil {
		sp := *s.SaidOn.Span
		mv(&sp)
		s.SaidOn.Span = &sp
	}
	if s.SaidOnExpr != nil && s.SaidOnExpr.Span != nil {
		sp := *s.SaidOnExpr.Span
		mv(&sp)
		s.SaidOnExpr.Span = &sp
	}
	if s.Channel.Span != nil {
		sp := *s.Channel.Span
		mv(&sp)
		s.Channel.Span = &sp
	}
	for i := range s.Via {
		mv(&s.Via[i].Span)
	}
}
