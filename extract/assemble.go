package extract

import (
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/token"
)

// run is a maximal stretch of tokens with one role: [first, last).
type run struct {
	role        int // 0 source, 1 cue, 2 content
	first, last int
}

func labelRuns(labs []uint8) []run {
	var out []run
	for i := 0; i < len(labs); {
		l := labs[i]
		if l == labO {
			i++
			continue
		}
		role := roleOf(l)
		j := i + 1
		if posOf(l) == posB {
			for j < len(labs) && roleOf(labs[j]) == role && (posOf(labs[j]) == posI || posOf(labs[j]) == posE) {
				j++
				if posOf(labs[j-1]) == posE {
					break
				}
			}
		}
		out = append(out, run{role: role, first: i, last: j})
		i = j
	}
	return out
}

// group is one attribution: a cue with its sources and contents.
type group struct {
	cue      run
	sources  []run
	contents []run
	// channelCut marks a content cut before a channel phrase; what follows
	// it ("in a statement on Wednesday") describes the statement.
	channelCut bool
}

// distance between two token runs (0 when adjacent or overlapping).
func distance(a, b run) int {
	if a.last <= b.first {
		return b.first - a.last
	}
	if b.last <= a.first {
		return a.first - b.last
	}
	return 0
}

// groupRuns attaches every source and content run to a cue: sources to the
// nearest cue of their sentence, contents to the nearest cue of their line
// (a quote may close a sentence before "he said" opens the next).
func (a *analysis) groupRuns(runs []run) []group {
	var gs []group
	for _, r := range runs {
		if r.role == 1 {
			gs = append(gs, group{cue: r})
		}
	}
	if len(gs) == 0 {
		return nil
	}
	// cues in text order; a run looks only at cues within a few sentences
	// of it, found by binary search, so grouping is linear in the text
	for _, r := range runs {
		if r.role == 1 {
			continue
		}
		lo := sort.Search(len(gs), func(i int) bool { return a.sent[gs[i].cue.first] >= a.sent[r.first]-3 })
		best, bestD := -1, 1<<30
		for gi := lo; gi < len(gs) && a.sent[gs[gi].cue.first] <= a.sent[r.last-1]+3; gi++ {
			g := gs[gi]
			if a.line[g.cue.first] != a.line[r.first] {
				continue
			}
			sameSent := a.sent[g.cue.first] == a.sent[r.first] || a.sent[g.cue.first] == a.sent[r.last-1]
			if r.role == 0 && !sameSent {
				continue
			}
			d := distance(g.cue, r)
			if !sameSent {
				d += 50 // prefer a cue of the same sentence
			}
			// a content after its cue is the common order; before it, a quote
			if r.role == 2 && r.last <= g.cue.first && g.cue.first-r.last > 3 && a.quote[r.first] < 0 {
				d += 20
			}
			if d < bestD {
				best, bestD = gi, d
			}
		}
		if best < 0 {
			continue
		}
		if r.role == 0 {
			gs[best].sources = append(gs[best].sources, r)
		} else {
			gs[best].contents = append(gs[best].contents, r)
		}
	}
	return gs
}

// nest extends a content that a nested attribution cut short. PolNeAR
// gives each token one attribution, so in "X said that during talks, Iran
// has stressed Y" or "X claim that according to officials, planes left"
// the tagger ends X's content where the nested attribution starts. When
// X's content has no verb of its own and runs into other attribution
// material, it extends to the end of its sentence; nested fragments whose
// cue is no reporting verb are dropped.
func (a *analysis) nest(gs []group) {
	if a.pos == nil {
		return
	}
	for i := range gs {
		A := &gs[i]
		if len(A.contents) == 0 {
			continue
		}
		c := &A.contents[len(A.contents)-1]
		if A.cue.last > c.first || a.hasVerb(c.first, c.last) {
			continue
		}
		nested := false
		for j := max(i-4, 0); j < len(gs) && j <= i+4; j++ {
			B := &gs[j]
			if j == i {
				continue
			}
			start := B.cue.first
			for _, s := range B.sources {
				start = min(start, s.first)
			}
			if gap := start - c.last; gap >= 0 && gap <= 1 && a.sent[start] == a.sent[c.last-1] &&
				(gap == 0 || a.toks[c.last].Kind == token.Punct) {
				nested = true
				break
			}
		}
		if !nested {
			continue
		}
		s := a.sents[a.sent[c.last-1]]
		end := s.last
		for end > c.last && (a.toks[end-1].Kind == token.Punct || a.toks[end-1].Kind == token.Quote) {
			end--
		}
		lo, hi := c.last, end
		c.last = end
		for j := max(i-8, 0); j < len(gs) && j <= i+8; j++ {
			B := &gs[j]
			if j != i && B.cue.first >= lo && B.cue.first < hi && a.cueClassAt(B.cue) == "" {
				B.contents = nil
			}
		}
	}
}

