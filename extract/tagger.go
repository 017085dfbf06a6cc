package extract

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
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

// Models are the two passes of the attribution tagger.
type Models = attrib.Models

// DefaultModel returns the embedded attribution models.
func DefaultModel() (*Models, error) {
	defaultModelOnce.Do(func() {
		if len(attribModel) == 0 {
			defaultModelErr = fmt.Errorf("extract: no embedded attribution model (attrib.Run claimtrail train attrib)")
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
	tagger *attrib.Tagger
	res    *resources
	a      analysis
	people []entity // entities.people's buffer
}

// analysis is the layer document with what the tagger and the speaker
// rules keep beside it.
type analysis struct {
	*layer.Doc
	ents []byte // entityClasses' buffer
}

func newPipeline(code string, opt layer.Options, ms *Models) (*pipeline, error) {
	lb, err := layer.New(code, opt)
	if err != nil {
		return nil, err
	}
	tg, err := attrib.NewTagger(code, ms)
	if err != nil {
		return nil, err
	}
	res, err := loadResources(code)
	if err != nil {
		return nil, err
	}
	return &pipeline{lb: lb, tagger: tg, res: res}, nil
}

// analyse builds the token layers of text.
func (p *pipeline) analyse(text string, published time.Time) *analysis {
	a := &p.a
	a.Doc = p.lb.Build(text, published)
	return a
}

// analyseAt builds the token layers of the i-th text of the last group
// the layer builder tagged.
func (p *pipeline) analyseAt(i int, text string, published time.Time) *analysis {
	a := &p.a
	a.Doc = p.lb.BuildAt(i, text, published)
	return a
}

// Tagger finds raw attribution spans (source, cue, content) in text; the
// evaluation commands score these. Not safe for concurrent use.
type Tagger struct {
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
	p, err := newPipeline("en", layer.Options{}, m)
	if err != nil {
		return nil, err
	}
	return &Tagger{p: p}, nil
}

// Tag returns the spans of each role (source, cue, content) in text.
func (t *Tagger) Tag(text string) [3][]claimtrail.Span {
	a := t.p.analyse(text, time.Time{})
	return attrib.RoleSpans(a.Doc, t.p.tagger.Label(a.Doc))
}
