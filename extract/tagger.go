package extract

import (
	_ "embed"
	"fmt"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/layer"
)

// attribModel is the attribution tagger's passes, laid out to be used in
// place (seqtag.LoadTagger): a []byte, whose data the linker aligns, not a
// string, whose data it may place at any byte.
//
//go:embed model/attrib.bin
var attribModel []byte

// filterTable is the learned statement filter (attrib/filter.go),
// written by `claimtrail train filter`; with no weights there is none.
//
//go:embed model/filter.tsv
var filterTable []byte

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
		first, second, err := seqtag.LoadTagger(attribModel)
		if err != nil {
			defaultModelErr = fmt.Errorf("extract: embedded attribution model (run claimtrail train attrib): %w", err)
			return
		}
		filter, err := attrib.ParseFilter(filterTable)
		if err != nil {
			defaultModelErr = fmt.Errorf("extract: embedded statement filter (run claimtrail train filter): %w", err)
			return
		}
		if len(filter.Weights) == 0 {
			filter = nil
		}
		defaultModel = &Models{First: first, Second: second, Filter: filter}
	})
	return defaultModel, defaultModelErr
}

// Tagger finds raw attribution spans (source, cue, content) in text; the
// evaluation commands score these. Not safe for concurrent use.
type Tagger struct {
	layers *layer.Builder
	tagger *attrib.Tagger
}

// NewTagger returns a Tagger using models m (DefaultModel when nil).
func NewTagger(m *Models) (*Tagger, error) {
	if m == nil {
		var err error
		if m, err = DefaultModel(); err != nil {
			return nil, err
		}
	}
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		return nil, err
	}
	tg, err := attrib.NewTagger("en", m)
	if err != nil {
		return nil, err
	}
	return &Tagger{layers: lb, tagger: tg}, nil
}

// Tag returns the spans of each role (source, cue, content) in text.
func (t *Tagger) Tag(text string) [3][]claimtrail.Span {
	d := t.layers.Build(text, time.Time{})
	return attrib.RoleSpans(d, t.tagger.Label(d))
}

// FilterSamples returns the groups the tagger proposes in text, each a
// sample for the learned statement filter labelled by the gold cue
// spans gold (attrib.FilterSamples: the hand rules alone decide).
func (t *Tagger) FilterSamples(text string, gold []claimtrail.Span) []attrib.FilterSample {
	return t.tagger.FilterSamples(t.layers.Build(text, time.Time{}), gold)
}
