package extract

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// build turns groups into statements of doc.
func (x *Extractor) build(p *pipeline, doc *claimtrail.Document, gs []attrib.Group) []claimtrail.Statement {
	a := &p.a
	text := a.Text
	ents := entities{people: p.people[:0]} // the list's memory is reused document to document
	defer func() { p.people = ents.people[:0] }()
	x.scanEntities(p, &ents)
	p.publicationDates(&ents)
	var prevLine int32 = -1
	var prevDate *claimtrail.TimeRef
	var out []claimtrail.Statement
	lastEnt := -1
	var prevSrc []attrib.Run // sources of the previous cue in the same sentence
	prevSent := int32(-1)
	for _, g := range gs {
		st := claimtrail.Statement{Doc: doc.ID, Via: []claimtrail.Via{}}
		// cue
		cue := x.cueOf(a, g.Cue)
		st.Cue = cue
		// content, quotation marks excluded
		for _, c := range g.Contents {
			st.Content.Spans = append(st.Content.Spans, a.contentSpans(c)...)
		}
		if len(st.Content.Spans) == 0 {
			continue
		}
		var parts []string
		for _, sp := range st.Content.Spans {
			parts = append(parts, text[sp.Start:sp.End])
		}
		st.Content.Text = strings.Join(parts, " … ")
		// speaker
		srcs := g.Sources
		sentID := a.Sent[g.Cue.First]
		if len(srcs) == 0 && sentID == prevSent && len(prevSrc) > 0 && len(out) > 0 {
			// "X denied the claims and said that …": the same speaker
			st.Speaker = out[len(out)-1].Speaker
			srcs = nil
		}
		if len(srcs) == 0 && a.CueClass(g.Cue.First, g.Cue.Last) == "question" {
			continue // "When asked if …": the asker is not the speaker
		}
		// ", citing satellite images": what a speaker cites is the via of
		// the statement before it in the sentence, not a statement
		if len(srcs) == 0 && len(out) > 0 && a.citeCue(g.Cue) {
			prev := &out[len(out)-1]
			if k := a.TokenAt(prev.Cue.Span.Start); k < len(a.Toks) && a.Sent[k] == sentID {
				for _, c := range g.Contents {
					for _, sp := range a.contentSpans(c) {
						prev.Via = append(prev.Via, claimtrail.Via{Name: text[sp.Start:sp.End], Span: sp})
						prev.Span = prev.Span.Join(sp)
					}
				}
				continue
			}
		}
		if len(srcs) > 0 {
			prevSrc, prevSent = srcs, sentID
			r := g.Source
			sp := claimtrail.Span{Start: a.Toks[r.First].Start, End: a.Toks[r.Last-1].End}
			m := p.res.parseMention(text, a.Toks[r.First:r.Last], a.entityClasses(r.First, r.Last))
			unread := false
			if m.kind == mPronoun && layer.IsRelative(m.pronoun) {
				// "Mr Smith, who said …": the speaker is the antecedent;
				// without one ("activists and farmers who …") the speaker
				// stays unknown rather than the last one seen
				if f, l := a.antecedent(r.First); f < l {
					m = p.res.parseMention(text, a.Toks[f:l], a.entityClasses(f, l))
				} else {
					unread = true
				}
			}
			st.Speaker = claimtrail.Speaker{Mention: text[sp.Start:sp.End], Span: &sp, Type: m.typ, Role: m.role, Affiliation: m.affiliation}
			ei := -1
			switch {
			case unread:
				st.Speaker.Type = claimtrail.SpeakerUnknown
			case m.kind == mName:
				ei = ents.add(entity{name: m.name, role: m.role, affiliation: m.affiliation, typ: m.typ, head: m.head, at: sp.Start})
			default:
				ei = ents.resolve(m, sp.Start, lastEnt)
				if ei < 0 && m.kind != mPronoun {
					name := m.name
					if m.kind == mSurname && m.typ == claimtrail.SpeakerUnknown {
						m.typ = claimtrail.SpeakerPerson
					}
					ei = ents.add(entity{name: name, role: m.role, affiliation: m.affiliation, typ: m.typ, head: m.head, at: sp.Start})
				}
			}
			if ei >= 0 {
				e := &ents.list[ei]
				e.at = sp.Start
				st.Speaker.Name = e.name
				st.Speaker.Role = firstNonEmpty(e.role, m.role)
				st.Speaker.Affiliation = firstNonEmpty(e.affiliation, m.affiliation)
				st.Speaker.Type = e.typ
				lastEnt = ei
			}
		} else if st.Speaker.Name != "" || st.Speaker.Span != nil {
			// shared with the previous cue of the sentence
		} else {
			// no source: drop unless it continues the previous statement
			// (an implicit speaker in the same or the next sentence)
			if lastEnt < 0 || !x.continues(a, out, g) {
				continue
			}
			e := ents.list[lastEnt]
			st.Speaker = claimtrail.Speaker{Name: e.name, Role: e.role, Affiliation: e.affiliation, Type: e.typ}
		}
		if st.Speaker.Type == "" {
			st.Speaker.Type = claimtrail.SpeakerUnknown
		}
		st.Form = a.form(g, cue)
		x.context(p, &st, g)
		// said_on: explicit, then context, then the publication date for a
		// statement in the present tense
		line := a.Line[g.Cue.First]
		if x.noDates {
			// no dating at all
		} else if t := p.explicitDate(g); t != nil {
			st.SaidOn = timeRef(t, claimtrail.BasisExplicit, true)
		} else if e := entOf(&ents, st.Speaker.Name); e != nil && e.date != nil {
			st.SaidOn = timeRef(e.date, claimtrail.BasisContext, false)
		} else if e := a.articleRef(p, &ents, g); e != nil && e.date != nil {
			st.SaidOn = timeRef(e.date, claimtrail.BasisContext, false)
		} else if len(out) > 0 && prevDate != nil && out[len(out)-1].Speaker.Name == st.Speaker.Name && st.Speaker.Name != "" && line-prevLine <= 1 {
			c := *prevDate
			c.Basis, c.Span = claimtrail.BasisContext, nil
			st.SaidOn = &c
		} else if doc.HasPublished() && a.presentTense(g.Cue) {
			st.SaidOn = &claimtrail.TimeRef{Value: doc.Published.Format("2006-01-02"), Grain: claimtrail.GrainDay, Basis: claimtrail.BasisPublished}
		}
		prevLine, prevDate = line, st.SaidOn
		st.Span = statementSpan(&st)
		out = append(out, st)
	}
	for i := range out {
		out[i].N = i + 1
	}
	return out
}

