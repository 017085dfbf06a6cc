// Package extract reads attributed statements out of news text: who said
// what, through which cue, in what form, with which polarity, through what
// channel and citing whom, with the byte span of every field. It is the
// library entry point of claimtrail's analysis.
//
// A learned tagger (a linear-chain perceptron trained on PolNeAR by
// `claimtrail train attrib`, embedded) marks source, cue and content
// spans; rules then group them into statements, resolve speakers across
// the document and read the context.
package extract

import (
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/timex"
)

// Extractor extracts statements. It is safe for concurrent use.
type Extractor struct {
	model *seqtag.Model
	timex *timex.Recognizer
	lang  string
	pool  sync.Pool
}

// Options configures an Extractor.
type Options struct {
	// Lang is the language of the documents ("en", the default).
	Lang string
	// Model replaces the embedded attribution model (for evaluation).
	Model *seqtag.Model
}

// New returns an Extractor.
func New(opt Options) (*Extractor, error) {
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
	// load once now so errors surface here, not in Extract
	p, err := newPipeline(opt.Lang)
	if err != nil {
		return nil, err
	}
	rec, err := timex.New(opt.Lang)
	if err != nil {
		return nil, err
	}
	x := &Extractor{model: m, lang: opt.Lang, timex: rec}
	x.pool.Put(p)
	return x, nil
}

func (x *Extractor) get() *pipeline {
	if p, ok := x.pool.Get().(*pipeline); ok {
		return p
	}
	p, err := newPipeline(x.lang)
	if err != nil {
		panic(err) // loaded successfully in New; cannot fail later
	}
	return p
}

// Extract returns the statements of doc in text order of their cues,
// numbered from 1. Spans are byte offsets into doc.Text.
func (x *Extractor) Extract(doc *claimtrail.Document) []claimtrail.Statement {
	p := x.get()
	defer x.pool.Put(p)
	a := p.analyse(doc.Text)
	labs := p.tag(x.model)
	gs := a.groupRuns(labelRuns(labs))
	a.nest(gs)
	p.tx = x.timex.Find(p.tx[:0], doc.Text, doc.Published)
	return x.build(p, doc, gs)
}
