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
		defaultModel = &Models{First: first, Second: second}
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