// citeCue reports whether a cue names a source being cited ("citing",
// "quoting").
func (a *analysis) citeCue(r attrib.Run) bool {
	for k := r.First; k < r.Last; k++ {
		switch a.Cue[k].Lemma {
		case "cite", "quote":
			return true
		}
	}
	return false
}

// entOf returns the entity named name, or nil.
func entOf(es *entities, name string) *entity {
	if name == "" {
		return nil
	}
	for i := range es.list {
		if es.list[i].name == name {
			return &es.list[i]
		}
	}
	return nil
}

// articleRef returns the publication a statement's sentence points at with
// "In the article" (or report, story), or nil.
func (a *analysis) articleRef(p *pipeline, es *entities, g attrib.Group) *entity {
	first, last := a.scope(g)
	for k := first; k+2 < last && k < first+4; k++ {
		if strings.EqualFold(a.Toks[k].Text(a.Text), "in") && strings.EqualFold(a.Toks[k+1].Text(a.Text), "the") &&
			p.res.publications.Field(strings.ToLower(a.Toks[k+2].Text(a.Text)), 0) == "noun" {
			at := a.Toks[k].Start
			best := -1
			for i, e := range es.list {
				if e.typ == claimtrail.SpeakerPublication && e.at < at && (best < 0 || e.at > es.list[best].at) {
					best = i
				}
			}
			if best >= 0 {
				return &es.list[best]
			}
		}
	}
	return nil
}

// presentTense reports whether the cue's verb is in the present tense
// ("rejects", "says"), which in news dates it to the publication.
func (a *analysis) presentTense(r attrib.Run) bool {
	if a.POS == nil {
		return false
	}
	for k := r.First; k < r.Last; k++ {
		if a.Cue[k].Class == 0 {
			continue
		}
		switch a.POSNames[a.POS[k]] {
		case "VBZ", "VBP":
			return true
		}
		return false
	}
	return false
}

