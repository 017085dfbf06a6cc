package extract

import (
	"slices"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/dating"
	"github.com/claimtrail/claimtrail/frame"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/speaker"
)

// pipeline holds the stages of one goroutine's extraction, each with
// its language tables and buffers (docs/design.md, "Extraction"): the
// layers (step 1), the attribution tagger and its rules (2, 3), speaker
// resolution (4), the statement's frame (5); dating (6) keeps nothing
// between documents.
type pipeline struct {
	layers   *layer.Builder
	tagger   *attrib.Tagger
	speakers *speaker.Resolver
	frames   *frame.Reader
	// trace, when set, is called with each group extraction drops and
	// why (TestAssemblyLoss); tagTrace with each group the tagger's
	// rules drop, and first each as grouped (attrib.Tagger.SetTrace)
	trace    func(why string, g *attrib.Group)
	tagTrace func(why string, g attrib.Group)
	// lost holds the groups with a source the tagger's rules dropped in
	// the document being read: their sources are antecedents (noteLost)
	lost []attrib.Group
	// docs and labeled hold a group's layers and labels (ExtractBatch)
	docs    []*layer.Doc
	labeled []attrib.Labeled
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
	sr, err := speaker.New(code)
	if err != nil {
		return nil, err
	}
	fr, err := frame.New(code)
	if err != nil {
		return nil, err
	}
	p := &pipeline{layers: lb, tagger: tg, speakers: sr, frames: fr}
	tg.SetTrace(p.tagDropped)
	return p, nil
}

// tagDropped keeps each group the tagger's rules drop that has a source
// someone may later refer back to: a cue that reports nothing ("refused
// to …", "wrote the score"), a group with no content left. The writer,
// the reader, a source that is no noun phrase and an "according to"
// group absorbed by another name no one new.
func (p *pipeline) tagDropped(why string, g attrib.Group) {
	if p.tagTrace != nil {
		p.tagTrace(why, g)
	}
	switch why {
	case "grouped", "writer", "reader", "not-nominal-source", "according-via", "according-inner", "according-clause", "that-after-channel":
		return
	}
	if len(g.Sources) > 0 || len(g.Contents) > 0 {
		p.lost = append(p.lost, g) // a subject read as a content's first words too (speaker.Resolver.Note)
	}
}

// unsaid returns the groups of lost whose cues lie in no content of gs:
// a name a speaker mentions ("'… as they became disheartened,' he
// said") is no one the text reports on.
func unsaid(lost, gs []attrib.Group) []attrib.Group {
	out := lost[:0]
	for _, l := range lost {
		if !slices.ContainsFunc(gs, func(g attrib.Group) bool { return inContent(g, l.Cue.First) }) {
			out = append(out, l)
		}
	}
	return out
}

func inContent(g attrib.Group, k int) bool {
	for _, c := range g.Contents {
		if c.First <= k && k < c.Last {
			return true
		}
	}
	return false
}

// noteLost offers speaker resolution the sources of the dropped groups
// whose cues come before token k, in text order, and returns those left.
func (p *pipeline) noteLost(lost []attrib.Group, k int) []attrib.Group {
	for len(lost) > 0 && lost[0].Cue.First < k {
		p.speakers.Note(lost[0])
		lost = lost[1:]
	}
	return lost
}

// labelGroup builds the layers of the group's documents docs[idx[j]],
// whose tokens and tags p.layers.Tag read, into p.docs, and when label is
// set their attribution labels into p.labeled: the attribution tagger
// reads the group's documents one after another, so its tables stay in
// cache instead of being evicted by the layers' and rules' at every
// document (the statements are the same).
func (p *pipeline) labelGroup(idx []int, docs []*claimtrail.Document, label bool) {
	p.docs = p.docs[:0]
	for j, k := range idx {
		p.docs = append(p.docs, p.layers.BuildAt(j, docs[k].Text, docs[k].Published))
	}
	for len(p.labeled) < len(idx) {
		p.labeled = append(p.labeled, attrib.Labeled{})
	}
	if label {
		for j, d := range p.docs {
			p.tagger.LabelInto(d, &p.labeled[j])
		}
	}
}

// extractDoc returns the statements of d, the layers of doc's text or
// of a window of it: the tagger's attributions, then for each its
// statement, speaker, frame and date, in that order.
// labeled, when not nil, holds d's labels (attrib.Tagger.LabelInto), read
// before with the rest of its group's.
func (x *Extractor) extractDoc(p *pipeline, d *layer.Doc, labeled *attrib.Labeled, doc *claimtrail.Document) []claimtrail.Statement {
	if x.omit >= omitAttribution {
		return nil // no attribution tagger: no statements
	}
	p.lost = p.lost[:0]
	var gs []attrib.Group
	if labeled != nil {
		gs = p.tagger.TagLabeled(d, labeled)
	} else {
		gs = p.tagger.Tag(d)
	}
	p.speakers.Reset(d)
	lost := unsaid(p.lost, gs)
	slices.SortStableFunc(lost, func(a, b attrib.Group) int { return a.Cue.First - b.Cue.First })
	dates := dating.New(d, doc)
	var out []claimtrail.Statement
	last := -1
	for i := range gs {
		g := &gs[i]
		vias := p.frames.Via(nil, d, g)
		p.frames.Bound(d, g)
		st, ok := newStatement(d, doc, g)
		if !ok || len(g.Sources) == 0 && cited(d, g, out) {
			p.dropped("empty-or-cited", g)
			continue
		}
		if st.Cue.Lemma == "" {
			st.Cue.Lemma = p.tagger.HeadLemma(d, g.Cue)
		}
		lost = p.noteLost(lost, g.Cue.First)
		var prev *claimtrail.Statement
		if last >= 0 {
			prev = &out[last] // a nested statement continues none
		}
		who, ok := p.speakers.Resolve(*g, prev)
		if !ok {
			p.dropped("speaker", g)
			continue
		}
		st.Speaker = who.Speaker
		p.frames.Anonymous(d, g, &st.Speaker)
		st.Form = p.frames.Form(d, g, st.Cue)
		p.frames.Channel(d, g, &st)
		st.Via = append(st.Via, vias...)
		st.Polarity, st.PolarityBy = p.frames.Polarity(d, outerPart(g))
		st.Hedged = p.frames.Hedged(d, g)
		if !x.noDates {
			st.SaidOn = dates.SaidOn(*g, &st, who.Named, who.Article)
		}
		st.Span = statementSpan(&st)
		if !g.Nested {
			last = len(out)
		}
		out = append(out, st)
	}
	for i := range out {
		out[i].N = i + 1
	}
	return out
}

func (p *pipeline) dropped(why string, g *attrib.Group) {
	if p.trace != nil {
		p.trace(why, g)
	}
}

// outerPart returns g with its contents cut where a nested statement's
// content starts: "Bo Lind said the managers had promised that no jobs
// would go" affirms what the managers promised; the negation is theirs.
func outerPart(g *attrib.Group) *attrib.Group {
	if g.InnerFrom == 0 {
		return g
	}
	o := *g
	o.Contents = nil
	for _, c := range g.Contents {
		if c.First < g.InnerFrom {
			c.Last = min(c.Last, g.InnerFrom)
			o.Contents = append(o.Contents, c)
		}
	}
	return &o
}