// hasVerb reports whether tokens [first, last) hold a verb by their
// part-of-speech tags.
func (a *analysis) hasVerb(first, last int) bool {
	for k := first; k < last; k++ {
		n := a.posNames[a.pos[k]]
		if n == "VBG" && k+1 < last && strings.EqualFold(a.toks[k].Text(a.text), "according") &&
			strings.EqualFold(a.toks[k+1].Text(a.text), "to") {
			continue // "according to" is a preposition, not the content's verb
		}
		if strings.HasPrefix(n, "VB") || n == "MD" {
			return true
		}
	}
	return false
}

// build turns groups into statements of doc.
func (x *Extractor) build(p *pipeline, doc *claimtrail.Document, gs []group) []claimtrail.Statement {
	a := &p.a
	text := a.text
	ents := entities{people: p.people[:0]} // the list's memory is reused document to document
	defer func() { p.people = ents.people[:0] }()
	x.scanEntities(p, &ents)
	p.publicationDates(&ents)
	var prevLine int32 = -1
	var prevDate *claimtrail.TimeRef
	var out []claimtrail.Statement
	lastEnt := -1
	var prevSrc []run // sources of the previous cue in the same sentence
	prevSent := int32(-1)
	for _, g := range gs {
		if len(g.contents) == 0 {
			continue
		}
		st := claimtrail.Statement{Doc: doc.ID, Via: []claimtrail.Via{}}
		// cue
		cue := x.cueOf(a, g.cue)
		st.Cue = cue
		// a content ending before the statement's source, outside quotes,
		// belongs to some clause without a cue ("Amid speculations that …,")
		if len(g.sources) > 0 {
			src := nearest(g.sources, g.cue)
			if src.last <= g.cue.first {
				kept := g.contents[:0]
				for _, c := range g.contents {
					if c.last <= src.first && !a.quoted(c) {
						continue
					}
					kept = append(kept, c)
				}
				g.contents = kept
			}
		}
		if len(g.contents) == 0 {
			continue
		}
		// content, quotation marks excluded
		a.extendContent(&g, p.labs, p.tx)
		p.cutChannel(&g)
		for _, c := range g.contents {
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
		srcs := g.sources
		sentID := a.sent[g.cue.first]
		if len(srcs) == 0 && sentID == prevSent && len(prevSrc) > 0 && len(out) > 0 {
			// "X denied the claims and said that …": the same speaker
			st.Speaker = out[len(out)-1].Speaker
			srcs = nil
		}
		if len(srcs) == 0 && a.cueClassAt(g.cue) == "question" {
			continue // "When asked if …": the asker is not the speaker
		}
		// ", citing satellite images": what a speaker cites is the via of
		// the statement before it in the sentence, not a statement
		if len(srcs) == 0 && len(out) > 0 && a.citeCue(g.cue) {
			prev := &out[len(out)-1]
			if k := a.tokenAt(prev.Cue.Span.Start); k < len(a.toks) && a.sent[k] == sentID {
				for _, c := range g.contents {
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
			r := a.trimSource(nearest(srcs, g.cue))
			sp := claimtrail.Span{Start: a.toks[r.first].Start, End: a.toks[r.last-1].End}
			m := p.res.parseMention(text, a.toks[r.first:r.last], a.entityClasses(r.first, r.last))
			unread := false
			if m.kind == mPronoun && isRelative(m.pronoun) {
				// "Mr Smith, who said …": the speaker is the antecedent;
				// without one ("activists and farmers who …") the speaker
				// stays unknown rather than the last one seen
				if f, l := a.antecedent(r.first); f < l {
					m = p.res.parseMention(text, a.toks[f:l], a.entityClasses(f, l))
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
		line := a.line[g.cue.first]
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
		} else if doc.HasPublished() && a.presentTense(g.cue) {
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
func (a *analysis) citeCue(r run) bool {
	for k := r.first; k < r.last; k++ {
		switch a.cue[k].lemma {
		case "cite", "quote":
			return true
		}
	}
	return false
}

// quoted reports whether a run opens inside a quotation (its first token,
// or the one after an opening mark).
func (a *analysis) quoted(r run) bool {
	return a.quote[r.first] >= 0 || r.first+1 < r.last && a.quote[r.first+1] >= 0
}

// nearest returns the source run closest to the cue: a sentence may hold
// a stray source of a cue-less clause ("Amid speculations that …, Iran
// rejects …").
func nearest(srcs []run, cue run) run {
	best := srcs[0]
	for _, s := range srcs[1:] {
		if distance(s, cue) < distance(best, cue) {
			best = s
		}
	}
	return best
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
func (a *analysis) articleRef(p *pipeline, es *entities, g group) *entity {
	first, last := a.scope(g)
	for k := first; k+2 < last && k < first+4; k++ {
		if strings.EqualFold(a.toks[k].Text(a.text), "in") && strings.EqualFold(a.toks[k+1].Text(a.text), "the") &&
			p.res.publications.Field(strings.ToLower(a.toks[k+2].Text(a.text)), 0) == "noun" {
			at := a.toks[k].Start
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
func (a *analysis) presentTense(r run) bool {
	if a.pos == nil {
		return false
	}
	for k := r.first; k < r.last; k++ {
		if a.cue[k].class == 0 {
			continue
		}
		switch a.posNames[a.pos[k]] {
		case "VBZ", "VBP":
			return true
		}
		return false
	}
	return false
}

// extendContent carries a content that follows its cue on to the end of
// its sentence when the tokens left are unlabelled and hold no time
// expression: the tagger often stops short of a clause's last words
// ("… that speculations that Iran is supplying UAVs [are not true]").
func (a *analysis) extendContent(g *group, labs []uint8, tx []claimtrail.Timex) {
	if len(g.contents) == 0 {
		return
	}
	c := &g.contents[len(g.contents)-1]
	if c.first < g.cue.last {
		return
	}
	s := a.sents[a.sent[c.last-1]]
	end := s.last
	for end > c.last && (a.toks[end-1].Kind == token.Punct || a.toks[end-1].Kind == token.Quote) {
		end--
	}
	if end <= c.last || end-c.last > 12 {
		return
	}
	for k := c.last; k < end; k++ {
		if labs[k] != labO {
			return
		}
	}
	lo, hi := a.toks[c.last].Start, a.toks[end-1].End
	if len(timexIn(tx, lo, hi)) > 0 {
		return
	}
	c.last = end
}

// trimSource drops a prepositional phrase the tagger swept into a source:
// "[with his counterpart Pekka Haavisto, Foreign Minister Hossein
// Amirabdollahian] said" keeps the part after the comma.
func (a *analysis) trimSource(r run) run {
	// the run, or the determiners and possessives just before it, must
	// follow a preposition: "with [his counterpart X, Minister Y]"
	k := r.first - 1
	for k >= 0 && isDeterminer(a.toks[k].Text(a.text)) {
		k--
	}
	j := r.first
	for j < r.last && isDeterminer(a.toks[j].Text(a.text)) {
		j++
	}
	if k < 0 || (!isPreposition(a.toks[k].Text(a.text)) && !(j > r.first && isPreposition(a.toks[r.first-1].Text(a.text)))) {
		return r
	}
	for k := r.last - 2; k > r.first; k-- {
		if t := a.toks[k]; t.Kind == token.Punct && a.text[t.Start] == ',' {
			return run{role: r.role, first: k + 1, last: r.last}
		}
	}
	return r
}

// continues reports whether a sourceless group follows the previous
// statement closely enough to share its speaker.
func (x *Extractor) continues(a *analysis, out []claimtrail.Statement, g group) bool {
	if len(out) == 0 {
		return false
	}
	prevEnd := out[len(out)-1].Span.End
	// within the same or the next sentence
	k := g.cue.first
	for k > 0 && a.toks[k].Start > prevEnd {
		k--
	}
	return a.sent[g.cue.first]-a.sent[k] <= 1
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// contentSpans returns the byte spans of a content run without quotation
// marks at its edges.
func (a *analysis) contentSpans(c run) []claimtrail.Span {
	first, last := c.first, c.last
	for first < last && a.toks[first].Kind == token.Quote {
		first++
	}
	for last > first && (a.toks[last-1].Kind == token.Quote || isEdgePunct(a.toks[last-1].Text(a.text))) {
		last--
	}
	if first >= last {
		return nil
	}
	return []claimtrail.Span{{Start: a.toks[first].Start, End: a.toks[last-1].End}}
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
func (a *analysis) form(g group, cue claimtrail.Cue) string {
	if cue.Lemma == "according to" {
		return claimtrail.FormAccordingTo
	}
	inside, quoted, total := 0, 0, 0
	for _, c := range g.contents {
		for k := c.first; k < c.last; k++ {
			if a.toks[k].Kind == token.Quote {
				quoted++
				continue
			}
			total++
			if a.quote[k] >= 0 {
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
func (x *Extractor) cueOf(a *analysis, r run) claimtrail.Cue {
	first, last := r.first, r.last
	for k := r.first; k < r.last; k++ {
		if cm := a.cue[k]; cm.class != 0 {
			first, last = k, min(k+int(cm.n), r.last)
			break
		}
	}
	for last-1 > first && a.toks[last-1].Kind == token.Punct {
		last--
	}
	if last < len(a.toks) && last == first+1 {
		w := strings.ToLower(a.toks[first].Text(a.text))
		next := strings.ToLower(a.toks[last].Text(a.text))
		if (w == "told" || w == "tells" || w == "telling" || w == "tell") && (next == "reporters" || next == "journalists") {
			last++
		}
	}
	sp := claimtrail.Span{Start: a.toks[first].Start, End: a.toks[last-1].End}
	c := claimtrail.Cue{Text: a.text[sp.Start:sp.End], Span: sp}
	c.Lemma = x.lemma(a, first, last)
	return c
}

// lemma returns the lexicon lemma of the cue's main word, or a
// lower-cased, suffix-stripped guess.
func (x *Extractor) lemma(a *analysis, first, last int) string {
	for k := first; k < last; k++ {
		if cm := a.cue[k]; cm.class != 0 {
			return cm.lemma
		}
	}
	w := strings.ToLower(a.toks[first].Text(a.text))
	if last-first > 1 {
		var ws []string
		for k := first; k < last; k++ {
			ws = append(ws, strings.ToLower(a.toks[k].Text(a.text)))
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