// continues reports whether a sourceless group follows the previous
// statement closely enough to share its speaker.
func (x *Extractor) continues(a *analysis, out []claimtrail.Statement, g attrib.Group) bool {
	if len(out) == 0 {
		return false
	}
	prevEnd := out[len(out)-1].Span.End
	// within the same or the next sentence
	k := g.Cue.First
	for k > 0 && a.Toks[k].Start > prevEnd {
		k--
	}
	return a.Sent[g.Cue.First]-a.Sent[k] <= 1
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// contentSpans returns the byte spans of a content run without quotation
// marks at its edges.
func (a *analysis) contentSpans(c attrib.Run) []claimtrail.Span {
	first, last := c.First, c.Last
	for first < last && a.Toks[first].Kind == token.Quote {
		first++
	}
	for last > first && (a.Toks[last-1].Kind == token.Quote || isEdgePunct(a.Toks[last-1].Text(a.Text))) {
		last--
	}
	if first >= last {
		return nil
	}
	return []claimtrail.Span{{Start: a.Toks[first].Start, End: a.Toks[last-1].End}}
}

func isEdgePunct(w string) bool {
	switch w {
	case ",", ":", ";", "—", "-", "–":
		return true
	}
	return false
}

// form classifies a statement: direct (content inside quotation marks),
// mixed (indirect with a quoted part), according_to, indirect.
func (a *analysis) form(g attrib.Group, cue claimtrail.Cue) string {
	if cue.Lemma == "according to" {
		return claimtrail.FormAccordingTo
	}
	inside, quoted, total := 0, 0, 0
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			if a.Toks[k].Kind == token.Quote {
				quoted++
				continue
			}
			total++
			if a.Quote[k] >= 0 {
				inside++
			}
		}
	}
	switch {
	case total > 0 && inside == total:
		return claimtrail.FormDirect
	case inside > 0 || quoted > 0:
		return claimtrail.FormMixed
	}
	return claimtrail.FormIndirect
}

func statementSpan(st *claimtrail.Statement) claimtrail.Span {
	s := st.Cue.Span
	for _, sp := range st.Content.Spans {
		s = s.Join(sp)
	}
	if st.Speaker.Span != nil {
		s = s.Join(*st.Speaker.Span)
	}
	return s
}

// cueOf builds the cue: its text, span and lemma. The tagger's cue run
// may carry adverbs and auxiliaries ("once again categorically rejects",
// "has repeatedly stressed"); the cue is narrowed to the lexicon words in
// it. "told" before "reporters" takes the noun in ("told reporters").
func (x *Extractor) cueOf(a *analysis, r attrib.Run) claimtrail.Cue {
	first, last := r.First, r.Last
	for k := r.First; k < r.Last; k++ {
		if cm := a.Cue[k]; cm.Class != 0 {
			first, last = k, min(k+int(cm.N), r.Last)
			break
		}
	}
	for last-1 > first && a.Toks[last-1].Kind == token.Punct {
		last--
	}
	if last < len(a.Toks) && last == first+1 {
		w := strings.ToLower(a.Toks[first].Text(a.Text))
		next := strings.ToLower(a.Toks[last].Text(a.Text))
		if (w == "told" || w == "tells" || w == "telling" || w == "tell") && (next == "reporters" || next == "journalists") {
			last++
		}
	}
	sp := claimtrail.Span{Start: a.Toks[first].Start, End: a.Toks[last-1].End}
	c := claimtrail.Cue{Text: a.Text[sp.Start:sp.End], Span: sp}
	c.Lemma = x.lemma(a, first, last)
	return c
}

// lemma returns the lexicon lemma of the cue's main word, or a
// lower-cased, suffix-stripped guess.
func (x *Extractor) lemma(a *analysis, first, last int) string {
	for k := first; k < last; k++ {
		if cm := a.Cue[k]; cm.Class != 0 {
			return cm.Lemma
		}
	}
	w := strings.ToLower(a.Toks[first].Text(a.Text))
	if last-first > 1 {
		var ws []string
		for k := first; k < last; k++ {
			ws = append(ws, strings.ToLower(a.Toks[k].Text(a.Text)))
		}
		return strings.Join(ws, " ")
	}
	switch {
	case strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return w[:len(w)-3]
	case strings.HasSuffix(w, "s") && len(w) > 3 && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
