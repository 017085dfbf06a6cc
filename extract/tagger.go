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
